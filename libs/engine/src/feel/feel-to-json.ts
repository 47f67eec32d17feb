import { FeelDate, FeelDateTime, FeelDuration, FeelTime } from 'feelin';
import type { JsonValue } from '@duban/workflow';

/**
 * Converts a feelin result into the JSON Zeebe stores, following Zeebe's FeelToMessagePackTransformer:
 * date → `2026-01-01`; local date-time → ISO_LOCAL_DATE_TIME (`2026-01-01T10:00:00`); zoned date-time →
 * ISO_ZONED_DATE_TIME (`2026-01-01T10:00:00+08:00[Asia/Shanghai]`, `…Z` for UTC offsets); local time → Java's
 * LocalTime.toString (`10:00`, seconds only when not zero); durations in feel-scala's format (`P1DT2H`, `P1Y2M`,
 * `P0D`, `P0Y`, whole seconds); functions, ranges and non-finite numbers → null.
 */
export function feelToJson(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map(feelToJson);
  if (value instanceof FeelDate) return value.unwrap().toString();
  if (value instanceof FeelDateTime) return formatDateTime(value);
  if (value instanceof FeelTime) return formatTime(value);
  if (value instanceof FeelDuration) return formatDuration(value);
  if (isPlainObject(value)) {
    const result: { [key: string]: JsonValue } = {};
    for (const [key, entry] of Object.entries(value)) result[key] = feelToJson(entry);
    return result;
  }
  // FeelFunction, FeelRange: Zeebe writes nil for them.
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

// feelin stores a `Z` suffix as zone `UTC`; Java parses it to ZoneOffset.UTC and prints `Z`.
const OFFSET = /^(Z|UTC|[+-]\d{2}:\d{2}(:\d{2})?)$/;

function pad(value: number, width = 2): string {
  return String(Math.abs(value)).padStart(width, '0');
}

/** Java's ISO_LOCAL_TIME: seconds always, the fraction with as few digits as needed. */
function isoLocalTime(hour: number, minute: number, second: number, nanos: number): string {
  const fraction = nanos > 0 ? '.' + pad(nanos, 9).replace(/0+$/, '') : '';
  return `${pad(hour)}:${pad(minute)}:${pad(second)}${fraction}`;
}

function nanosOf(value: { millisecond: number; microsecond: number; nanosecond: number }): number {
  return value.millisecond * 1_000_000 + value.microsecond * 1_000 + value.nanosecond;
}

function javaOffset(offset: string): string {
  return offset === '+00:00' || offset === 'UTC' || offset === 'Z' ? 'Z' : offset;
}

function formatDateTime(value: FeelDateTime): string {
  const local = value.unwrap();
  const text = `${local.toPlainDate().toString()}T${isoLocalTime(local.hour, local.minute, local.second, nanosOf(local))}`;
  const zone = value.zone;
  if (zone === null) return text;
  if (OFFSET.test(zone)) return text + javaOffset(zone);
  const offset = local.toZonedDateTime(zone).offset;
  return `${text}${javaOffset(offset)}[${zone}]`;
}

function formatTime(value: FeelTime): string {
  const time = value.unwrap();
  const nanos = nanosOf(time);
  const zone = value.zone;
  if (zone === null) {
    // java.time.LocalTime#toString
    if (time.second === 0 && nanos === 0) return `${pad(time.hour)}:${pad(time.minute)}`;
    let text = `${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
    if (nanos > 0) {
      const digits = nanos % 1_000_000 === 0 ? 3 : nanos % 1_000 === 0 ? 6 : 9;
      text += '.' + pad(nanos, 9).slice(0, digits);
    }
    return text;
  }
  const text = isoLocalTime(time.hour, time.minute, time.second, nanos);
  return OFFSET.test(zone) ? text + javaOffset(zone) : `${text}@${zone}`;
}

function formatDuration(value: FeelDuration): string {
  const duration = value.unwrap();
  if (value.yearsMonths) {
    const total = duration.years * 12 + duration.months;
    if (total === 0) return 'P0Y';
    const sign = total < 0 ? '-' : '';
    const years = Math.trunc(Math.abs(total) / 12);
    const months = Math.abs(total) % 12;
    return `${sign}P${years ? `${years}Y` : ''}${months ? `${months}M` : ''}`;
  }
  const totalSeconds = Math.trunc(
    duration.days * 86_400 +
      duration.hours * 3_600 +
      duration.minutes * 60 +
      duration.seconds +
      duration.milliseconds / 1_000 +
      duration.microseconds / 1_000_000 +
      duration.nanoseconds / 1_000_000_000,
  );
  if (totalSeconds === 0) return 'P0D';
  const abs = Math.abs(totalSeconds);
  const days = Math.trunc(abs / 86_400);
  const hours = Math.trunc(abs / 3_600) % 24;
  const minutes = Math.trunc(abs / 60) % 60;
  const seconds = abs % 60;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
  return `${totalSeconds < 0 ? '-' : ''}P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}
