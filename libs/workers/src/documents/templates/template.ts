import type { UnitEvaluation } from '../../evaluation/evaluation.repository.js';
import type { DocumentFacts } from '../document-facts.js';
import type { Block } from '../docx-builder.util.js';

export interface TemplateInput {
  facts: DocumentFacts;
  /** Issuing office, e.g. the name of the supervision office role. */
  issuer: string;
  /** `2026年3月2日`. */
  issuedOn: string;
  /** Only for the quarterly bulletin. */
  quarter?: { year: number; quarter: number; units: UnitEvaluation[] };
}

export interface RenderedDocument {
  /** File name without extension. */
  name: string;
  title: string;
  blocks: Block[];
}

export type DocumentTemplateRenderer = (input: TemplateInput) => RenderedDocument;

export function chineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
