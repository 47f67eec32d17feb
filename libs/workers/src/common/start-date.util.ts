import { dateInChina, type IsoDate } from '@duban/calendar';
import { parseChinaDate } from './china-time.util.js';
import { invalidVariable, type JobInput } from './job-input.js';

/** The day of the `from` variable; today when no `from` header. A named but empty variable is an error. */
export function startDate(input: JobInput, now: number): IsoDate {
  const from = input.variableNameHeader('from');
  if (!from) return dateInChina(now);
  const value = input.variable(from);
  if (value === undefined) throw invalidVariable(from, '缺失（由任务头 from 指定）', 'named by header "from" is missing');
  return parseChinaDate(value, from);
}
