import type { ModdleLike } from './bpmn-diff.util';

export interface BundleRefs {
  formIds: string[];
  decisionIds: string[];
  calledProcessIds: string[];
}

/**
 * The forms, decisions and called processes a diagram links to (zeebe:formDefinition formId,
 * zeebe:calledDecision decisionId, zeebe:calledElement processId): what a deploy bundle may need to carry.
 */
export function bundleRefs(definitions: ModdleLike): BundleRefs {
  const forms = new Set<string>();
  const decisions = new Set<string>();
  const called = new Set<string>();
  const visit = (el: unknown) => {
    if (typeof el !== 'object' || el === null) return;
    const e = el as ModdleLike;
    if (e.$type === 'zeebe:FormDefinition' && typeof e.formId === 'string' && e.formId) forms.add(e.formId);
    if (e.$type === 'zeebe:CalledDecision' && typeof e.decisionId === 'string' && e.decisionId) decisions.add(e.decisionId);
    if (e.$type === 'zeebe:CalledElement' && typeof e.processId === 'string' && e.processId && !e.processId.startsWith('=')) called.add(e.processId);
    if (!e.$descriptor) return;
    for (const p of e.$descriptor.properties) {
      if (p.isReference || p.name === 'di') continue;
      const v = e.get(p.name);
      if (Array.isArray(v)) v.forEach(visit);
      else visit(v);
    }
  };
  visit(definitions);
  return { formIds: [...forms].sort(), decisionIds: [...decisions].sort(), calledProcessIds: [...called].sort() };
}
