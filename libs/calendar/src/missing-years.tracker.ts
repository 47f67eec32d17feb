import { CalendarError, CalendarErrorCode } from './calendar.exception.js';
import type { DayInfo, Flagged, IsoDate } from './calendar.types.js';
import { addDays } from './calendar-date.util.js';
import type { WorkingCalendar } from './working-calendar.js';

/** No real calendar has a year without a working day; a longer walk means the overrides are broken. */
const MAX_WALK_DAYS = 366;

/**
 * Looks days up for one computation and remembers every year without holiday data it had to look at,
 * so the result can be flagged instead of silently resting on a Monday–Friday guess.
 */
export class MissingYearsTracker {
  private readonly missing = new Set<number>();

  constructor(private readonly calendar: WorkingCalendar) {}

  day(date: IsoDate): DayInfo {
    const info = this.calendar.dayInfo(date);
    if (info.estimated) this.missing.add(Number(date.slice(0, 4)));
    return info;
  }

  /** The first working day on or after `date` (step 1) or on or before it (step -1). */
  workingDayFrom(date: IsoDate, step: 1 | -1): IsoDate {
    let current = date;
    for (let i = 0; i <= MAX_WALK_DAYS; i++) {
      if (this.day(current).working) return current;
      current = addDays(current, step);
    }
    throw new CalendarError(
      CalendarErrorCode.InvalidRange,
      `${date} 前后一年内没有工作日，请检查日历配置 / no working day within a year of ${date}`,
    );
  }

  result(): Flagged {
    const missingYears = [...this.missing].sort((a, b) => a - b);
    if (missingYears.length === 0) return { flagged: false, missingYears };
    const years = missingYears.join('、');
    return {
      flagged: true,
      missingYears,
      flagReason: {
        zh: `涉及 ${years} 年，尚无该年国务院节假日安排数据，日期按周一至周五估算；请管理员上传当年放假通知后复核。`,
        en: `Reaches into ${missingYears.join(', ')}, which has no State Council holiday data: the date is a Monday–Friday estimate; upload that year's notice and recheck.`,
      },
    };
  }
}
