/**
 * libs/calendar names each problem by where it is: `years[0].holidays[1]: …`, `extraWorkingDays: 2026-03-02 …`,
 * or not at all (`未知字段「x」…`). The API's `fields` maps that place to its problems; unplaced ones go under
 * `overrides`.
 */
export function calendarProblemFields(problems: string[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const problem of problems) {
    const match = /^([A-Za-z]+(?:\[\d+\])?(?:\.[A-Za-z]+(?:\[\d+\])?)*): (.+)$/s.exec(problem);
    const [field, text] = match ? [match[1], match[2]] : ['overrides', problem];
    (fields[field] ??= []).push(text);
  }
  return fields;
}
