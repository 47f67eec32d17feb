import type { JsonValue } from '@duban/workflow';
import type { Mapping } from '../model/model-types.js';
import { evalFeel } from './feel.js';
import type { InstanceState } from './instance-state.js';

/**
 * Zeebe's variable scoping: every element instance is a scope, nested by flow scope up to the process instance.
 * Reads see the nearest definition; propagating writes go to the nearest scope that has the name, else the
 * process instance (root) scope. A called process is a new hierarchy of scopes: nothing is visible across.
 */
export function scopeChain(state: InstanceState, scopeKey: string): string[] {
  const chain: string[] = [];
  let current: string | null | undefined = scopeKey;
  while (current) {
    chain.push(current);
    const ei = state.elements.get(current);
    if (!ei || ei.element_type === 'PROCESS') break;
    current = ei.flow_scope_key;
  }
  return chain;
}

/** All variables visible from a scope, nearest winning. */
export function visibleVariables(state: InstanceState, scopeKey: string): Record<string, JsonValue> {
  const chain = scopeChain(state, scopeKey);
  const context: Record<string, JsonValue> = {};
  for (let index = chain.length - 1; index >= 0; index -= 1) {
    const scope = state.variables.get(chain[index]!);
    if (scope) for (const [name, value] of scope) context[name] = value;
  }
  return context;
}

export function setLocal(state: InstanceState, scopeKey: string, variables: Record<string, JsonValue>, now: number): void {
  for (const [name, value] of Object.entries(variables)) state.writeVariable(scopeKey, name, value, now);
}

export function propagate(state: InstanceState, fromScopeKey: string, variables: Record<string, JsonValue>, now: number): void {
  const chain = scopeChain(state, fromScopeKey);
  const root = chain[chain.length - 1]!;
  for (const [name, value] of Object.entries(variables)) {
    const target = chain.find((key) => state.variables.get(key)?.has(name)) ?? root;
    state.writeVariable(target, name, value, now);
  }
}

/**
 * Evaluates mappings in order against `context`; a target path `a.b` merges into the object `a` (from earlier results,
 * else from the context). Throws FeelError for a failing source.
 */
export function applyMappings(mappings: Mapping[], context: Record<string, JsonValue>, now: number): Record<string, JsonValue> {
  const results: Record<string, JsonValue> = {};
  for (const mapping of mappings) {
    // a source without `=` is a static string, as in Zeebe (only input mappings may be static)
    const value = mapping.source.startsWith('=') ? evalFeel(mapping.source.slice(1), { ...context, ...results }, now) : mapping.source;
    const [head, ...rest] = mapping.target.split('.');
    if (rest.length === 0) {
      results[head!] = value;
      continue;
    }
    const existing = results[head!] ?? context[head!];
    results[head!] = setPath(isObject(existing) ? structuredClone(existing) : {}, rest, value);
  }
  return results;
}

function setPath(object: { [key: string]: JsonValue }, path: string[], value: JsonValue): { [key: string]: JsonValue } {
  const [head, ...rest] = path;
  if (rest.length === 0) object[head!] = value;
  else {
    const child = object[head!];
    object[head!] = setPath(isObject(child) ? child : {}, rest, value);
  }
  return object;
}

function isObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
