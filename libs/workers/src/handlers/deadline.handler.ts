import { computeDeadline, endOfDayInChina } from '@duban/calendar';
import type { Variables } from '@duban/workflow';
import { chinaDateTime, formatChinaDateTime } from '../common/china-time.util.js';
import { invalidHeader, type JobInput } from '../common/job-input.js';
import { reminderDay } from '../common/remind-before.util.js';
import { startDate } from '../common/start-date.util.js';
import { JobType } from '../job-types.js';
import type { JobContext, JobTypeHandler } from '../runtime/job-context.js';

/** 计算时限: the last day of a time limit on the tenant's working calendar, as a timer-ready date-time. */
export const deadlineHandler: JobTypeHandler = {
  type: JobType.deadline,
  async handle({ input, tenantId, now, deps }: JobContext): Promise<Variables> {
    const limit = timeLimitOf(input);
    const start = startDate(input, now);
    const resultVariable = input.variableNameHeader('resultVariable', 'dueDate') as string;
    const remindBefore = input.header('remindBefore');
    const calendar = await deps.tenants.calendar(tenantId);
    const deadline = computeDeadline(start, limit, calendar);
    const result: Variables = {
      [resultVariable]: endOfDayInChina(deadline.due),
      [`${resultVariable}Day`]: deadline.due,
      [`${resultVariable}Flagged`]: deadline.flagged,
      [`${resultVariable}Limit`]: deadline.limit.text,
    };
    if (deadline.flagged && deadline.flagReason) result[`${resultVariable}FlagReason`] = deadline.flagReason.zh;
    if (remindBefore !== undefined) {
      // 09:00 of the reminder day, but never in the past: a short limit reminds at once.
      const remindAt = Date.parse(chinaDateTime(reminderDay(deadline.due, remindBefore, calendar), '09:00:00'));
      result[`${resultVariable}Remind`] = formatChinaDateTime(Math.max(remindAt, now));
    }
    return result;
  },
};

/** `limitVariable` when it holds a value, else the `limit` header (e.g. "no limit given → 5 working days"). */
function timeLimitOf(input: JobInput): string {
  const limitVariable = input.variableNameHeader('limitVariable');
  const fromVariable = limitVariable ? input.stringVariable(limitVariable) : undefined;
  const limit = fromVariable ?? input.header('limit');
  if (limit === undefined) {
    throw invalidHeader('limit', limitVariable ? `与变量 "${limitVariable}" 均为空` : '缺失', 'and limitVariable are empty');
  }
  return limit;
}
