import type { Flagged, IsoDate } from './calendar.types.js';

/** A parsed time limit (see time-limit.parser.ts for the notation). */
export type TimeLimit =
  /** n calendar days; weeks are 7n days. */
  | { kind: 'days'; amount: number; text: string }
  /** n working days: only working days are counted. */
  | { kind: 'working-days'; amount: number; text: string }
  /** n months; years are 12n months (民法典 Art. 202). */
  | { kind: 'months'; amount: number; text: string }
  | { kind: 'next-day'; text: string }
  | { kind: 'end-of-month'; text: string }
  | { kind: 'end-of-quarter'; text: string }
  | { kind: 'end-of-year'; text: string }
  | { kind: 'immediately'; text: string };

export interface Deadline extends Flagged {
  /** The last day to act: a working day, after any move of 民法典 Art. 203. Provisional when flagged. */
  due: IsoDate;
  /** The last day before the holiday move (equal to `due` when nothing moved). */
  nominalDue: IsoDate;
  /** True when the nominal last day was a holiday or weekend and `due` was moved to the next working day. */
  moved: boolean;
  /** The limit as parsed, text included, so workers can echo it back. */
  limit: TimeLimit;
}
