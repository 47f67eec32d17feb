import type { FlushChanges } from '../sql/flush-changes.sql.js';
import type { Execution } from './execution.js';
import type { ElementInstanceRow } from './runtime-types.js';

const CATCHING = new Set(['INTERMEDIATE_CATCH_EVENT', 'RECEIVE_TASK', 'EVENT_BASED_GATEWAY']);

/**
 * What the command changed, as rows for the flush. The model says which ended element instances can hold an open
 * job, own timers or subscriptions, or carry an incident, so the flush touches only the tables that can be affected.
 */
export function changesOf(exec: Execution): FlushChanges {
  const state = exec.state;
  const jobUpdates = [...state.jobUpdates.values()].filter((job) => !state.newJobs.has(job.key));
  const updatedOwners = new Set(jobUpdates.map((job) => job.element_instance_key));
  const ended = [...state.endedElements].map((key) => state.elements.get(key)).filter((ei): ei is ElementInstanceRow => ei !== undefined);
  const closedScopes = [...state.closedEventScopes].filter((key) => !state.endedElements.has(key));
  return {
    now: exec.now,
    processInstances: [...state.dirtyProcessInstances].map((key) => state.processInstances.get(key)!),
    elements: [...state.dirtyElements].map((key) => state.elements.get(key)!),
    variables: [...state.variableWrites.values()],
    newJobs: [...state.newJobs.values()].map((job) => state.jobUpdates.get(job.key) ?? job),
    jobUpdates,
    jobEvents: state.jobEvents,
    cancelJobsOf: ended.filter((ei) => !updatedOwners.has(ei.key) && mayHoldJob(exec, ei)).map((ei) => ei.key),
    closeTriggersOf: [...ended.filter((ei) => mayOwnTriggers(exec, ei)).map((ei) => ei.key), ...closedScopes],
    closedEventTriggers: state.closedEventTriggers,
    resolveIncidentsOf: ended.filter((ei) => ei.incident_key !== null).map((ei) => ei.key),
    newTimers: [...state.newTimers.values()],
    deletedTimers: [...state.deletedTimers],
    newSubscriptions: [...state.newSubscriptions.values()],
    deletedSubscriptions: [...state.deletedSubscriptions],
    newIncidents: [...state.newIncidents.values()],
    resolvedIncidents: [...state.resolvedIncidents].filter((key) => !state.newIncidents.has(key)),
    correlations: state.correlations,
    notifyTypes: [...activatableTypes(exec)],
  };
}

/**
 * Types of jobs this command made activatable: announced (NOTIFY, local wake-up) so workers poll. A new job pushed to
 * a local worker is already activated and needs no announcement.
 */
export function activatableTypes(exec: Execution): Set<string> {
  const types = new Set(exec.state.notifyTypes);
  for (const job of exec.state.newJobs.values()) if (job.open && job.state === 'CREATED' && job.retries > 0) types.add(job.type);
  return types;
}

function mayHoldJob(exec: Execution, ei: ElementInstanceRow): boolean {
  const node = exec.nodeOf(ei);
  return node.type === 'USER_TASK' || node.job !== undefined;
}

function mayOwnTriggers(exec: Execution, ei: ElementInstanceRow): boolean {
  const node = exec.nodeOf(ei);
  return node.boundaryEventIds.length > 0 || node.eventSubProcessIds.length > 0 || CATCHING.has(node.type);
}

/** The changes of several executions (disjoint call hierarchies) as one write. */
export function mergeChanges(list: FlushChanges[]): FlushChanges {
  if (list.length === 1) return list[0]!;
  const merged = { ...list[0]! } as Record<string, unknown>;
  for (const changes of list.slice(1)) {
    for (const [name, value] of Object.entries(changes)) {
      merged[name] = Array.isArray(value) ? [...(merged[name] as unknown[]), ...value] : Math.max(merged[name] as number, value as number);
    }
  }
  const result = merged as unknown as FlushChanges;
  result.notifyTypes = [...new Set(result.notifyTypes)];
  return result;
}
