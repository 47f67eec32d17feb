import type { IsoDate } from './calendar.types.js';
import { addDays, dayOfMonth, parseIsoDate, weekdayOf } from './calendar-date.util.js';
import type { FeedbackSchedule } from './feedback-schedule.types.js';

export interface Occurrence {
  nominal: IsoDate;
  period: string;
}

/** The dates a schedule names in [from, to] (inclusive), before any holiday rule, in date order. */
export function scheduledOccurrences(schedule: FeedbackSchedule, from: IsoDate, to: IsoDate): Occurrence[] {
  const first = parseIsoDate(from).year;
  const last = parseIsoDate(to).year;
  const found: Occurrence[] = [];
  const add = (nominal: IsoDate, period: string) => {
    if (nominal >= from && nominal <= to) found.push({ nominal, period });
  };

  switch (schedule.kind) {
    case 'yearly-dates':
      for (let year = first; year <= last; year++) {
        for (const { month, day } of schedule.dates) {
          const nominal = dayOfMonth(year, month, day);
          add(nominal, nominal);
        }
      }
      break;
    case 'monthly-days':
      for (let year = first; year <= last; year++) {
        for (let month = 1; month <= 12; month++) {
          for (const day of schedule.days) {
            const nominal = dayOfMonth(year, month, day);
            add(nominal, nominal);
          }
        }
      }
      break;
    case 'weekly':
      for (let date = from; date <= to; date = addDays(date, 1)) {
        if ((schedule.weekdays as number[]).includes(weekdayOf(date))) add(date, isoWeek(date));
      }
      break;
    case 'quarterly':
      // Start a year early: the Q4 report of the year before `from` may be due inside the range.
      for (let year = first - 1; year <= last; year++) {
        for (let quarter = 1; quarter <= 4; quarter++) {
          const month = quarter * 3 + (schedule.anchor === 'next-month' ? 1 : 0);
          const nominal = month > 12 ? dayOfMonth(year + 1, 1, schedule.day) : dayOfMonth(year, month, schedule.day);
          add(nominal, `${year}-Q${quarter}`);
        }
      }
      break;
  }
  // Several dates in one month (yearly-dates, monthly-days) are generated in order already; sort anyway for safety.
  return found.sort((a, b) => (a.nominal < b.nominal ? -1 : a.nominal > b.nominal ? 1 : 0));
}

/** ISO 8601 week label, e.g. 2026-W01: the week belongs to the year of its Thursday. */
export function isoWeek(date: IsoDate): string {
  const thursday = addDays(date, 4 - weekdayOf(date));
  const year = parseIsoDate(thursday).year;
  const dayOfYear = (Date.UTC(year, Number(thursday.slice(5, 7)) - 1, Number(thursday.slice(8, 10))) - Date.UTC(year, 0, 1)) / 86_400_000;
  return `${year}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, '0')}`;
}
