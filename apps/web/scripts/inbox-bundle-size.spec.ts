import { describe, expect, it } from 'vitest';
import { INBOX_BUDGET_BYTES, measureInboxBundle } from './inbox-bundle';

// A real production build (~15 s): the budget is about what browsers download, so nothing is estimated.
describe('inbox route bundle', () => {
  it('loads at most 300 KB of gzipped JavaScript, and no page but the inbox', { timeout: 240_000 }, async () => {
    const report = await measureInboxBundle();

    expect(report.gzipBytes).toBeGreaterThan(50 * 1024); // a build that lost React would "pass" otherwise
    expect(report.gzipBytes).toBeLessThanOrEqual(INBOX_BUDGET_BYTES);
    expect(report.lazyEntriesOnRoute).toEqual(['src/modules/inbox/components/InboxPage.tsx']);
    for (const page of ['modeler/components/ModelerPage', 'form-editor/components/FormEditorPage', 'dmn-editor/components/DmnEditorPage', 'dashboard/components/DashboardPage']) {
      expect(report.lazyEntries).toContain(`src/modules/${page}.tsx`);
    }
  });
});
