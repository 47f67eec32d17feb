// What a BPMN file refers to — forms, roles, job types and headers, called processes and decisions — for the checks.
import { allFlowElements, extensionsOf, processesOf, type ModdleElement } from './moddle.util.js';

export interface ServiceTaskFact { id: string; type: string; headers: Record<string, string> }
export interface UserTaskFact {
  id: string;
  name: string;
  formId?: string;
  assignee?: string;
  candidateGroups?: string;
  candidateUsers?: string;
  dueDate?: string;
}
export interface BpmnFacts {
  processId: string;
  elements: ModdleElement[];
  serviceTasks: ServiceTaskFact[];
  userTasks: UserTaskFact[];
  calledProcesses: { id: string; processId: string }[];
  calledDecisions: { id: string; decisionId: string }[];
  messages: { name: string; correlationKey?: string }[];
}

export function bpmnFacts(definitions: ModdleElement): BpmnFacts {
  const process = processesOf(definitions)[0];
  const elements = allFlowElements(process);
  const ext = (e: ModdleElement, type: string) => extensionsOf(e, type)[0];
  const serviceTasks = elements
    .filter((e) => e.$type === 'bpmn:ServiceTask')
    .map((e) => ({
      id: e.id,
      type: ext(e, 'zeebe:TaskDefinition')?.type ?? '',
      headers: Object.fromEntries((ext(e, 'zeebe:TaskHeaders')?.values ?? []).map((h: ModdleElement) => [h.key, h.value])),
    }));
  const userTasks = elements
    .filter((e) => e.$type === 'bpmn:UserTask')
    .map((e) => ({
      id: e.id,
      name: e.name,
      formId: ext(e, 'zeebe:FormDefinition')?.formId,
      assignee: ext(e, 'zeebe:AssignmentDefinition')?.assignee,
      candidateGroups: ext(e, 'zeebe:AssignmentDefinition')?.candidateGroups,
      candidateUsers: ext(e, 'zeebe:AssignmentDefinition')?.candidateUsers,
      dueDate: ext(e, 'zeebe:TaskSchedule')?.dueDate,
    }));
  const calledProcesses = elements
    .filter((e) => e.$type === 'bpmn:CallActivity')
    .map((e) => ({ id: e.id, processId: ext(e, 'zeebe:CalledElement')?.processId }));
  const calledDecisions = elements
    .filter((e) => e.$type === 'bpmn:BusinessRuleTask')
    .map((e) => ({ id: e.id, decisionId: ext(e, 'zeebe:CalledDecision')?.decisionId }));
  const messages = (definitions.rootElements ?? [])
    .filter((e: ModdleElement) => e.$type === 'bpmn:Message')
    .map((m: ModdleElement) => ({ name: m.name, correlationKey: ext(m, 'zeebe:Subscription')?.correlationKey }));
  return { processId: process.id, elements, serviceTasks, userTasks, calledProcesses, calledDecisions, messages };
}

/**
 * Role codes named by a candidate-groups value. A group is `<role>` (anyone holding the role) or `<role>@<unit>`
 * (holders of the role in that unit). Static values are comma-separated; FEEL values are read for their string
 * literals, e.g. `=["unit-contact@" + unit]` names the role `unit-contact` scoped to the unit in variable `unit`.
 */
export function rolesInGroups(value: string): { role: string; unit?: string }[] {
  const groups = value.startsWith('=')
    ? [...value.matchAll(/"([^"]*)"/g)].map((m) => m[1])
    : value.split(',').map((s) => s.trim());
  return groups
    .filter((g) => g.length > 0)
    .map((g) => {
      const [role, unit] = g.split('@');
      return unit ? { role, unit } : { role };
    });
}
