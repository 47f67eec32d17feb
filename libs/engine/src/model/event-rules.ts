import type { FlowNodeModel, ProcessModel } from './model-types.js';

/**
 * Zeebe 8.6's deploy-time rules for catch events (bpmn-model BoundaryEventValidator, SubProcessValidator,
 * IntermediateCatchEventValidator, ErrorEventDefinitionValidator and ModelUtil's duplicate checks), worded as Zeebe
 * words them so a problem reads the same on both engines.
 */

const ACTIVITY_TYPES = new Set([
  'SERVICE_TASK',
  'SEND_TASK',
  'USER_TASK',
  'RECEIVE_TASK',
  'SCRIPT_TASK',
  'BUSINESS_RULE_TASK',
  'MANUAL_TASK',
  'TASK',
  'SUB_PROCESS',
  'CALL_ACTIVITY',
]);

type Problem = (elementId: string, message: string) => void;

export function validateEventRules(model: ProcessModel, problem: Problem): void {
  for (const node of model.nodes.values()) {
    const report = (message: string): void => problem(node.id, message);
    if (node.type === 'BOUNDARY_EVENT') validateBoundary(model, node, report);
    if (node.type === 'START_EVENT' && model.nodes.get(node.scopeId)?.type === 'EVENT_SUB_PROCESS') validateInterrupting(node, report);
    if (node.type === 'INTERMEDIATE_CATCH_EVENT' && node.event?.timer?.kind === 'timeCycle') {
      report('Intermediate timer catch event must have either a time duration or a time date.');
    }
    const catchesErrors = node.type === 'BOUNDARY_EVENT' || node.type === 'START_EVENT';
    if (catchesErrors && node.event?.kind === 'error' && node.event.errorCode?.startsWith('=')) {
      report('The errorCode of the error catch event is not allowed to be an expression');
    }
    // the catch events of one scope must be unambiguous: boundary events per activity, event sub-processes per scope
    if (node.boundaryEventIds.length > 1) validateDistinct(node.boundaryEventIds.map((id) => model.nodes.get(id)!), report);
    if (node.eventSubProcessIds.length > 1) validateDistinct(startsOf(model, node), report);
  }
  if (model.root.eventSubProcessIds.length > 1) validateDistinct(startsOf(model, model.root), (message) => problem(model.bpmnProcessId, message));
}

function validateBoundary(model: ProcessModel, node: FlowNodeModel, report: (message: string) => void): void {
  // Zeebe reads the <bpmn:outgoing> references here, so a flow whose sourceRef names the event is not enough
  if (node.declaredFlows.outgoing === 0) {
    const hint = node.outgoing.length > 0 ? ` (sequence flow ${node.outgoing[0]!.id} starts here but is not listed as <bpmn:outgoing>)` : '';
    report(`Must have at least one outgoing sequence flow or association${hint}`);
  }
  if (node.declaredFlows.incoming > 0 || node.incoming.length > 0) report('Cannot have incoming sequence flows');
  const attached = node.attachedToId ? model.nodes.get(node.attachedToId) : undefined;
  if (attached && !ACTIVITY_TYPES.has(attached.type)) report(`Must be attached to an activity, not to ${attached.type}`);
  validateInterrupting(node, report);
}

/** Non-interrupting only for message and timer events; an interrupting timer cannot repeat. */
function validateInterrupting(node: FlowNodeModel, report: (message: string) => void): void {
  const kind = node.event?.kind;
  if (!node.interrupting && kind !== 'message' && kind !== 'timer') report('Non-Interrupting event of this type is not allowed');
  if (node.interrupting && node.event?.timer?.kind === 'timeCycle') report('Interrupting timer event with time cycle is not allowed.');
}

function startsOf(model: ProcessModel, scope: FlowNodeModel): FlowNodeModel[] {
  return scope.eventSubProcessIds
    .map((id) => model.nodes.get(id)?.startEventId)
    .flatMap((startId) => (startId && model.nodes.get(startId) ? [model.nodes.get(startId)!] : []));
}

function validateDistinct(events: FlowNodeModel[], report: (message: string) => void): void {
  const names = events.filter((event) => event.event?.kind === 'message' && event.event.messageName).map((event) => event.event!.messageName!);
  for (const name of duplicates(names)) report(`Multiple message event definitions with the same name '${name}' are not allowed.`);
  const errors = events.filter((event) => event.event?.kind === 'error');
  const codes = errors.filter((event) => event.event!.errorCode !== undefined).map((event) => event.event!.errorCode!);
  for (const code of duplicates(codes)) report(`Multiple error catch events with the same error code '${code}' are not supported on the same scope.`);
  if (errors.length - codes.length > 1) {
    report(
      'The same scope can not contain more than one error catch event without error code. An error catch event without error code catches all errors.',
    );
  }
}

function duplicates(values: string[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const value of values) (seen.has(value) ? twice : seen).add(value);
  return twice;
}
