import { activateCallActivity } from './call-activity.js';
import { evaluateDecisionTask, evaluateScriptTask } from './expression-tasks.js';
import type { Execution } from './execution.js';
import { failActivation, terminateElement } from './element-lifecycle.js';
import { openBoundaryTriggers, openCatchTrigger, openEventGatewayTriggers, openEventSubProcessTriggers } from './event-triggers.js';
import { throwErrorEndEvent } from './error-events.js';
import { FeelError } from './feel.js';
import { createJob } from './job-creation.js';
import { activateMultiInstanceBody } from './multi-instance.js';
import type { ElementInstanceRow } from './runtime-types.js';
import { applyMappings, setLocal, visibleVariables } from './variable-scopes.js';

/** The activating phase of every element kind (Zeebe's ELEMENT_ACTIVATING → ELEMENT_ACTIVATED). */
export async function activateElement(exec: Execution, ei: ElementInstanceRow): Promise<void> {
  if (ei.incident_key) return;
  delete ei.data.retryPhase;
  if (ei.element_type === 'MULTI_INSTANCE_BODY') return activateMultiInstanceBody(exec, ei);
  const node = exec.nodeOf(ei);
  if (node.inputs.length > 0) {
    try {
      setLocal(exec.state, ei.key, applyMappings(node.inputs, visibleVariables(exec.state, ei.key), exec.now), exec.now);
    } catch (error) {
      if (!(error instanceof FeelError)) throw error;
      return failActivation(exec, ei, 'IO_MAPPING_ERROR', error.message);
    }
  }
  if (!exec.isMultiInstanceInner(ei) && node.boundaryEventIds.length > 0) {
    if (!openBoundaryTriggers(exec, ei, node)) return;
  }
  switch (ei.element_type) {
    case 'PROCESS':
    case 'SUB_PROCESS': {
      if (!openEventSubProcessTriggers(exec, ei, node)) return;
      const model = exec.modelOf(ei);
      const startId = ei.data.startElementId ?? node.noneStartId;
      delete ei.data.startElementId;
      const start = startId ? model.nodes.get(startId) : undefined;
      if (start) exec.enterElement(start, ei, { eventVariables: ei.data.eventVariables });
      delete ei.data.eventVariables;
      exec.touch(ei);
      return;
    }
    case 'EVENT_SUB_PROCESS': {
      const start = exec.modelOf(ei).nodes.get(node.startEventId!)!;
      exec.enterElement(start, ei, { eventVariables: ei.data.eventVariables, eventVariablesLocal: ei.data.eventVariablesLocal });
      delete ei.data.eventVariables;
      delete ei.data.eventVariablesLocal;
      exec.touch(ei);
      return;
    }
    case 'SERVICE_TASK':
    case 'SEND_TASK':
    case 'USER_TASK':
      return createJob(exec, ei, node);
    case 'SCRIPT_TASK':
      return node.script ? evaluateScriptTask(exec, ei, node) : createJob(exec, ei, node);
    case 'BUSINESS_RULE_TASK':
      return node.decision ? evaluateDecisionTask(exec, ei, node) : createJob(exec, ei, node);
    case 'CALL_ACTIVITY':
      return activateCallActivity(exec, ei, node);
    case 'RECEIVE_TASK':
    case 'INTERMEDIATE_CATCH_EVENT':
      if (ei.data.triggered) return exec.schedule('complete', ei);
      openCatchTrigger(exec, ei, node);
      return;
    case 'EVENT_BASED_GATEWAY':
      openEventGatewayTriggers(exec, ei, node);
      return;
    case 'INTERMEDIATE_THROW_EVENT':
    case 'END_EVENT':
      if (node.event?.kind === 'message') return createJob(exec, ei, node);
      if (node.event?.kind === 'error') return throwErrorEndEvent(exec, ei, node);
      if (node.event?.kind === 'terminate') {
        const scope = exec.element(ei.flow_scope_key);
        if (scope) for (const sibling of exec.state.activeChildren(scope.key)) if (sibling.key !== ei.key) terminateElement(exec, sibling);
        if (scope?.data.joins) {
          delete scope.data.joins;
          exec.touch(scope);
        }
      }
      return exec.schedule('complete', ei);
    default:
      // start events, boundary events, gateways, manual and undefined tasks pass straight through
      return exec.schedule('complete', ei);
  }
}
