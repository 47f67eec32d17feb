import { endOfDayInChina, feedbackDueDates, nextFeedbackDue } from '@duban/calendar';
import type { Variables } from '@duban/workflow';
import { invalidHeader } from '../common/job-input.js';
import { HOLIDAY_RULES, JobType } from '../job-types.js';
import type { JobContext, JobTypeHandler } from '../runtime/job-context.js';
import { startDate } from '../common/start-date.util.js';

/** 反馈窗口: the next report due day of a schedule, and all due days of its year, for timer loops. */
export const feedbackWindowHandler: JobTypeHandler = {
  type: JobType.feedbackWindow,
  async handle({ input, tenantId, now, deps }: JobContext): Promise<Variables> {
    const scheduleVariable = input.variableNameHeader('scheduleVariable');
    const schedule = (scheduleVariable ? input.stringVariable(scheduleVariable) : undefined) ?? input.header('schedule');
    if (schedule === undefined) {
      throw invalidHeader('schedule', scheduleVariable ? `与变量 "${scheduleVariable}" 均为空` : '缺失', 'is required');
    }
    const rule = input.enumHeader('holidayRule', HOLIDAY_RULES, 'next-working-day');
    const after = startDate(input, now);
    const resultVariable = input.variableNameHeader('resultVariable', 'reportDue') as string;

    const calendar = await deps.tenants.calendar(tenantId);
    const next = nextFeedbackDue(schedule, after, calendar, rule);
    const year = next.due.slice(0, 4);
    const ofYear = feedbackDueDates(schedule, `${year}-01-01`, `${year}-12-31`, calendar, rule).filter((due) =>
      due.due.startsWith(year),
    );
    const last = ofYear.length === 0 || ofYear[ofYear.length - 1].period === next.period;
    return {
      [resultVariable]: endOfDayInChina(next.due),
      [`${resultVariable}Day`]: next.due,
      [`${resultVariable}List`]: ofYear.map((due) => due.due),
      [`${resultVariable}Last`]: last,
      [`${resultVariable}Period`]: next.period,
      [`${resultVariable}Flagged`]: next.flagged || ofYear.some((due) => due.flagged),
    };
  },
};
