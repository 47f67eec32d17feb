import { isDeepStrictEqual } from 'node:util';
import type { ElementPath, IncidentExpectation, InstanceExpectation } from '../scenario/scenario.types.js';
import { describeExpected, matches } from '../scenario/matchers.js';
import { pathElements, rootVariables, type InstanceSnapshot } from './instance-snapshot.js';

/** Problems found comparing one instance with its expectation; empty when it conforms. */
export function checkInstance(alias: string, key: string, snapshot: InstanceSnapshot, expected: InstanceExpectation): string[] {
  const problems: string[] = [];
  const say = (message: string) => problems.push(`${alias}: ${message}`);
  if (!snapshot.instance) return [`${alias}: instance ${key} not found in history`];
  if (snapshot.instance.state !== expected.state) say(`state ${snapshot.instance.state}, expected ${expected.state}`);

  const elements = pathElements(snapshot);
  if (expected.completed) {
    const actual = elements.filter((e) => e.state === 'COMPLETED').map((e) => e.elementId);
    const mismatch = comparePath(expected.completed, actual);
    if (mismatch) say(`completed path ${mismatch}`);
  }
  for (const [elementId, count] of Object.entries(expected.completedCounts ?? {})) {
    const actual = elements.filter((e) => e.state === 'COMPLETED' && e.elementId === elementId).length;
    if (actual !== count) say(`${elementId} completed ${actual} times, expected ${count}`);
  }
  if (expected.terminated) {
    const actual = elements.filter((e) => e.state === 'TERMINATED').map((e) => e.elementId);
    if (!sameMultiset(expected.terminated, actual)) {
      say(`terminated ${JSON.stringify(actual)}, expected ${JSON.stringify(expected.terminated)}`);
    }
  }

  const root = rootVariables(snapshot, key);
  for (const [name, value] of Object.entries(expected.variables ?? {})) {
    if (!root.has(name)) say(`variable ${name} missing, expected ${describeExpected(value)}`);
    else if (!matches(value, root.get(name))) {
      say(`variable ${name} = ${JSON.stringify(root.get(name))}, expected ${describeExpected(value)}`);
    }
  }
  for (const name of expected.absentVariables ?? []) {
    if (root.has(name)) say(`variable ${name} = ${JSON.stringify(root.get(name))} must not be in the root scope`);
  }
  for (const [elementId, variables] of Object.entries(expected.localVariables ?? {})) {
    checkLocal(snapshot, elementId, variables, say);
  }
  checkIncidents(snapshot, expected.incidents, say);
  return problems;
}

function checkLocal(snapshot: InstanceSnapshot, elementId: string, variables: Record<string, unknown>, say: (m: string) => void) {
  const scopes = snapshot.elements.filter((e) => e.elementId === elementId).map((e) => e.key);
  for (const [name, expected] of Object.entries(variables)) {
    // One scope: its value; several (multi-instance): the values in activation order.
    const values = scopes.flatMap((scope) =>
      snapshot.variables.filter((v) => v.scopeKey === scope && v.name === name).map((v) => v.value),
    );
    const actual = values.length === 1 ? values[0] : values.length === 0 ? undefined : values;
    if (!matches(expected, actual)) {
      say(`local variable ${name} on ${elementId} = ${JSON.stringify(actual)}, expected ${describeExpected(expected)}`);
    }
  }
}

function checkIncidents(snapshot: InstanceSnapshot, expected: IncidentExpectation[] | undefined, say: (m: string) => void) {
  const describe = () =>
    JSON.stringify(snapshot.incidents.map((i) => ({ errorType: i.errorType, elementId: i.elementId, state: i.state, errorMessage: i.errorMessage })));
  if (!expected) {
    if (snapshot.incidents.some((i) => i.state === 'ACTIVE')) say(`unexpected active incidents ${describe()}`);
    return;
  }
  const remaining = [...snapshot.incidents];
  for (const want of expected) {
    const index = remaining.findIndex(
      (i) =>
        i.errorType === want.errorType &&
        i.elementId === want.elementId &&
        (want.state === undefined || i.state === want.state) &&
        (want.errorMessage === undefined || matches(want.errorMessage, i.errorMessage)),
    );
    if (index < 0) say(`no incident like ${JSON.stringify(want)}; incidents ${describe()}`);
    else remaining.splice(index, 1);
  }
  if (remaining.length > 0) say(`unexpected incidents beside the expected ones: ${describe()}`);
}

/** Walks the actual ids along the expected path; groups compare as multisets. Undefined when equal. */
export function comparePath(expected: ElementPath, actual: string[]): string | undefined {
  const show = () => `${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`;
  let position = 0;
  for (const step of expected) {
    const group = typeof step === 'string' ? [step] : step;
    const slice = actual.slice(position, position + group.length);
    if (!sameMultiset(group, slice)) return show();
    position += group.length;
  }
  return position === actual.length ? undefined : show();
}

export function sameMultiset(expected: string[], actual: string[]): boolean {
  return isDeepStrictEqual([...expected].sort(), [...actual].sort());
}
