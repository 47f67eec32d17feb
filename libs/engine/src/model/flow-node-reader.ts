import type { ModdleElement } from 'bpmn-moddle';
import type { EventDefinition, FlowNodeModel, TimerKind } from './model-types.js';
import { findExtension, readZeebeExtensions, str } from './zeebe-extensions.js';

const TYPES: Record<string, string> = {
  'bpmn:StartEvent': 'START_EVENT',
  'bpmn:EndEvent': 'END_EVENT',
  'bpmn:ServiceTask': 'SERVICE_TASK',
  'bpmn:SendTask': 'SEND_TASK',
  'bpmn:UserTask': 'USER_TASK',
  'bpmn:ReceiveTask': 'RECEIVE_TASK',
  'bpmn:ScriptTask': 'SCRIPT_TASK',
  'bpmn:BusinessRuleTask': 'BUSINESS_RULE_TASK',
  'bpmn:ManualTask': 'MANUAL_TASK',
  'bpmn:Task': 'TASK',
  'bpmn:ExclusiveGateway': 'EXCLUSIVE_GATEWAY',
  'bpmn:ParallelGateway': 'PARALLEL_GATEWAY',
  'bpmn:InclusiveGateway': 'INCLUSIVE_GATEWAY',
  'bpmn:EventBasedGateway': 'EVENT_BASED_GATEWAY',
  'bpmn:SubProcess': 'SUB_PROCESS',
  'bpmn:CallActivity': 'CALL_ACTIVITY',
  'bpmn:BoundaryEvent': 'BOUNDARY_EVENT',
  'bpmn:IntermediateCatchEvent': 'INTERMEDIATE_CATCH_EVENT',
  'bpmn:IntermediateThrowEvent': 'INTERMEDIATE_THROW_EVENT',
};

/** Reads one flow element; reports unsupported types, event kinds and attributes against its id. */
export function readFlowNode(element: ModdleElement, scopeId: string, problem: (message: string) => void): FlowNodeModel | undefined {
  let type = TYPES[element.$type];
  if (!type) {
    problem(`element type ${element.$type.replace('bpmn:', '')} is not supported by the embedded engine`);
    return undefined;
  }
  if (type === 'SUB_PROCESS' && element.triggeredByEvent) type = 'EVENT_SUB_PROCESS';
  const node: FlowNodeModel = {
    id: element.id ?? '',
    name: str(element.name),
    type,
    scopeId,
    incoming: [],
    outgoing: [],
    declaredFlows: { incoming: refCount(element.incoming), outgoing: refCount(element.outgoing) },
    defaultFlowId: (element.default as ModdleElement | undefined)?.id,
    interrupting: type === 'BOUNDARY_EVENT' ? element.cancelActivity !== false : element.isInterrupting !== false,
    boundaryEventIds: [],
    inputs: [],
    eventSubProcessIds: [],
  };
  if (type === 'BOUNDARY_EVENT') node.attachedToId = (element.attachedToRef as ModdleElement | undefined)?.id;
  const definitions = (element.eventDefinitions as ModdleElement[] | undefined) ?? [];
  if (definitions.length > 1) problem('multiple event definitions on one event are not supported');
  if (definitions[0]) node.event = readEventDefinition(definitions[0], problem);
  else if (type.endsWith('EVENT')) node.event = { kind: 'none' };
  if (type === 'RECEIVE_TASK') {
    const message = element.messageRef as ModdleElement | undefined;
    node.event = { kind: 'message', messageName: str(message?.name) };
    const subscription = message ? findExtension(message, 'zeebe:Subscription') : undefined;
    node.event.correlationKey = str(subscription?.correlationKey);
  }
  readZeebeExtensions(element, node, problem);
  readLoop(element, node, problem);
  if (element.$type === 'bpmn:ScriptTask' && element.script) problem('inline scripts are not supported; use zeebe:script');
  return node;
}

function refCount(refs: unknown): number {
  return Array.isArray(refs) ? refs.length : 0;
}

function readEventDefinition(definition: ModdleElement, problem: (message: string) => void): EventDefinition {
  switch (definition.$type) {
    case 'bpmn:MessageEventDefinition': {
      const message = definition.messageRef as ModdleElement | undefined;
      const subscription = message ? findExtension(message, 'zeebe:Subscription') : undefined;
      return { kind: 'message', messageName: str(message?.name), correlationKey: str(subscription?.correlationKey) };
    }
    case 'bpmn:TimerEventDefinition': {
      for (const kind of ['timeDuration', 'timeDate', 'timeCycle'] as TimerKind[]) {
        const value = str((definition[kind] as ModdleElement | undefined)?.body);
        if (value) return { kind: 'timer', timer: { kind, value } };
      }
      problem('a timer event needs timeDuration, timeDate or timeCycle');
      return { kind: 'timer' };
    }
    case 'bpmn:ErrorEventDefinition': {
      const error = definition.errorRef as ModdleElement | undefined;
      return { kind: 'error', errorCode: str(error?.errorCode) };
    }
    case 'bpmn:TerminateEventDefinition':
      return { kind: 'terminate' };
    default:
      problem(`${definition.$type.replace('bpmn:', '')} is not supported by the embedded engine`);
      return { kind: 'none' };
  }
}

function readLoop(element: ModdleElement, node: FlowNodeModel, problem: (message: string) => void): void {
  const loop = element.loopCharacteristics as ModdleElement | undefined;
  if (!loop) return;
  if (loop.$type !== 'bpmn:MultiInstanceLoopCharacteristics') {
    problem('standard loops are not supported; use multi-instance');
    return;
  }
  const zeebe = findExtension(loop, 'zeebe:LoopCharacteristics');
  const condition = str((loop.completionCondition as ModdleElement | undefined)?.body);
  node.multiInstance = {
    sequential: loop.isSequential === true,
    inputCollection: str(zeebe?.inputCollection),
    inputElement: str(zeebe?.inputElement),
    outputCollection: str(zeebe?.outputCollection),
    outputElement: str(zeebe?.outputElement),
    completionCondition: condition?.replace(/^=/, ''),
  };
  if (!node.multiInstance.inputCollection) problem('a multi-instance activity needs zeebe:loopCharacteristics inputCollection');
  if (node.multiInstance.outputCollection && !node.multiInstance.outputElement) problem('outputCollection needs an outputElement');
}
