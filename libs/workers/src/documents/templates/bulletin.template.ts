import type { Block } from '../docx-builder.util.js';
import { centered, heading, paragraph, rightAligned, title } from '../docx-builder.util.js';
import type { DocumentFacts } from '../document-facts.js';
import type { DocumentTemplateRenderer } from './template.js';

const NUMERALS = ['一', '二', '三', '四', '五', '六'];
const FULL_WIDTH_SPACE = '\u3000';

/** Numbered sections (一、二、…) of the findings, praise, criticism and proposals that are present. */
export function findingSections(facts: DocumentFacts): Block[] {
  const sections: [string, string[]][] = [
    ['督查发现', facts.lines('findings')],
    ['表扬单位', facts.units('praised') ? [facts.units('praised') as string] : []],
    ['批评单位', facts.units('criticised') ? [facts.units('criticised') as string] : []],
    ['意见建议', facts.lines('proposals')],
  ];
  return sections
    .filter(([, lines]) => lines.length > 0)
    .flatMap(([name, lines], index) => [heading(`${NUMERALS[index]}、${name}`), ...lines.map(paragraph)]);
}

function report(kind: '督查通报' | '督查专报'): DocumentTemplateRenderer {
  return ({ facts, issuer, issuedOn }) => {
    const itemNumber = facts.text('itemNumber');
    const subject = facts.text('title') as string;
    return {
      name: `${kind}-${subject}`,
      title: kind,
      blocks: [
        title(kind),
        centered([issuer, itemNumber, issuedOn].filter(Boolean).join(FULL_WIDTH_SPACE)),
        title(subject),
        ...(facts.text('content') ?? '').split('\n').filter(Boolean).map(paragraph),
        ...findingSections(facts),
        rightAligned(issuer),
        rightAligned(issuedOn),
      ],
    };
  };
}

/** 督查通报. */
export const bulletin = report('督查通报');
/** 督查专报: the report to leaders, same structure. */
export const specialReport = report('督查专报');
