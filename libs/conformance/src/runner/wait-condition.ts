import type { WaitCondition } from '../scenario/scenario.types.js';
import { pollUntil, sleep, type PollResult } from './poll.util.js';
import { instanceKey, type RunContext } from './run-context.js';
import { pathElements, readSnapshot } from './instance-snapshot.js';

/** Polls the history until the condition holds for the instance (Zeebe's history arrives asynchronously). */
export async function waitFor(context: RunContext, condition: WaitCondition): Promise<void> {
  await pollUntil(describeCondition(condition), () => probe(context, condition), context.stepTimeoutMs);
  if (condition.holdFor) {
    await sleep(condition.holdFor);
    const after = await probe(context, condition);
    if (!after.done) throw new Error(`${describeCondition(condition)} no longer held after ${condition.holdFor} ms (saw ${after.seen})`);
  }
}

async function probe(context: RunContext, condition: WaitCondition): Promise<PollResult<void>> {
  const key = instanceKey(context, condition.instance);
  const history = context.driver.engine.history;
  const snapshot = await readSnapshot(history, key);
  if ('state' in condition) {
    const state = snapshot.instance?.state;
    return { done: state === condition.state, seen: state ?? 'no instance' };
  }
  if ('incident' in condition) {
    const found = snapshot.incidents.some(
      (i) =>
        i.state === 'ACTIVE' &&
        i.errorType === condition.incident &&
        (condition.elementId === undefined || i.elementId === condition.elementId),
    );
    return { done: found, seen: JSON.stringify(snapshot.incidents.map((i) => [i.errorType, i.elementId, i.state])) };
  }
  const [elementId, state] = 'active' in condition ? [condition.active, 'ACTIVE'] : [condition.completed, 'COMPLETED'];
  const count = pathElements(snapshot).filter((e) => e.elementId === elementId && e.state === state).length;
  const wanted = condition.count ?? 1;
  // An exact count: overshooting (a timer firing twice) must not pass as "at least".
  return { done: count === wanted, seen: `${count} ${state.toLowerCase()} ${elementId}` };
}

function describeCondition(condition: WaitCondition): string {
  if ('state' in condition) return `instance state ${condition.state}`;
  if ('incident' in condition) return `an active ${condition.incident} incident${condition.elementId ? ` on ${condition.elementId}` : ''}`;
  if ('active' in condition) return `${condition.count ?? 1} active ${condition.active}`;
  return `${condition.count ?? 1} completed ${condition.completed}`;
}
