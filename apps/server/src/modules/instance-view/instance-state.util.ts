import type { ElementInstanceRecord } from '@duban/workflow';

export interface InstanceState {
  activeElementIds: string[];
  completedElementIds: string[];
  /** Active elements stuck on an incident. */
  incidentElementIds: string[];
}

/**
 * Where an instance is and where it has been, by element id, for the diagram's markers. An element visited
 * again (a send-back loop) and active now counts as active only; terminated ones (an interrupted branch) as neither.
 */
export function instanceState(elements: ElementInstanceRecord[]): InstanceState {
  const own = elements.filter((e) => e.elementType !== 'PROCESS');
  const active = new Set(own.filter((e) => e.state === 'ACTIVE').map((e) => e.elementId));
  const completed = new Set(own.filter((e) => e.state === 'COMPLETED' && !active.has(e.elementId)).map((e) => e.elementId));
  const incidents = new Set(own.filter((e) => e.state === 'ACTIVE' && e.incidentKey).map((e) => e.elementId));
  return { activeElementIds: [...active], completedElementIds: [...completed], incidentElementIds: [...incidents] };
}
