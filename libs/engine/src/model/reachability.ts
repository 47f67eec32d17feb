import type { ProcessModel } from './model-types.js';

/**
 * For every node, the nodes of the same scope from which it can be reached along sequence flows. An inclusive join
 * waits for an untaken incoming flow only while some active element can still reach that flow's source.
 */
export function computeReachability(model: ProcessModel): void {
  for (const node of model.nodes.values()) {
    const reachable = new Set<string>();
    const stack = node.incoming.map((flow) => flow.sourceId);
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (reachable.has(id)) continue;
      reachable.add(id);
      const source = model.nodes.get(id);
      if (!source) continue;
      for (const flow of source.incoming) stack.push(flow.sourceId);
      // a token inside an activity can leave it through its boundary events
      for (const boundaryId of source.boundaryEventIds) stack.push(boundaryId);
      if (source.type === 'BOUNDARY_EVENT' && source.attachedToId) stack.push(source.attachedToId);
    }
    node.reachableFrom = reachable;
  }
}
