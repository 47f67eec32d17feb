import { dateInChina } from '@duban/calendar';
import type { Variables } from '@duban/workflow';
import { parseChinaDate, quarterOf } from '../common/china-time.util.js';
import { invalidVariable, type JobInput } from '../common/job-input.js';
import { requireOrganisation } from '../directory/role-lookup.util.js';
import { DocumentFacts } from '../documents/document-facts.js';
import { DOCX_MEDIA_TYPE, saveDocument } from '../documents/document.store.js';
import { packDocx } from '../documents/docx-builder.util.js';
import { assignmentNotice } from '../documents/templates/assignment-notice.template.js';
import { bulletin, specialReport } from '../documents/templates/bulletin.template.js';
import { quarterlyBulletin } from '../documents/templates/quarterly-bulletin.template.js';
import { chineseDate, type DocumentTemplateRenderer, type TemplateInput } from '../documents/templates/template.js';
import { evaluationSummary } from '../evaluation/evaluation.repository.js';
import { DOCUMENT_TEMPLATES, JobType, type DocumentTemplate } from '../job-types.js';
import type { JobContext, JobTypeHandler } from '../runtime/job-context.js';

const RENDERERS: Record<DocumentTemplate, DocumentTemplateRenderer> = {
  'assignment-notice': assignmentNotice,
  bulletin,
  'special-report': specialReport,
  'quarterly-bulletin': quarterlyBulletin,
};
const SUPERVISION_OFFICE_ROLE = 'supervision-office';

/** 生成文书: renders a .docx from the item's variables, stores it with its SHA-256, returns a reference. */
export const documentHandler: JobTypeHandler = {
  type: JobType.document,
  async handle({ job, input, tenantId, itemId, now, tx, deps }: JobContext): Promise<Variables> {
    const template = input.enumHeader('template', DOCUMENT_TEMPLATES);
    const resultVariable = input.variableNameHeader('resultVariable', 'document') as string;
    if (template !== 'quarterly-bulletin' && !input.stringVariable('title')) {
      throw invalidVariable('title', '缺失（文书标题）', 'is required');
    }
    const organisation = await requireOrganisation(deps.directory, tenantId);
    const issuedOnVariable = input.variable('issuedOn');
    const issuedOn = issuedOnVariable === undefined ? dateInChina(now) : parseChinaDate(issuedOnVariable, 'issuedOn');
    const rendererInput: TemplateInput = {
      facts: new DocumentFacts(input.variables, organisation),
      issuer:
        input.stringVariable('issuer') ??
        organisation.roles.find((role) => role.code === SUPERVISION_OFFICE_ROLE)?.name ??
        '督查室',
      issuedOn: chineseDate(issuedOn),
    };
    if (template === 'quarterly-bulletin') {
      const { year, quarter } = quarterOfInput(input, now);
      const from = new Date(`${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01T00:00:00+08:00`);
      const to = quarter === 4 ? new Date(`${year + 1}-01-01T00:00:00+08:00`) : new Date(`${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01T00:00:00+08:00`);
      rendererInput.quarter = { year, quarter, units: await evaluationSummary(tx, tenantId, { from, to }) };
    }
    const rendered = RENDERERS[template](rendererInput);
    const content = await packDocx(rendered.title, rendered.blocks);
    const ref = await saveDocument(tx, {
      tenantId,
      itemId,
      template,
      name: `${rendered.name.replace(/[\\/:*?"<>|]/g, '_')}.docx`,
      mediaType: DOCX_MEDIA_TYPE,
      content,
      jobKey: job.key,
      createdAt: new Date(now),
    });
    return { [resultVariable]: { ...ref } };
  },
};

/** `year` / `quarter` variables, or the quarter before the current one (a bulletin looks back). */
function quarterOfInput(input: JobInput, now: number): { year: number; quarter: number } {
  const today = dateInChina(now);
  const current = { year: Number(today.slice(0, 4)), quarter: quarterOf(today) };
  const previous = current.quarter === 1 ? { year: current.year - 1, quarter: 4 } : { year: current.year, quarter: current.quarter - 1 };
  const year = input.variable('year') === undefined ? previous.year : Number(input.variable('year'));
  const quarter = input.variable('quarter') === undefined ? previous.quarter : Number(input.variable('quarter'));
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw invalidVariable('year', '应为年份', 'must be a year');
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw invalidVariable('quarter', '应为 1–4', 'must be 1..4');
  return { year, quarter };
}
