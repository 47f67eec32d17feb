import type { JsonValue } from '@duban/workflow';
import type {
  ElementInstanceRow,
  IncidentRow,
  JobEventRow,
  JobRow,
  ProcessInstanceRow,
  SubscriptionRow,
  TimerRow,
  VariableRow,
} from './runtime-types.js';

/**
 * The working set of one call hierarchy during one command, with everything the command changed. Loaded under the
 * root's row lock, written back by one flush statement.
 */
export class InstanceState {
  readonly processInstances = new Map<string, ProcessInstanceRow>();
  readonly elements = new Map<string, ElementInstanceRow>();
  /** scopeKey → name → value */
  readonly variables = new Map<string, Map<string, JsonValue>>();

  readonly dirtyProcessInstances = new Set<string>();
  readonly dirtyElements = new Set<string>();
  readonly variableWrites = new Map<string, VariableRow>();
  readonly newJobs = new Map<string, JobRow>();
  readonly jobUpdates = new Map<string, JobRow>();
  readonly jobEvents: JobEventRow[] = [];
  readonly endedElements = new Set<string>();
  readonly closedEventScopes = new Set<string>();
  /** Triggers of particular catch events closed while their owner lives on (event sub-process starts). */
  readonly closedEventTriggers: { element_instance_key: string; element_id: string }[] = [];
  readonly newTimers = new Map<string, TimerRow>();
  readonly deletedTimers = new Set<string>();
  readonly newSubscriptions = new Map<string, SubscriptionRow>();
  readonly deletedSubscriptions = new Set<string>();
  readonly newIncidents = new Map<string, IncidentRow>();
  readonly resolvedIncidents = new Set<string>();
  readonly correlations: { message_key: string; process_instance_key: string; bpmn_process_id: string }[] = [];
  /** Job types with new activatable jobs (NOTIFY after commit). */
  readonly notifyTypes = new Set<string>();

  constructor(readonly rootKey: string) {}

  load(pis: ProcessInstanceRow[], eis: ElementInstanceRow[], vars: VariableRow[]): void {
    for (const pi of pis) this.processInstances.set(pi.key, pi);
    for (const ei of eis) this.elements.set(ei.key, { ...ei, data: ei.data ?? {} });
    for (const variable of vars) this.scopeVariables(variable.scope_key).set(variable.name, variable.value);
  }

  get root(): ProcessInstanceRow | undefined {
    return this.processInstances.get(this.rootKey);
  }

  nextPosition(): number {
    const root = this.root!;
    root.position += 1;
    this.dirtyProcessInstances.add(root.key);
    return root.position;
  }

  scopeVariables(scopeKey: string): Map<string, JsonValue> {
    let scope = this.variables.get(scopeKey);
    if (!scope) {
      scope = new Map();
      this.variables.set(scopeKey, scope);
    }
    return scope;
  }

  writeVariable(scopeKey: string, name: string, value: JsonValue, now: number): void {
    this.scopeVariables(scopeKey).set(name, value);
    const ei = this.elements.get(scopeKey);
    const processInstanceKey = ei?.process_instance_key ?? scopeKey;
    this.variableWrites.set(`${scopeKey}\u0000${name}`, {
      scope_key: scopeKey,
      name,
      root_key: this.rootKey,
      process_instance_key: processInstanceKey,
      value,
      updated_at: now,
    });
  }

  markElement(ei: ElementInstanceRow): void {
    this.elements.set(ei.key, ei);
    this.dirtyElements.add(ei.key);
  }

  markProcessInstance(pi: ProcessInstanceRow): void {
    this.processInstances.set(pi.key, pi);
    this.dirtyProcessInstances.add(pi.key);
  }

  activeChildren(scopeKey: string): ElementInstanceRow[] {
    const out: ElementInstanceRow[] = [];
    for (const ei of this.elements.values()) if (ei.flow_scope_key === scopeKey && ei.state === 'ACTIVE') out.push(ei);
    return out.sort((a, b) => a.position - b.position);
  }

  /** Closes the event triggers (timers, subscriptions) and open jobs of an element instance that ended. */
  endElement(key: string): void {
    this.endedElements.add(key);
    this.closeEventTriggers(key);
    for (const [jobKey, job] of this.newJobs) if (job.element_instance_key === key && job.open) this.newJobs.delete(jobKey);
    for (const [incidentKey, incident] of this.newIncidents) {
      if (incident.element_instance_key === key) this.newIncidents.delete(incidentKey);
    }
  }

  closeEventTriggers(key: string): void {
    this.closedEventScopes.add(key);
    for (const [timerKey, timer] of this.newTimers) if (timer.element_instance_key === key) this.newTimers.delete(timerKey);
    for (const [subKey, sub] of this.newSubscriptions) if (sub.element_instance_key === key) this.newSubscriptions.delete(subKey);
  }

  /** Closes the triggers of some catch events of an owner, e.g. the event sub-process starts of an interrupted scope. */
  closeTriggersOf(ownerKey: string, elementIds: string[]): void {
    const ids = new Set(elementIds);
    for (const [timerKey, timer] of this.newTimers) if (timer.element_instance_key === ownerKey && ids.has(timer.element_id)) this.newTimers.delete(timerKey);
    for (const [subKey, sub] of this.newSubscriptions) if (sub.element_instance_key === ownerKey && ids.has(sub.element_id)) this.newSubscriptions.delete(subKey);
    for (const id of ids) this.closedEventTriggers.push({ element_instance_key: ownerKey, element_id: id });
  }

  deleteSubscription(key: string): void {
    if (!this.newSubscriptions.delete(key)) this.deletedSubscriptions.add(key);
  }
}
