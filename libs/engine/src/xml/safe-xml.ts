import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { WorkflowError, WorkflowErrorCode, type DeploymentProblem } from '@duban/workflow';

/** Largest resource we parse. Zeebe's default max message size is 4 MB; a diagram never comes close to this. */
export const MAX_XML_BYTES = 10 * 1024 * 1024;

const PREDEFINED_ENTITY = /^&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/;

/**
 * Rejects a resource before any XML parser sees it unless it is small enough, free of document type declarations
 * (which carry external entities and entity-expansion bombs — we never need a DTD) and well-formed. Throws a
 * DEPLOYMENT_REJECTED WorkflowError whose problem carries the line and column.
 */
export function assertWellFormedSafeXml(xml: string, resourceName: string): void {
  const bytes = Buffer.byteLength(xml, 'utf8');
  if (bytes > MAX_XML_BYTES) {
    reject(
      resourceName,
      `资源过大：${bytes} 字节，上限 ${MAX_XML_BYTES} 字节 (resource exceeds ${MAX_XML_BYTES} bytes)`,
    );
  }
  scanMarkup(xml, resourceName);
  const result = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  if (result !== true) {
    const { msg, line, col } = result.err;
    reject(resourceName, `XML 格式错误 (malformed XML): ${msg}`, line, col);
  }
  assertSingleRoot(xml, resourceName);
}

/** fast-xml-parser's validator accepts several roots and stray text around a self-closing root; XML does not. */
function assertSingleRoot(xml: string, resourceName: string): void {
  if (!/^\uFEFF?\s*</.test(xml) || !/>\s*$/.test(xml)) {
    reject(resourceName, 'XML 格式错误 (malformed XML): text outside the root element');
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: true,
    processEntities: false,
    commentPropName: '#comment',
  });
  const nodes = parser.parse(xml) as Record<string, unknown>[];
  let roots = 0;
  for (const node of nodes) {
    const [name] = Object.keys(node);
    if (name === '#text') {
      if (String(node[name]).trim() !== '') {
        reject(resourceName, 'XML 格式错误 (malformed XML): text outside the root element');
      }
    } else if (!name.startsWith('?') && name !== '#comment') {
      roots += 1;
    }
  }
  if (roots !== 1) reject(resourceName, `XML 格式错误 (malformed XML): expected one root element, found ${roots}`);
}

/**
 * One pass over the text outside comments and CDATA: every `<!` there is a declaration (DOCTYPE, ENTITY, ELEMENT…),
 * and every `&` must be one of XML's predefined entities or a character reference, since there is no DTD to define
 * others. Inside comments and CDATA the same characters are plain text and harmless.
 */
function scanMarkup(xml: string, resourceName: string): void {
  let index = 0;
  while (index < xml.length) {
    const next = nextSpecial(xml, index);
    if (next === -1) return;
    if (xml[next] === '&') {
      if (!PREDEFINED_ENTITY.test(xml.slice(next, next + 12))) {
        rejectAt(xml, next, resourceName, '未定义的实体引用 (undefined entity reference; DTDs are not allowed)');
      }
      index = next + 1;
    } else if (xml.startsWith('<!--', next)) {
      index = skipTo(xml, next, '-->', resourceName, '注释未结束 (unterminated comment)');
    } else if (xml.startsWith('<![CDATA[', next)) {
      index = skipTo(xml, next, ']]>', resourceName, 'CDATA 未结束 (unterminated CDATA section)');
    } else {
      const declaration = /^<!([A-Za-z]*)/.exec(xml.slice(next, next + 20))?.[1] || 'declaration';
      rejectAt(
        xml,
        next,
        resourceName,
        `不允许 DOCTYPE 或实体声明 (<!${declaration} is not allowed: no document type declarations or entities)`,
      );
    }
  }
}

function nextSpecial(xml: string, from: number): number {
  const declaration = xml.indexOf('<!', from);
  const entity = xml.indexOf('&', from);
  if (declaration === -1) return entity;
  if (entity === -1) return declaration;
  return Math.min(declaration, entity);
}

function skipTo(xml: string, from: number, terminator: string, resourceName: string, message: string): number {
  const end = xml.indexOf(terminator, from + 2);
  if (end === -1) rejectAt(xml, from, resourceName, message);
  return end + terminator.length;
}

function rejectAt(xml: string, offset: number, resourceName: string, message: string): never {
  const before = xml.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  reject(resourceName, message, line, column);
}

function reject(resourceName: string, message: string, line?: number, column?: number): never {
  const problem: DeploymentProblem = { resourceName, message, line, column };
  const where =
    line === undefined ? '' : column === undefined ? ` (line ${line})` : ` (line ${line}, column ${column})`;
  throw new WorkflowError(WorkflowErrorCode.DeploymentRejected, `${resourceName}${where}: ${message}`, [problem]);
}
