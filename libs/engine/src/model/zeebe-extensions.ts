import type { ModdleElement } from 'bpmn-moddle';
import type { FlowNodeModel, Mapping } from './model-types.js';

/** Reads Zeebe's extension elements of one flow node into the model; reports those the engine does not support. */

const IGNORED = new Set(['zeebe:Properties', 'zeebe:VersionTag', 'zeebe:LinkedResources', 'zeebe:UserTaskForm']);
const UNSUPPORTED: Record<string, string> = {
  'zeebe:UserTask': 'Camunda user tasks (zeebe:userTask) are not supported; use job-worker user tasks',
  'zeebe:ExecutionListeners': 'execution listeners are not supported',
  'zeebe:TaskListeners': 'task listeners are not supported',
  'zeebe:AdHoc': 'ad-hoc sub-processes are not supported',
};

export function extensionValues(element: ModdleElement): ModdleElement[] {
  const ext = element.extensionElements as { values?: ModdleElement[] } | undefined;
  return ext?.values ?? [];
}

export function findExtension(element: ModdleElement, type: string): ModdleElement | undefined {
  return extensionValues(element).find((value) => value.$type === type);
}

export function readZeebeExtensions(element: ModdleElement, node: FlowNodeModel, problem: (message: string) => void): void {
  for (const value of extensionValues(element)) {
    const type = value.$type;
    if (IGNORED.has(type)) continue;
    if (UNSUPPORTED[type]) {
      problem(UNSUPPORTED[type]);
      continue;
    }
    switch (type) {
      case 'zeebe:TaskDefinition':
        node.job = {
          type: str(value.type) ?? '',
          retries: str(value.retries) ?? '3',
          headers: node.job?.headers ?? {},
        };
        if (!node.job.type) problem("zeebe:taskDefinition needs a 'type'");
        break;
      case 'zeebe:TaskHeaders': {
        const headers: Record<string, string> = {};
        for (const header of (value.values as ModdleElement[] | undefined) ?? []) {
          if (str(header.key) !== undefined) headers[str(header.key)!] = str(header.value) ?? '';
        }
        node.job = { type: node.job?.type ?? '', retries: node.job?.retries ?? '3', headers };
        break;
      }
      case 'zeebe:IoMapping':
        node.inputs = mappings(value.inputParameters, problem);
        if (((value.outputParameters as unknown[] | undefined) ?? []).length > 0) {
          node.outputs = mappings(value.outputParameters, problem);
        }
        break;
      case 'zeebe:Subscription':
        if (node.event) node.event.correlationKey = str(value.correlationKey);
        break;
      case 'zeebe:AssignmentDefinition':
        node.userTask = { ...node.userTask, assignee: str(value.assignee), candidateGroups: str(value.candidateGroups), candidateUsers: str(value.candidateUsers) };
        break;
      case 'zeebe:TaskSchedule':
        node.userTask = { ...node.userTask, dueDate: str(value.dueDate), followUpDate: str(value.followUpDate) };
        break;
      case 'zeebe:FormDefinition':
        if (value.externalReference) problem('external form references are not supported');
        node.userTask = { ...node.userTask, formKey: str(value.formKey), formId: str(value.formId) };
        break;
      case 'zeebe:PriorityDefinition':
        node.userTask = { ...node.userTask, priority: str(value.priority) };
        break;
      case 'zeebe:Script':
        node.script = { expression: str(value.expression) ?? '', resultVariable: str(value.resultVariable) };
        if (!node.script.expression.startsWith('=')) problem('zeebe:script expression must be a FEEL expression (start with =)');
        if (!node.script.resultVariable) problem("zeebe:script needs a 'resultVariable'");
        break;
      case 'zeebe:CalledDecision':
        node.decision = { decisionId: str(value.decisionId) ?? '', resultVariable: str(value.resultVariable) };
        if (!node.decision.decisionId) problem("zeebe:calledDecision needs a 'decisionId'");
        if (!node.decision.resultVariable) problem("zeebe:calledDecision needs a 'resultVariable'");
        break;
      case 'zeebe:CalledElement':
        node.calledElement = {
          processId: str(value.processId) ?? '',
          propagateAllChildVariables: value.propagateAllChildVariables !== false,
          propagateAllParentVariables: value.propagateAllParentVariables !== false,
        };
        if (!node.calledElement.processId) problem("zeebe:calledElement needs a 'processId'");
        break;
      case 'zeebe:LoopCharacteristics':
        // read together with bpmn:multiInstanceLoopCharacteristics by the parser
        break;
      default:
        problem(`extension element ${type} is not supported`);
    }
  }
}

function mappings(raw: unknown, problem: (message: string) => void): Mapping[] {
  return ((raw as ModdleElement[] | undefined) ?? []).map((parameter) => {
    const source = str(parameter.source) ?? '';
    const target = str(parameter.target) ?? '';
    if (!target) problem('a variable mapping needs a target');
    return { source, target };
  });
}

export function str(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}
