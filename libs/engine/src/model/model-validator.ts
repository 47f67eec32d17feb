import { feelSyntaxError } from '../runtime/feel.js';
import { parseTimer } from '../timer/timer-definition.js';
import { validateEventRules } from './event-rules.js';
import { validateExpressionRules } from './expression-rules.js';
import type { FlowNodeModel, ProcessModel } from './model-types.js';

const JOB_TYPES = new Set(['SERVICE_TASK', 'SEND_TASK']);
const NO_JOB_TYPES = new Set(['MANUAL_TASK', 'TASK', 'RECEIVE_TASK']);

/** Zeebe's deploy-time checks for the supported elements, plus FEEL that does not parse. */
export function validateProcess(model: ProcessModel, problem: (elementId: string, message: string) => void): void {
  if (!model.root.noneStartId && model.timerStartIds.length + model.messageStartIds.length === 0) {
    problem(model.bpmnProcessId, 'a process needs a start event');
  }
  for (const node of model.nodes.values()) {
    validateNode(model, node, (message) => problem(node.id, message));
    validateExpressionRules(model, node, (message) => problem(node.id, message));
  }
  validateEventRules(model, problem);
}

function validateNode(model: ProcessModel, node: FlowNodeModel, problem: (message: string) => void): void {
  const kind = node.event?.kind;
  if (JOB_TYPES.has(node.type) && !node.job?.type) problem("must have a zeebe:taskDefinition with a 'type'");
  if (node.type === 'SCRIPT_TASK' && !node.script && !node.job?.type) problem('needs zeebe:script or zeebe:taskDefinition');
  if (node.type === 'BUSINESS_RULE_TASK' && !node.decision && !node.job?.type) problem('needs zeebe:calledDecision or zeebe:taskDefinition');
  if (NO_JOB_TYPES.has(node.type) && node.job?.type) problem('zeebe:taskDefinition is not allowed here');
  if (node.type === 'CALL_ACTIVITY' && !node.calledElement) problem('a call activity needs zeebe:calledElement');
  if ((node.type === 'INTERMEDIATE_THROW_EVENT' || node.type === 'END_EVENT') && kind === 'message' && !node.job?.type) {
    problem('a message throw event needs a zeebe:taskDefinition');
  }
  if (node.type === 'END_EVENT' && kind === 'error' && !node.event?.errorCode) problem('an error end event needs an error with an errorCode');
  if (node.type === 'INTERMEDIATE_THROW_EVENT' && kind && !['none', 'message'].includes(kind)) problem(`${kind} intermediate throw events are not supported`);
  if (node.type === 'INTERMEDIATE_CATCH_EVENT' && kind !== 'message' && kind !== 'timer') problem('an intermediate catch event needs a message or timer definition');
  if (node.type === 'BOUNDARY_EVENT') {
    if (!['message', 'timer', 'error'].includes(kind ?? '')) problem('boundary events need a message, timer or error definition');
    if (!node.attachedToId || !model.nodes.has(node.attachedToId)) problem('a boundary event must be attached to an activity');
  }
  if (node.type === 'START_EVENT') validateStart(model, node, problem);
  if (node.type === 'EVENT_SUB_PROCESS') {
    if (!node.startEventId) problem('an event sub-process needs one start event with a timer, message or error');
    if (node.incoming.length > 0 || node.outgoing.length > 0) problem('an event sub-process has no sequence flows');
  }
  if (node.type === 'SUB_PROCESS' && !node.noneStartId) problem('a sub-process needs one none start event');
  if (node.type === 'EVENT_BASED_GATEWAY') {
    if (node.outgoing.length < 2) problem('an event-based gateway needs at least two outgoing flows');
    for (const flow of node.outgoing) {
      const target = model.nodes.get(flow.targetId);
      const targetKind = target?.event?.kind;
      if (target?.type !== 'INTERMEDIATE_CATCH_EVENT' || (targetKind !== 'timer' && targetKind !== 'message')) {
        problem('an event-based gateway must be followed by timer or message catch events');
      }
    }
  }
  if ((node.type === 'EXCLUSIVE_GATEWAY' || node.type === 'INCLUSIVE_GATEWAY') && node.outgoing.length > 1) {
    for (const flow of node.outgoing) {
      if (flow.id !== node.defaultFlowId && flow.condition === undefined) problem(`flow ${flow.id} needs a condition or must be the default flow`);
    }
  }
  if (!node.type.endsWith('GATEWAY')) {
    for (const flow of node.outgoing) if (flow.condition !== undefined) problem(`conditional flow ${flow.id} is only supported after gateways`);
  }
  if (kind === 'message' && node.type !== 'START_EVENT' && node.type !== 'END_EVENT' && node.type !== 'INTERMEDIATE_THROW_EVENT') {
    if (!node.event?.messageName) problem('a message catch needs a message with a name');
    if (!node.event?.correlationKey) problem('a message catch needs zeebe:subscription correlationKey');
  }
  const timer = node.event?.timer;
  if (timer && !timer.value.startsWith('=')) {
    try {
      parseTimer(timer.kind, timer.value);
    } catch (error) {
      problem(`invalid ${timer.kind} '${timer.value}': ${(error as Error).message}`);
    }
  }
  for (const [label, expression] of expressions(node)) {
    const error = feelSyntaxError(expression);
    if (error) problem(`${label}: FEEL expression '${expression}' does not parse: ${error}`);
  }
}

function validateStart(model: ProcessModel, node: FlowNodeModel, problem: (message: string) => void): void {
  const scope = node.scopeId === model.bpmnProcessId ? model.root : model.nodes.get(node.scopeId);
  const kind = node.event?.kind ?? 'none';
  if (scope?.type === 'SUB_PROCESS' && kind !== 'none') problem('a sub-process starts with a none start event');
  if (scope?.type === 'PROCESS' && !['none', 'timer', 'message'].includes(kind)) problem(`${kind} start events are only allowed in event sub-processes`);
  if (scope?.type === 'EVENT_SUB_PROCESS' && !['timer', 'message', 'error'].includes(kind)) problem('an event sub-process starts with a timer, message or error event');
  if (kind === 'message' && !node.event?.messageName) problem('a message start event needs a message name');
  if (scope?.type === 'EVENT_SUB_PROCESS' && kind === 'message' && !node.event?.correlationKey) problem('needs zeebe:subscription correlationKey');
}

/** Every FEEL expression of a node (values starting with `=`, plus conditions which are always FEEL). */
function expressions(node: FlowNodeModel): [string, string][] {
  const out: [string, string][] = [];
  const add = (label: string, value: string | undefined, always = false): void => {
    if (value === undefined) return;
    if (value.startsWith('=')) out.push([label, value.slice(1)]);
    else if (always) out.push([label, value]);
  };
  // a static input source is a string value (Zeebe); static outputs are refused by the expression rules
  for (const mapping of [...node.inputs, ...(node.outputs ?? [])]) add(`mapping ${mapping.target}`, mapping.source);
  for (const flow of node.outgoing) add(`condition of ${flow.id}`, flow.condition, true);
  add('job type', node.job?.type);
  add('job retries', node.job?.retries);
  add('correlation key', node.event?.correlationKey);
  add('timer', node.event?.timer?.value);
  add('script', node.script?.expression);
  add('called element', node.calledElement?.processId);
  add('input collection', node.multiInstance?.inputCollection);
  add('output element', node.multiInstance?.outputElement);
  add('completion condition', node.multiInstance?.completionCondition, true);
  for (const [key, value] of Object.entries(node.userTask ?? {})) add(key, value);
  return out;
}
