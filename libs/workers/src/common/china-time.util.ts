import { dateInChina, isIsoDate, type IsoDate } from '@duban/calendar';
import { invalidVariable } from './job-input.js';

const CHINA_OFFSET = '+08:00';
// Date-times must carry a zone (Z or ±hh:mm): a bare local time would depend on the server's time zone.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant from a variable value: `YYYY-MM-DD` (start of that day in China) or an ISO date-time with zone. */
export function parseInstant(value: unknown, variableName: string): number {
  if (typeof value === 'string') {
    const text = value.trim();
    if (isIsoDate(text)) return Date.parse(`${text}T00:00:00${CHINA_OFFSET}`);
    if (ISO_DATE_TIME.test(text)) {
      const millis = Date.parse(text);
      if (!Number.isNaN(millis)) return millis;
    }
  }
  throw invalidVariable(
    variableName,
    `应为日期 YYYY-MM-DD 或带时区的 ISO 时间，实为 ${JSON.stringify(value)}`,
    'must be YYYY-MM-DD or an ISO date-time with zone',
  );
}

/** The local day in China of a variable value. */
export function parseChinaDate(value: unknown, variableName: string): IsoDate {
  return dateInChina(parseInstant(value, variableName));
}

/** `YYYY-MM-DDTHH:mm:ss+08:00` for an instant. */
export function formatChinaDateTime(epochMillis: number): string {
  const shifted = new Date(epochMillis + 8 * 3600_000).toISOString();
  return `${shifted.slice(0, 19)}${CHINA_OFFSET}`;
}

/** A fixed time of a day in China, e.g. 09:00 → `2026-10-08T09:00:00+08:00`. */
export function chinaDateTime(date: IsoDate, time: string): string {
  return `${date}T${time}${CHINA_OFFSET}`;
}

export function chinaYear(epochMillis: number): number {
  return Number(dateInChina(epochMillis).slice(0, 4));
}

/** Quarter 1–4 of a day. */
export function quarterOf(date: IsoDate): number {
  return Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
}
