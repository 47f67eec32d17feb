import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { createRequire } from 'node:module';
import { WorkflowError, WorkflowErrorCode, type DeploymentProblem } from '@duban/workflow';
import type { FlowNodeModel, ProcessModel } from './model-types.js';
import { readFlowNode } from './flow-node-reader.js';
import { validateProcess } from './model-validator.js';
import { computeReachability } from './reachability.js';
import { assertWellFormedSafeXml } from '../xml/safe-xml.js';

const require = createRequire(import.meta.url);
const zeebeSchema = require('zeebe-bpmn-moddle/resources/zeebe.json') as Record<string, unknown>;

/** Parses and validates a BPMN resource; throws DEPLOYMENT_REJECTED listing every problem with its element id. */
export async function parseBpmn(xml: string, resourceName: string): Promise<ProcessModel[]> {
  assertWellFormedSafeXml(xml, resourceName);
  const moddle = new BpmnModdle({ zeebe: zeebeSchema });
  let parsed: Awaited<ReturnType<BpmnModdle['fromXML']>>;
  try {
    parsed = await moddle.fromXML(xml);
  } catch (error) {
    throw rejected(resourceName, [{ resourceName, message: cleanMessage((error as Error).message), ...position((error as Error).message, xml) }]);
  }
  const problems: DeploymentProblem[] = parsed.warnings.map((warning) => ({
    resourceName,
    message: cleanMessage(warning.message),
    ...position(warning.message, xml),
  }));
  const rootElements = (parsed.rootElement.rootElements as ModdleElement[] | undefined) ?? [];
  const processes = rootElements.filter((element) => element.$type === 'bpmn:Process' && element.isExecutable !== false);
  if (processes.length === 0) problems.push({ resourceName, message: 'the resource contains no executable process' });
  const models = processes.map((process) => buildProcess(process, (elementId, message) => problems.push({ resourceName, elementId, message: `${elementId}: ${message}` })));
  if (problems.length > 0) throw rejected(resourceName, problems);
  return models;
}

function buildProcess(process: ModdleElement, problem: (elementId: string, message: string) => void): ProcessModel {
  const bpmnProcessId = process.id ?? '';
  const nodes = new Map<string, FlowNodeModel>();
  const root: FlowNodeModel = {
    id: bpmnProcessId,
    type: 'PROCESS',
    scopeId: '',
    incoming: [],
    outgoing: [],
    declaredFlows: { incoming: 0, outgoing: 0 },
    interrupting: true,
    boundaryEventIds: [],
    inputs: [],
    eventSubProcessIds: [],
  };
  readContainer(process, root, nodes, problem);
  const model: ProcessModel = { bpmnProcessId, nodes, root, timerStartIds: [], messageStartIds: [] };
  for (const node of nodes.values()) {
    if (node.type === 'START_EVENT' && node.scopeId === bpmnProcessId && !node.attachedToId) {
      if (node.event?.kind === 'timer') model.timerStartIds.push(node.id);
      if (node.event?.kind === 'message') model.messageStartIds.push(node.id);
    }
  }
  validateProcess(model, problem);
  computeReachability(model);
  return model;
}

/** Reads the flow elements of a process or sub-process into `nodes`, wiring flows, boundary events and starts. */
function readContainer(
  container: ModdleElement,
  scope: FlowNodeModel,
  nodes: Map<string, FlowNodeModel>,
  problem: (elementId: string, message: string) => void,
): void {
  const elements = (container.flowElements as ModdleElement[] | undefined) ?? [];
  const flows: ModdleElement[] = [];
  for (const element of elements) {
    if (element.$type === 'bpmn:SequenceFlow') {
      flows.push(element);
      continue;
    }
    if (['bpmn:DataObjectReference', 'bpmn:DataStoreReference', 'bpmn:DataObject'].includes(element.$type)) continue;
    const node = readFlowNode(element, scope.id, (message) => problem(element.id ?? '?', message));
    if (!node) continue;
    nodes.set(node.id, node);
    if (node.type === 'SUB_PROCESS' || node.type === 'EVENT_SUB_PROCESS') {
      readContainer(element, node, nodes, problem);
      if (node.type === 'EVENT_SUB_PROCESS') scope.eventSubProcessIds.push(node.id);
    }
  }
  for (const flow of flows) {
    const sourceId = (flow.sourceRef as ModdleElement | undefined)?.id ?? '';
    const targetId = (flow.targetRef as ModdleElement | undefined)?.id ?? '';
    const body = (flow.conditionExpression as ModdleElement | undefined)?.body as string | undefined;
    const condition = body?.trim();
    const source = nodes.get(sourceId);
    const target = nodes.get(targetId);
    if (!source || !target) {
      problem(flow.id ?? '?', 'sequence flow must connect two flow nodes of the same scope');
      continue;
    }
    if (condition !== undefined && !condition.startsWith('=')) problem(flow.id ?? '?', 'a condition must be a FEEL expression starting with =');
    const model = { id: flow.id ?? '', sourceId, targetId, condition: condition?.replace(/^=/, '') };
    source.outgoing.push(model);
    target.incoming.push(model);
  }
  for (const node of nodes.values()) {
    if (node.scopeId !== scope.id) continue;
    if (node.type === 'BOUNDARY_EVENT' && node.attachedToId) nodes.get(node.attachedToId)?.boundaryEventIds.push(node.id);
    if (node.type === 'START_EVENT' && (!node.event || node.event.kind === 'none')) {
      if (scope.type === 'EVENT_SUB_PROCESS') continue;
      if (scope.noneStartId) problem(node.id, 'a scope may have only one none start event');
      scope.noneStartId = node.id;
    }
    if (node.type === 'START_EVENT' && scope.type === 'EVENT_SUB_PROCESS') {
      if (scope.startEventId) problem(node.id, 'an event sub-process has exactly one start event');
      scope.startEventId = node.id;
      scope.interrupting = node.interrupting;
      node.attachedToId = scope.id;
    }
  }
}

function rejected(resourceName: string, problems: DeploymentProblem[]): WorkflowError {
  const summary = problems.map((p) => p.message + (p.line ? ` (line ${p.line}, column ${p.column})` : '')).join('; ');
  return new WorkflowError(WorkflowErrorCode.DeploymentRejected, `部署被拒绝 / deployment rejected: ${resourceName}: ${summary}`, problems);
}

function cleanMessage(message: string): string {
  return message.split('\n')[0]!.trim() + (message.includes('nested error:') ? `: ${message.split('nested error:')[1]!.trim()}` : '');
}

/** moddle reports a character offset as `column` on `line: 0` for single-line documents; turn it into line/column. */
function position(message: string, xml: string): { line?: number; column?: number } {
  const line = /line: (\d+)/.exec(message);
  const column = /column: (\d+)/.exec(message);
  if (!line || !column) return {};
  const lineIndex = Number(line[1]);
  const lines = xml.split('\n');
  let offset = Number(column[1]);
  let current = lineIndex;
  while (current < lines.length - 1 && offset > lines[current]!.length) {
    offset -= lines[current]!.length + 1;
    current += 1;
  }
  return { line: current + 1, column: offset + 1 };
}
