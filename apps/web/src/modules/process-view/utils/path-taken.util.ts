export interface FlowRef {
  id: string;
  sourceId: string;
  targetId: string;
}

/**
 * The sequence flows an instance went along. The engine's own record wins; without it, a flow counts as taken
 * when its source completed and its target was reached (completed or active) — exact for the usual
 * single-pass paths, and never marks a flow out of an element that has not finished.
 */
export function pathTaken(flows: FlowRef[], completed: string[], active: string[], recorded?: string[]): string[] {
  if (recorded && recorded.length > 0) {
    const known = new Set(flows.map((f) => f.id));
    return recorded.filter((id) => known.has(id));
  }
  const done = new Set(completed);
  const reached = new Set([...completed, ...active]);
  return flows.filter((f) => done.has(f.sourceId) && reached.has(f.targetId)).map((f) => f.id);
}
