import { evalMaybeFeel, FeelError } from '../runtime/feel.js';
import { parseIsoDateTime } from '../timer/iso-date-time.js';
import type { FlowNodeModel, ProcessModel } from './model-types.js';

/**
 * Zeebe 8.6's deploy-time rules for attribute values (engine ZeebeRuntimeValidators / ZeebeExpressionValidator):
 * where an expression is required a static value is refused, static values must have the right shape, variable
 * targets must be paths, and a message start event's name cannot depend on variables.
 */

const PATH = /^[a-zA-Z_][a-zA-Z0-9_]*(\.[a-zA-Z_][a-zA-Z0-9_]*)*$/;
const RESERVED = ['null', 'true', 'false', 'function', 'if', 'then', 'else', 'for', 'between', 'instance', 'of'];

export function validateExpressionRules(model: ProcessModel, node: FlowNodeModel, report: (message: string) => void): void {
  const expression = (value: string | undefined): void => {
    if (value !== undefined && !value.startsWith('=')) {
      report(`Expected expression but found static value '${value}'. An expression must start with '=' (e.g. '=${value}').`);
    }
  };
  if (node.event?.kind === 'message') expression(node.event.correlationKey);
  expression(node.multiInstance?.inputCollection);
  expression(node.multiInstance?.outputElement);
  for (const output of node.outputs ?? []) expression(output.source);
  for (const mapping of [...node.inputs, ...(node.outputs ?? [])]) {
    if (mapping.source === '') report('Expected expression but not found.');
    if (mapping.target && !PATH.test(mapping.target)) {
      report(`Expected path expression '${mapping.target}' but doesn't match the pattern '${PATH.source.slice(1, -1)}'.`);
    } else if (RESERVED.includes(mapping.target)) {
      report(`Expected path expression '${mapping.target}' but is one of the reserved words (${RESERVED.join(', ')}).`);
    }
  }
  const task = node.userTask ?? {};
  for (const value of [task.candidateGroups, task.candidateUsers]) {
    if (isStatic(value) && value.split(',').some((entry) => entry.trim() === '')) {
      report(`Expected static value to be a list of comma-separated values, e.g. 'a,b,c', but found '${value}'.`);
    }
  }
  for (const value of [task.dueDate, task.followUpDate]) {
    if (isStatic(value) && !isZonedDateTime(value)) {
      report(`Expected static value to be a valid DateTime String, e.g. '2023-03-02T15:35+02:00', but found '${value}'.`);
    }
  }
  if (node.defaultFlowId && !node.outgoing.some((flow) => flow.id === node.defaultFlowId)) report('Default flow must start at gateway');
  if (node.type === 'START_EVENT' && node.scopeId === model.bpmnProcessId && node.event?.kind === 'message') {
    validateConstantMessageName(node.event.messageName, report);
  }
}

function isStatic(value: string | undefined): value is string {
  return value !== undefined && !value.startsWith('=');
}

/** Java's ZonedDateTime.parse: an offset (or zone) is required. */
function isZonedDateTime(value: string): boolean {
  return /(Z|[+-]\d{2}:\d{2}(:\d{2})?)(\[[^\]]+\])?$/.test(value.trim()) && typeof parseIsoDateTime(value, 'UTC') !== 'string';
}

/** Message start events subscribe at deploy, before any variable exists: the name must evaluate without them. */
function validateConstantMessageName(name: string | undefined, report: (message: string) => void): void {
  if (!name?.startsWith('=')) return;
  let value: unknown;
  try {
    value = evalMaybeFeel(name, {}, 0);
  } catch (error) {
    if (!(error instanceof FeelError)) throw error;
    report(`Expected constant expression of type String for message name '${name}', but failed: ${error.message}`);
    return;
  }
  if (typeof value !== 'string') {
    const type = value === null ? 'NULL' : Array.isArray(value) ? 'ARRAY' : typeof value === 'object' ? 'OBJECT' : typeof value === 'number' ? 'NUMBER' : 'BOOLEAN';
    report(`Expected constant expression of type String for message name '${name}', but was ${type}`);
  }
}
