import { describe, expect, it } from 'vitest';
import type { UnitReportRow } from '../api/dashboard.api';
import { lightCounts, onTimeOption, quarterOf, quarterRange, trendOption } from './chart-options.util';

const labels = { rate: '按期率', opened: '新立项', closed: '办结', red: '超期', yellow: '临期', green: '正常' };
const row = (unitName: string, onTime: number, overdue: number): UnitReportRow => ({
  unitCode: unitName,
  unitName,
  onTime,
  overdue,
  sendBacks: 0,
  poorImplementation: 0,
  onTimeRate: onTime + overdue ? onTime / (onTime + overdue) : null,
  openOverdue: 0,
});

describe('dashboard chart options', () => {
  it('ranks units worst first as percentages and leaves out units that closed nothing', () => {
    const option = onTimeOption([row('县财政局', 9, 1), row('县教育科技局', 1, 2), row('县卫生健康和体育局', 0, 0)], labels);
    expect(option.yAxis.data).toEqual(['县教育科技局', '县财政局']);
    expect(option.series[0].data).toEqual([33.3, 90]);
  });

  it('sums the units per month and leaves a month without closures without a rate', () => {
    const option = trendOption(
      [
        { month: '2026-07', rows: [row('a', 3, 1), row('b', 0, 0)] },
        { month: '2026-08', rows: [row('a', 0, 0)] },
      ],
      labels,
    );
    expect(option.series[0].data).toEqual([4, 0]);
    expect(option.series[1].data).toEqual([75, null]);
  });

  it('counts lights and skips items without a limit', () => {
    expect(lightCounts([{ light: 'red' }, { light: 'red' }, { light: 'green' }, { light: null }])).toEqual({ red: 2, yellow: 0, green: 1 });
  });

  it('turns a quarter into dates, month ends included', () => {
    expect(quarterOf(new Date(2026, 8, 30))).toEqual({ year: 2026, quarter: 3 });
    const q1 = quarterRange({ year: 2028, quarter: 1 });
    expect([q1.from, q1.to]).toEqual(['2028-01-01', '2028-03-31']);
    expect(q1.months[1]).toEqual({ month: '2028-02', from: '2028-02-01', to: '2028-02-29' });
  });
});
