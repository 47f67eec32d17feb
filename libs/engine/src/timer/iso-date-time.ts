import { Temporal } from 'temporal-polyfill';

// yyyy-MM-ddTHH:mm[:ss[.fraction]][Z|±hh:mm][[zone id]] — Java's ISO_ZONED_DATE_TIME, plus the local forms.
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)(Z|[+-]\d{2}:\d{2}(?::\d{2})?)?(?:\[([^\]]+)\])?$/;

/**
 * Parses an ISO-8601 date-time to a ZonedDateTime. As with Java's ZonedDateTime.parse (which Zeebe uses), an
 * explicit offset fixes the instant and a bracketed zone id (`[Asia/Shanghai]`) the zone used for calendar
 * arithmetic. Unlike Zeebe, a value without offset is accepted and read in `defaultZone`: FEEL local date-times reach
 * us as such strings, and Zeebe reads those in the broker's default zone. Returns an error text on failure.
 */
export function parseIsoDateTime(text: string, defaultZone: string): Temporal.ZonedDateTime | string {
  const match = DATE_TIME.exec(text.trim());
  if (!match) return 'not an ISO-8601 date-time such as 2026-10-08T09:00:00+08:00';
  const [, local, offset, zone] = match;
  try {
    if (offset && zone) return Temporal.ZonedDateTime.from(text.trim(), { offset: 'use' });
    if (offset) {
      const instant = Temporal.Instant.from(`${local}${offset}`);
      return instant.toZonedDateTimeISO(offset === 'Z' ? 'UTC' : offset);
    }
    return Temporal.PlainDateTime.from(local).toZonedDateTime(zone ?? defaultZone);
  } catch (error) {
    return (error as Error).message;
  }
}

/** Epoch milliseconds as a ZonedDateTime in `zone`. */
export function zonedAt(epochMillis: number, zone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(epochMillis).toZonedDateTimeISO(zone);
}

/**
 * Parses an ISO-8601 duration (`PT1H`, `P1DT2H`, `P1M`, `P2W`, `-PT5M`) — Java's Period + Duration, which Zeebe
 * combines in its Interval class. Calendar parts (years, months, weeks, days) are added in the zone's calendar.
 */
export function parseIsoDuration(text: string): Temporal.Duration | string {
  const trimmed = text.trim();
  if (!/^[-+]?P/.test(trimmed)) return 'not an ISO-8601 duration such as PT1H or P1DT2H';
  // java.time (and so Zeebe) allows a fraction on seconds only; Temporal would also take `PT1.5H`.
  if (/[.,]\d*[YMWDH]/.test(trimmed)) return 'only seconds may have a fraction';
  try {
    return Temporal.Duration.from(trimmed.replace(/^\+/, ''));
  } catch (error) {
    return (error as Error).message;
  }
}
