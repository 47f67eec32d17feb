import { XMLValidator } from 'fast-xml-parser';
import { WorkflowError, WorkflowErrorCode, type DeploymentProblem } from '@duban/workflow';
import { findUnsafeMarkup } from './markup-scan.js';

/** Largest resource we parse. Zeebe's default max message size is 4 MB; a diagram never comes close to this. */
export const MAX_XML_BYTES = 10 * 1024 * 1024;

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
  const unsafe = findUnsafeMarkup(xml);
  if (unsafe) rejectAt(xml, unsafe.offset, resourceName, unsafe.message);
  const result = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  if (result !== true) {
    const { msg, line, col } = result.err;
    reject(resourceName, `XML 格式错误 (malformed XML): ${msg}`, line, col);
  }
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
