/** The part of a moddle element this diff reads (bpmn-moddle and bpmn-js's definitions both have it). */
export interface ModdleLike {
  $type: string;
  $descriptor: { properties: { name: string; isReference?: boolean; isMany?: boolean }[] };
  $attrs?: Record<string, unknown>;
  get: (name: string) => unknown;
  id?: string;
  [key: string]: unknown;
}

export interface ElementSnapshot {
  type: string;
  name?: string;
  props: Record<string, string>;
}

export interface PropertyChange {
  path: string;
  before?: string;
  after?: string;
}

export interface BpmnDiff {
  added: { id: string; type: string; name?: string }[];
  removed: { id: string; type: string; name?: string }[];
  changed: { id: string; type: string; name?: string; changes: PropertyChange[] }[];
}

// Structure and layout, not meaning: children are snapshotted as elements of their own; DI is drawing only.
const SKIP = new Set(['id', 'flowElements', 'incoming', 'outgoing', 'di', 'laneSets', 'artifacts', 'lanes', 'rootElements', 'diagrams']);

const isModdle = (v: unknown): v is ModdleLike => typeof v === 'object' && v !== null && '$type' in v;

/** Children of a list are keyed by what identifies them (a header's key, a mapping's target), not by position. */
function keyOf(child: ModdleLike, index: number): string {
  const k = child.id ?? (child.key as string | undefined) ?? (child.target as string | undefined);
  return k ? `${child.$type}:${k}` : `${child.$type}#${index}`;
}

function flattenProps(el: ModdleLike, prefix: string, out: Record<string, string>): void {
  for (const p of el.$descriptor.properties) {
    if (SKIP.has(p.name)) continue;
    const value = el.get(p.name);
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
    const path = prefix + p.name;
    if (p.isReference) {
      out[path] = Array.isArray(value) ? value.map((v: ModdleLike) => v.id).join(',') : String((value as ModdleLike).id);
    } else if (Array.isArray(value)) {
      value.forEach((child, i) => {
        if (isModdle(child)) flattenProps(child, `${path}[${keyOf(child, i)}].`, out);
        else out[`${path}[${i}]`] = String(child);
      });
    } else if (isModdle(value)) {
      flattenProps(value, `${path}.`, out);
    } else {
      out[path] = String(value);
    }
  }
  for (const [name, value] of Object.entries(el.$attrs ?? {})) out[`${prefix}@${name}`] = String(value);
}

/** Every element with an id under the processes (sub-processes included), with its meaning flattened. */
export function snapshotDefinitions(definitions: ModdleLike): Map<string, ElementSnapshot> {
  const out = new Map<string, ElementSnapshot>();
  const visit = (el: ModdleLike) => {
    if (el.id) {
      const props: Record<string, string> = {};
      flattenProps(el, '', props);
      out.set(el.id, { type: el.$type, name: el.get('name') as string | undefined, props });
    }
    for (const child of (el.get('flowElements') as ModdleLike[] | undefined) ?? []) visit(child);
    for (const child of (el.get('artifacts') as ModdleLike[] | undefined) ?? []) visit(child);
  };
  for (const root of (definitions.get('rootElements') as ModdleLike[]) ?? []) visit(root);
  return out;
}

/** What changed from one version to the next, element by element, property path by property path. */
export function diffDefinitions(before: ModdleLike, after: ModdleLike): BpmnDiff {
  const a = snapshotDefinitions(before);
  const b = snapshotDefinitions(after);
  const diff: BpmnDiff = { added: [], removed: [], changed: [] };
  for (const [id, el] of b) if (!a.has(id)) diff.added.push({ id, type: el.type, name: el.name });
  for (const [id, el] of a) if (!b.has(id)) diff.removed.push({ id, type: el.type, name: el.name });
  for (const [id, old] of a) {
    const now = b.get(id);
    if (!now) continue;
    const paths = [...new Set([...Object.keys(old.props), ...Object.keys(now.props)])].sort();
    const changes = paths
      .filter((p) => old.props[p] !== now.props[p])
      .map((path) => ({ path, before: old.props[path], after: now.props[path] }));
    if (old.type !== now.type) changes.unshift({ path: '$type', before: old.type, after: now.type });
    if (changes.length) diff.changed.push({ id, type: now.type, name: now.name, changes });
  }
  const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id);
  diff.added.sort(byId);
  diff.removed.sort(byId);
  diff.changed.sort(byId);
  return diff;
}
