import { CalendarError, CalendarErrorCode } from './calendar.exception.js';
import type { TimeLimit } from './time-limit.types.js';

/**
 * Time-limit notation used in BPMN task headers (case-insensitive, surrounding spaces ignored):
 *
 *   limit   = amount unit | keyword
 *   amount  = 1 … 3650 (decimal digits)
 *   unit    = "d"  calendar days            (7d)     also 天 / 日      (7天)
 *           | "wd" working days             (5wd)    also 个工作日 / 工作日 (5个工作日)
 *           | "w"  weeks = 7 calendar days  (2w)     also 周 / 个星期
 *           | "m"  months                   (1m)     also 个月 / 月
 *           | "y"  years = 12 months        (1y)     also 年
 *   keyword = "immediately" | 立即 | 即时
 *           | "next-day"    | 次日
 *           | "end-of-month"   | 月底 | 当月底
 *           | "end-of-quarter" | 季末 | 季度末
 *           | "end-of-year"    | 年底 | 年末
 *
 * Anything else is rejected with INVALID_TIME_LIMIT (no guessing: "5" alone, "0d", "1.5d", "5 wd days" …).
 */
export function parseTimeLimit(text: string): TimeLimit {
  if (typeof text !== 'string') reject(String(text));
  const source = text;
  const normalized = text.trim().toLowerCase();

  const keyword = KEYWORDS.get(normalized);
  if (keyword) return { kind: keyword, text: source };

  const match = /^(\d{1,4})\s*([a-z\u4e00-\u9fff]+)$/.exec(normalized);
  const unit = match ? UNITS.get(match[2]) : undefined;
  if (!match || !unit) reject(source);
  const amount = Number(match[1]);
  if (amount < 1 || amount > 3650) reject(source);

  switch (unit) {
    case 'd':
      return { kind: 'days', amount, text: source };
    case 'w':
      return { kind: 'days', amount: amount * 7, text: source };
    case 'wd':
      return { kind: 'working-days', amount, text: source };
    case 'm':
      return { kind: 'months', amount, text: source };
    case 'y':
      return { kind: 'months', amount: amount * 12, text: source };
  }
}

type Keyword = 'immediately' | 'next-day' | 'end-of-month' | 'end-of-quarter' | 'end-of-year';

// Maps, not object literals: a header such as "constructor" must not find Object.prototype members.
const KEYWORDS = new Map<string, Keyword>([
  ['immediately', 'immediately'],
  ['立即', 'immediately'],
  ['即时', 'immediately'],
  ['next-day', 'next-day'],
  ['次日', 'next-day'],
  ['end-of-month', 'end-of-month'],
  ['月底', 'end-of-month'],
  ['当月底', 'end-of-month'],
  ['end-of-quarter', 'end-of-quarter'],
  ['季末', 'end-of-quarter'],
  ['季度末', 'end-of-quarter'],
  ['end-of-year', 'end-of-year'],
  ['年底', 'end-of-year'],
  ['年末', 'end-of-year'],
]);

const UNITS = new Map<string, 'd' | 'wd' | 'w' | 'm' | 'y'>([
  ['d', 'd'],
  ['天', 'd'],
  ['日', 'd'],
  ['wd', 'wd'],
  ['工作日', 'wd'],
  ['个工作日', 'wd'],
  ['w', 'w'],
  ['周', 'w'],
  ['个星期', 'w'],
  ['m', 'm'],
  ['月', 'm'],
  ['个月', 'm'],
  ['y', 'y'],
  ['年', 'y'],
]);

function reject(text: string): never {
  throw new CalendarError(
    CalendarErrorCode.InvalidTimeLimit,
    `无法识别的时限「${text}」，可用写法：7d（自然日）、5wd（工作日）、2w、1m、1y、next-day、end-of-month、` +
      `end-of-quarter、end-of-year、immediately / unknown time limit`,
  );
}
