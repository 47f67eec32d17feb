import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../__tests__/test-database.js';
import { testDeps } from '../__tests__/test-deps.js';
import { completedVariables, failureOf, testJob } from '../__tests__/test-job.js';
import { readDocument, sha256Hex, type DocumentRef } from '../documents/document.store.js';
import { JobType } from '../job-types.js';
import { toJobHandler } from '../runtime/job-runner.js';
import { archiveHandler } from './archive.handler.js';
import { documentHandler } from './document.handler.js';
import { evaluateHandler } from './evaluate.handler.js';

/** The text of word/document.xml with the run boundaries removed, as a reader would see it. */
async function docxText(content: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(content);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.replace(/<[^>]+>/g, '');
}

describe('duban:document and duban:archive', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let deps: ReturnType<typeof testDeps>;
  const item = {
    itemId: 'item-docs',
    title: '推进城区道路改造',
    itemNumber: '示督〔2026〕7号',
    source: '县政府常务会议',
    leadUnit: 'transport-bureau',
    assistingUnits: ['finance-bureau'],
    dueDateDay: '2026-03-16',
    content: '按会议要求完成城区主干道改造方案。',
    requirements: '每月10日前报送进展。',
  };

  beforeAll(async () => {
    database = await createTestDatabase('documents');
    deps = testDeps(database.db);
  });
  afterAll(() => database.drop());

  const run = async (handler: Parameters<typeof toJobHandler>[0], job: ReturnType<typeof testJob>) => {
    await toJobHandler(handler, deps)(job);
    return job;
  };
  const stored = (ref: DocumentRef) => database.db.transaction((tx) => readDocument(tx, 'demo-county', ref.documentId));

  it('generates a readable 督办通知单 with the item in Chinese and stores it with its hash', async () => {
    const job = await run(documentHandler, testJob(JobType.document, { template: 'assignment-notice', resultVariable: 'notice' }, item));
    const ref = completedVariables(job).notice as unknown as DocumentRef;
    expect(ref).toMatchObject({ name: '督办通知单-示督〔2026〕7号.docx', template: 'assignment-notice' });
    const document = await stored(ref);
    expect(document?.sha256).toBe(sha256Hex(document!.content));
    expect(ref.sha256).toBe(document?.sha256);
    const text = await docxText(document!.content);
    for (const expected of ['督办通知单', '示督〔2026〕7号', '推进城区道路改造', '县交通运输局', '县财政局', '2026年3月16日', '县政府督查室', '2026年3月2日']) {
      expect(text).toContain(expected);
    }
  });

  it('writes bulletins and special reports with the sections that have content', async () => {
    const variables = { ...item, findings: [{ unit: 'finance-bureau', text: '资金拨付滞后' }, '部分路段进度缓慢'], criticised: ['finance-bureau'], proposals: ['加快资金拨付'] };
    for (const [template, kind] of [['bulletin', '督查通报'], ['special-report', '督查专报']] as const) {
      const job = await run(documentHandler, testJob(JobType.document, { template }, variables));
      const text = await docxText((await stored(completedVariables(job).document as unknown as DocumentRef))!.content);
      expect(text).toContain(kind);
      expect(text).toContain('一、督查发现县财政局：资金拨付滞后部分路段进度缓慢');
      expect(text).toContain('二、批评单位县财政局');
      expect(text).toContain('三、意见建议加快资金拨付');
      expect(text).not.toContain('表扬单位');
    }
  });

  it('builds the quarterly bulletin from the evaluation facts of the previous quarter', async () => {
    deps.clock.set(Date.parse('2026-03-20T09:00:00+08:00'));
    for (const [fact, unit] of [['on-time', 'finance-bureau'], ['on-time', 'finance-bureau'], ['on-time', 'transport-bureau'], ['overdue', 'transport-bureau'], ['poor-implementation', 'transport-bureau']]) {
      await run(evaluateHandler, testJob(JobType.evaluate, { fact }, { unit }));
    }
    deps.clock.set(Date.parse('2026-04-02T09:00:00+08:00'));
    await run(evaluateHandler, testJob(JobType.evaluate, { fact: 'overdue' }, { unit: 'finance-bureau' }));
    const job = await run(documentHandler, testJob(JobType.document, { template: 'quarterly-bulletin' }, {}));
    const text = await docxText((await stored(completedVariables(job).document as unknown as DocumentRef))!.content);
    expect(text).toContain('2026年第一季度督查工作通报');
    expect(text).toContain('县财政局2000100%');
    expect(text).toContain('县交通运输局110150%');
    expect(text).toContain('二、表扬单位县财政局按时保质完成督办事项');
    expect(text).toContain('县交通运输局：逾期 1 件，落实不力 1 次。');
  });

  it('refuses a document without a title or with an unknown template', async () => {
    const untitled = await run(documentHandler, testJob(JobType.document, { template: 'bulletin' }, { itemId: 'x' }));
    expect(failureOf(untitled).errorMessage).toContain('"title"');
    const unknown = await run(documentHandler, testJob(JobType.document, { template: 'poem' }, item));
    expect(failureOf(unknown).errorMessage).toContain('poem');
  });

  it('archives every document of the item with its hash, then keeps them read-only', async () => {
    const archived = { ...item, itemId: 'item-archived' };
    const notice = completedVariables(await run(documentHandler, testJob(JobType.document, { template: 'assignment-notice', resultVariable: 'notice' }, archived))).notice;
    const report = completedVariables(await run(documentHandler, testJob(JobType.document, { template: 'special-report', resultVariable: 'report' }, archived))).report;
    const job = testJob(JobType.archive, {}, { ...archived, notice, reports: [report], noise: { documentId: 'not-a-uuid' } });
    await run(archiveHandler, job);
    await run(archiveHandler, testJob(JobType.archive, {}, { ...archived, notice, reports: [report] }, { key: job.key }));
    const result = completedVariables(job).archive as { archiveId: string; count: number; manifestSha256: string };
    expect(result.count).toBe(3);

    const [archive] = await database.db.query<{ manifest: string; manifest_sha256: string }>(`SELECT manifest, manifest_sha256 FROM archive WHERE id = $1`, [result.archiveId]);
    expect(sha256Hex(archive.manifest)).toBe(archive.manifest_sha256);
    expect(JSON.parse(archive.manifest).materials).toHaveLength(3);
    const materials = await database.db.query<{ name: string; source_variable: string | null }>(
      `SELECT name, source_variable FROM archive_material WHERE archive_id = $1 ORDER BY position`,
      [result.archiveId],
    );
    expect(materials.map((m) => [m.name, m.source_variable])).toEqual([
      ['督办通知单-示督〔2026〕7号.docx', 'notice'],
      ['督查专报-推进城区道路改造.docx', 'reports'],
      ['事项记录.json', null],
    ]);
    const noticeId = (notice as unknown as DocumentRef).documentId;
    await expect(database.db.query(`UPDATE document SET name = 'x' WHERE id = $1`, [noticeId])).rejects.toThrow(/read-only/);
    await expect(database.db.query(`DELETE FROM document WHERE id = $1`, [noticeId])).rejects.toThrow(/read-only/);
    await expect(database.db.query(`DELETE FROM archive_material WHERE archive_id = $1`, [result.archiveId])).rejects.toThrow(/append-only/);

    const again = await run(archiveHandler, testJob(JobType.archive, {}, { ...archived, notice }));
    expect(failureOf(again)).toMatchObject({ retries: 0, errorMessage: expect.stringContaining('已归档') });
  });

  it('refuses to archive a reference whose hash does not match the stored file', async () => {
    const forged = { ...item, itemId: 'item-forged' };
    const notice = completedVariables(await run(documentHandler, testJob(JobType.document, { template: 'assignment-notice', resultVariable: 'notice' }, forged))).notice as unknown as DocumentRef;
    const job = await run(archiveHandler, testJob(JobType.archive, { materials: 'notice' }, { ...forged, notice: { ...notice, sha256: '0'.repeat(64) } }));
    expect(failureOf(job).errorMessage).toContain('哈希值不符');
    expect(await database.db.query(`SELECT 1 FROM archive WHERE item_id = 'item-forged'`)).toEqual([]);
  });
});
