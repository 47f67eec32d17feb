import type { DocumentTemplateRenderer } from './template.js';
import { unitBulletin } from './unit-bulletin.template.js';

const QUARTERS = ['一', '二', '三', '四'];

/** 季度督查通报: per-unit figures of the quarter from the evaluation facts (see unitBulletin). */
export const quarterlyBulletin: DocumentTemplateRenderer = ({ facts, issuer, issuedOn, quarter }) => {
  if (!quarter) throw new Error('quarterly bulletin needs the quarter figures');
  const period = `${quarter.year}年第${QUARTERS[quarter.quarter - 1]}季度`;
  return unitBulletin({
    title: facts.text('title') ?? `${period}督查工作通报`,
    period,
    periodShort: '本季度',
    units: quarter.units.map((u) => ({ ...u, unitName: facts.unitName(u.unit) })),
    issuer,
    issuedOn,
  });
};
