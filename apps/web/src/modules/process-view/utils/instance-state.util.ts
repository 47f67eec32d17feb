import type { HistoryEntry } from '../api/history.api';

/** Which elements of one instance are active now and which it has completed (for the diagram's markers). */
export function instanceState(entries: HistoryEntry[], instanceKey: string): { active: string[]; completed: string[] } {
  const own = entries.filter((e) => e.processInstanceKey === instanceKey);
  const active = new Set(own.filter((e) => e.state === 'ACTIVE').map((e) => e.elementId));
  // An element visited twice (a send-back loop) and active again counts as active only.
  const completed = new Set(own.filter((e) => e.state === 'COMPLETED' && !active.has(e.elementId)).map((e) => e.elementId));
  return { active: [...active], completed: [...completed] };
}

/** What people care about in a history: the steps, not the gateways' and events' bookkeeping. */
export function visibleSteps(entries: HistoryEntry[]): HistoryEntry[] {
  return entries.filter((e) => !['SEQUENCE_FLOW', 'EXCLUSIVE_GATEWAY', 'PARALLEL_GATEWAY', 'MULTI_INSTANCE_BODY', 'PROCESS'].includes(e.type));
}
