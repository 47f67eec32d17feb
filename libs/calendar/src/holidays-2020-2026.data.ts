import type { YearHolidayData } from './calendar.types.js';

/** Pending: filled from the State Council's yearly notices. */
export const CHINA_HOLIDAYS_2020_2026: readonly YearHolidayData[] = [];
