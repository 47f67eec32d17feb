// Working-day calendar of Duban: Chinese public holidays and make-up working days (2020–2026 shipped),
// deadlines per 民法典 Art. 201–203, feedback windows and the red/yellow/green light. Pure TypeScript.
export * from './calendar.exception.js';
export * from './calendar.types.js';
export {
  addDays,
  addMonths,
  compareDates,
  dateInChina,
  daysBetween,
  endOfDayInChina,
  isIsoDate,
  parseIsoDate,
  weekdayOf,
} from './calendar-date.util.js';
export * from './working-calendar.js';
export { validateCalendarOverrides } from './calendar-overrides.validator.js';
export * from './time-limit.types.js';
export * from './time-limit.parser.js';
export * from './deadline.util.js';
export * from './feedback-schedule.types.js';
export * from './feedback-schedule.parser.js';
export * from './feedback-window.util.js';
export * from './working-days.util.js';
export { CHINA_HOLIDAYS_2020_2026 } from './holidays-2020-2026.data.js';
