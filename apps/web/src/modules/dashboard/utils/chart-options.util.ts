import type { ItemSummary } from '../../items/api/items.api';
import type { DateRange, UnitReportRow } from '../api/dashboard.api';

export type Labels = { rate: string; opened: string; closed: string; red: string; yellow: string; green: string };

const pct = (rate: number) => Math.round(rate * 1000) / 10;

/** Units that closed something, worst on-time rate first, so the ones needing attention top the chart. */
export function onTimeOption(rows: UnitReportRow[], labels: Labels) {
  const ranked = rows.filter((r) => r.onTimeRate !== null).sort((a, b) => a.onTimeRate! - b.onTimeRate!);
  return {
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: ranked.map((r) => r.unitName) },
    series: [{ name: labels.rate, type: 'bar', data: ranked.map((r) => pct(r.onTimeRate!)), itemStyle: { color: '#b7292e' } }],
  };
}

/** Closed on time / late per month, with the month's on-time rate over all units. */
export function trendOption(months: { month: string; rows: UnitReportRow[] }[], labels: Labels) {
  const sum = (rows: UnitReportRow[], f: (r: UnitReportRow) => number) => rows.reduce((s, r) => s + f(r), 0);
  const closed = months.map((m) => sum(m.rows, (r) => r.onTime + r.overdue));
  const onTime = months.map((m) => sum(m.rows, (r) => r.onTime));
  return {
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [labels.closed, labels.rate] },
    xAxis: { type: 'category', data: months.map((m) => m.month) },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } }],
    series: [
      { name: labels.closed, type: 'bar', data: closed },
      { name: labels.rate, type: 'line', yAxisIndex: 1, data: closed.map((c, i) => (c ? pct(onTime[i] / c) : null)) },
    ],
  };
}

export function lightCounts(items: Pick<ItemSummary, 'light'>[]): { red: number; yellow: number; green: number } {
  const counts = { red: 0, yellow: 0, green: 0 };
  for (const item of items) if (item.light) counts[item.light] += 1;
  return counts;
}

export function lightsOption(lights: { red: number; yellow: number; green: number }, labels: Labels) {
  return {
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'pie',
        radius: ['45%', '70%'],
        data: [
          { name: labels.red, value: lights.red, itemStyle: { color: '#f5222d' } },
          { name: labels.yellow, value: lights.yellow, itemStyle: { color: '#faad14' } },
          { name: labels.green, value: lights.green, itemStyle: { color: '#52c41a' } },
        ],
      },
    ],
  };
}

export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

export function quarterOf(date: Date): Quarter {
  return { year: date.getFullYear(), quarter: (Math.floor(date.getMonth() / 3) + 1) as Quarter['quarter'] };
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The quarter as a date range, and its three months (the server counts both ends). */
export function quarterRange(q: Quarter): DateRange & { months: (DateRange & { month: string })[] } {
  const first = (q.quarter - 1) * 3 + 1;
  const months = [first, first + 1, first + 2].map((m) => ({ month: `${q.year}-${String(m).padStart(2, '0')}`, from: iso(q.year, m, 1), to: iso(q.year, m, lastDay(q.year, m)) }));
  return { from: months[0].from, to: months[2].to, months };
}
