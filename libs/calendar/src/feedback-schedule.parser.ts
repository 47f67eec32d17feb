import { CalendarError, CalendarErrorCode } from './calendar.exception.js';
import type { FeedbackSchedule, IsoWeekday, MonthDay } from './feedback-schedule.types.js';

/**
 * Feedback-schedule notation used in BPMN task headers (case-insensitive, spaces around items ignored):
 *
 *   yearly-dates:MM-DD[,MM-DD…]   fixed dates each year          yearly-dates:04-10,07-10,10-10,12-10
 *   yearly:MM-DD                  one date each year             yearly:12-20
 *   monthly-days:D[,D…]           days of each month             monthly-days:10,15
 *   monthly:D                     one day each month             monthly:last
 *   weekly:W[,W…]                 days of each week              weekly:MON
 *   quarterly:D                   day D of the quarter's last month (Mar, Jun, Sep, Dec)   quarterly:25
 *   quarterly:next-month-D        day D of the month after the quarter (Jan, Apr, Jul, Oct),
 *                                 reporting on the quarter just ended                     quarterly:next-month-10
 *
 *   D  = 1 … 31 | last   — a day past the end of a short month falls on its last day (monthly:31 → Feb 28/29)
 *   DD = 01 … 31 | last  — a date must exist in some year (02-29 → Feb 28 in common years; 02-30 is refused)
 *   W  = MON TUE WED THU FRI SAT SUN
 *
 * Anything else is rejected with INVALID_SCHEDULE.
 */
export function parseFeedbackSchedule(text: string): FeedbackSchedule {
  if (typeof text !== 'string') reject(String(text), 'not text');
  const match = /^\s*([a-z-]+)\s*:(.*)$/i.exec(text);
  if (!match) reject(text, '应为「类型:参数」/ expected kind:arguments');
  const kind = match[1].toLowerCase();
  const items = match[2].split(',').map((item) => item.trim().toLowerCase());
  if (items.some((item) => item === '')) reject(text, '参数为空 / empty item');

  switch (kind) {
    case 'yearly-dates':
    case 'yearly': {
      if (kind === 'yearly' && items.length > 1) reject(text, 'yearly 只接受一个日期，多个请用 yearly-dates / one date only');
      const dates = unique(items, text).map((item) => monthAndDay(item, text));
      dates.sort((a, b) => a.month - b.month || dayRank(a.day) - dayRank(b.day));
      return { kind: 'yearly-dates', dates, text };
    }
    case 'monthly-days':
    case 'monthly': {
      if (kind === 'monthly' && items.length > 1) reject(text, 'monthly 只接受一个日子，多个请用 monthly-days / one day only');
      const days = unique(items, text).map((item) => monthDay(item, text));
      days.sort((a, b) => dayRank(a) - dayRank(b));
      return { kind: 'monthly-days', days, text };
    }
    case 'weekly': {
      const weekdays = unique(items, text).map((item) => weekday(item, text));
      weekdays.sort((a, b) => a - b);
      return { kind: 'weekly', weekdays, text };
    }
    case 'quarterly': {
      if (items.length > 1) reject(text, '季度只接受一个日子 / one day only');
      const next = /^next-month-(.+)$/.exec(items[0]);
      if (next) return { kind: 'quarterly', anchor: 'next-month', day: monthDay(next[1], text), text };
      return { kind: 'quarterly', anchor: 'last-month', day: monthDay(items[0], text), text };
    }
    default:
      return reject(text, `未知类型「${kind}」/ unknown kind (yearly-dates, yearly, monthly-days, monthly, weekly, quarterly)`);
  }
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAYS_IN_MONTH_LEAP = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function monthDay(item: string, text: string): MonthDay {
  if (item === 'last') return 'last';
  if (!/^\d{1,2}$/.test(item) || Number(item) < 1 || Number(item) > 31) reject(text, `「${item}」不是 1–31 或 last / not a day`);
  return Number(item);
}

function monthAndDay(item: string, text: string): { month: number; day: MonthDay } {
  const match = /^(\d{2})-(\d{2}|last)$/.exec(item);
  const month = match ? Number(match[1]) : 0;
  if (!match || month < 1 || month > 12) reject(text, `「${item}」不是 MM-DD 日期 / not an MM-DD date`);
  const day = monthDay(match[2], text);
  if (day !== 'last' && day > DAYS_IN_MONTH_LEAP[month - 1]) reject(text, `${item} 不存在 / no such date`);
  return { month, day };
}

function weekday(item: string, text: string): IsoWeekday {
  const index = WEEKDAYS.indexOf(item);
  if (index < 0) reject(text, `「${item}」不是星期（MON…SUN）/ not a weekday`);
  return (index + 1) as IsoWeekday;
}

function unique(items: string[], text: string): string[] {
  if (new Set(items).size !== items.length) reject(text, '有重复项 / duplicate item');
  return items;
}

function dayRank(day: MonthDay): number {
  return day === 'last' ? 32 : day;
}

function reject(text: string, why: string): never {
  throw new CalendarError(
    CalendarErrorCode.InvalidSchedule,
    `无法识别的反馈周期「${text}」：${why}。示例：yearly-dates:04-10,07-10、monthly-days:10,15、weekly:MON、` +
      `monthly:last、quarterly:next-month-10、yearly:12-20`,
  );
}
