/** Every failure of the calendar library is a CalendarError with a code a caller can switch on. */
export enum CalendarErrorCode {
  /** Not a real date in the form YYYY-MM-DD. */
  InvalidDate = 'INVALID_DATE',
  /** A time-limit text outside the grammar documented in time-limit.parser.ts. */
  InvalidTimeLimit = 'INVALID_TIME_LIMIT',
  /** A feedback-schedule text outside the grammar documented in feedback-schedule.parser.ts. */
  InvalidSchedule = 'INVALID_SCHEDULE',
  /** Tenant overrides or uploaded holiday data that do not validate; `problems` lists every finding. */
  InvalidOverrides = 'INVALID_OVERRIDES',
  /** A range whose end lies before its start, or one too long to enumerate. */
  InvalidRange = 'INVALID_RANGE',
  /** A strict question (isWorkingDay, isHoliday) about a year for which no holiday data is loaded. */
  MissingHolidayData = 'MISSING_HOLIDAY_DATA',
}

export class CalendarError extends Error {
  constructor(
    readonly code: CalendarErrorCode,
    message: string,
    /** One line per finding, for validation errors that have several. */
    readonly problems: string[] = [],
  ) {
    super(problems.length > 0 ? `${message}\n- ${problems.join('\n- ')}` : message);
    this.name = 'CalendarError';
  }
}

export function isCalendarError(error: unknown, code?: CalendarErrorCode): error is CalendarError {
  return error instanceof CalendarError && (code === undefined || error.code === code);
}
