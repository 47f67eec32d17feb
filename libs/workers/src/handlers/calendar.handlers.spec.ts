import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../__tests__/test-database.js';
import { testDeps } from '../__tests__/test-deps.js';
import { completedVariables, failureOf, testJob } from '../__tests__/test-job.js';
import { toJobHandler } from '../runtime/job-runner.js';
import { deadlineHandler } from './deadline.handler.js';
import { feedbackWindowHandler } from './feedback-window.handler.js';

// 2026 per the State Council notice: 中秋节 09-25…09-27, 国庆节 10-01…10-07, make-up working days 09-20 (Sun) and
// 10-10 (Sat). 2027 has no data in the product.
describe('duban:deadline and duban:feedback-window', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let deps: ReturnType<typeof testDeps>;

  beforeAll(async () => {
    database = await createTestDatabase('calendar');
    deps = testDeps(database.db, '2026-09-28T15:30:00+08:00');
  });
  afterAll(() => database.drop());

  const run = async (handler: Parameters<typeof toJobHandler>[0], headers: Record<string, string>, variables = {}) => {
    const job = testJob(handler.type, headers, variables);
    await toJobHandler(handler, deps)(job);
    return job;
  };

  describe('duban:deadline', () => {
    it('counts working days across National Day and its make-up Saturday', async () => {
      const job = await run(deadlineHandler, { limit: '5wd', remindBefore: '2wd' });
      expect(completedVariables(job)).toEqual({
        dueDate: '2026-10-10T23:59:59+08:00',
        dueDateDay: '2026-10-10',
        dueDateFlagged: false,
        dueDateLimit: '5wd',
        dueDateRemind: '2026-10-08T09:00:00+08:00',
      });
    });

    it('moves a calendar-day limit that ends in the holiday to the next working day (Art. 203)', async () => {
      const job = await run(deadlineHandler, { limit: '7d', resultVariable: 'feedbackDue', from: 'sentAt' }, { sentAt: '2026-09-28T08:00:00+08:00' });
      expect(completedVariables(job)).toMatchObject({ feedbackDue: '2026-10-08T23:59:59+08:00', feedbackDueDay: '2026-10-08' });
    });

    it('takes the limit from the variable when present and falls back to the header', async () => {
      const given = await run(deadlineHandler, { limitVariable: 'timeLimit', limit: '5wd' }, { timeLimit: '1d' });
      expect(completedVariables(given)).toMatchObject({ dueDateDay: '2026-09-29', dueDateLimit: '1d' });
      const missing = await run(deadlineHandler, { limitVariable: 'timeLimit', limit: '5wd' }, { timeLimit: '' });
      expect(completedVariables(missing)).toMatchObject({ dueDateDay: '2026-10-10', dueDateLimit: '5wd' });
    });

    it('flags a deadline that reaches a year without holiday data', async () => {
      const inYear = await run(deadlineHandler, { limit: '3m' }, {});
      expect(completedVariables(inYear)).toMatchObject({ dueDateDay: '2026-12-28', dueDateFlagged: false });
      const job = await run(deadlineHandler, { limit: '4m' }, {});
      expect(completedVariables(job)).toMatchObject({ dueDateFlagged: true, dueDateFlagReason: expect.stringContaining('2027') });
      const late = await run(deadlineHandler, { limit: '5wd', from: 'start' }, { start: '2027-03-01' });
      expect(completedVariables(late)).toMatchObject({ dueDateFlagged: true, dueDateFlagReason: expect.stringContaining('2027') });
    });

    it('refuses bad limits and missing starts with an incident naming them', async () => {
      expect(failureOf(await run(deadlineHandler, { limit: 'soon' })).errorMessage).toContain('soon');
      expect(failureOf(await run(deadlineHandler, {})).errorMessage).toContain('"limit"');
      expect(failureOf(await run(deadlineHandler, { limit: '1d', from: 'sentAt' })).errorMessage).toContain('"sentAt"');
      expect(failureOf(await run(deadlineHandler, { limit: '1d', from: 'sentAt' }, { sentAt: '28/09/2026' })).errorMessage).toContain('YYYY-MM-DD');
      expect(failureOf(await run(deadlineHandler, { limit: '1d', remindBefore: 'early' }))).toMatchObject({ retries: 0 });
    });
  });

  describe('duban:feedback-window', () => {
    const reports = 'yearly-dates:04-10,07-10,10-10,12-10';

    it('finds the next fixed report date and the dates of its year', async () => {
      const job = await run(feedbackWindowHandler, { schedule: reports });
      expect(completedVariables(job)).toEqual({
        reportDue: '2026-10-10T23:59:59+08:00',
        reportDueDay: '2026-10-10',
        reportDueList: ['2026-04-10', '2026-07-10', '2026-10-10', '2026-12-10'],
        reportDueLast: false,
        reportDuePeriod: '2026-10-10',
        reportDueFlagged: false,
      });
    });

    it('loops from the last window into the next year, flagged while that year has no data', async () => {
      const last = await run(feedbackWindowHandler, { schedule: reports, from: 'previous' }, { previous: '2026-10-10T23:59:59+08:00' });
      expect(completedVariables(last)).toMatchObject({ reportDueDay: '2026-12-10', reportDueLast: true, reportDueFlagged: false });
      const next = await run(feedbackWindowHandler, { schedule: reports, from: 'previous' }, { previous: '2026-12-10T23:59:59+08:00' });
      expect(completedVariables(next)).toMatchObject({ reportDueDay: '2027-04-12', reportDueFlagged: true });
    });

    it('applies the holiday rule to a day inside National Day', async () => {
      const later = await run(feedbackWindowHandler, { schedule: 'monthly-days:3', from: 'after' }, { after: '2026-09-29' });
      expect(completedVariables(later)).toMatchObject({ reportDueDay: '2026-10-08' });
      const earlier = await run(feedbackWindowHandler, { schedule: 'monthly-days:3', holidayRule: 'previous-working-day', from: 'after' }, { after: '2026-09-29' });
      expect(completedVariables(earlier)).toMatchObject({ reportDueDay: '2026-09-30' });
    });

    it('reads the schedule from a variable and refuses an unknown notation', async () => {
      const job = await run(feedbackWindowHandler, { scheduleVariable: 'cycle', resultVariable: 'nextReport' }, { cycle: 'weekly:MON' });
      // Monday 10-05 is in the holiday: the report moves to Thursday 10-08 and keeps its period (ISO week 41).
      expect(completedVariables(job)).toMatchObject({ nextReportDay: '2026-10-08', nextReportPeriod: '2026-W41' });
      const bad = await run(feedbackWindowHandler, { schedule: 'fortnightly' });
      expect(failureOf(bad)).toMatchObject({ retries: 0, errorMessage: expect.stringContaining('fortnightly') });
    });
  });
});
