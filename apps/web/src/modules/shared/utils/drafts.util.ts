/**
 * Form and decision drafts edited in the browser, waiting to be deployed with a process (the modeler's deploy
 * bundle picks them up). Kept in localStorage per tenant so a reload does not lose an afternoon's work.
 */
export type DraftKind = 'form' | 'dmn' | 'bpmn';

export interface Draft {
  kind: DraftKind;
  /** formId, decision definitions id, or bpmnProcessId. */
  id: string;
  /** File name used in the deployment (`<id>.form`, `<id>.dmn`, `<id>.bpmn`). */
  name: string;
  content: string;
  savedAt: string;
}

const EXT: Record<DraftKind, string> = { form: 'form', dmn: 'dmn', bpmn: 'bpmn' };

export function draftsKey(tenantId: string): string {
  return `duban.drafts.${tenantId}`;
}

export function readDrafts(storage: Pick<Storage, 'getItem'>, tenantId: string): Draft[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(draftsKey(tenantId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isDraft) : [];
  } catch {
    return []; // a corrupt entry must not break the editors
  }
}

export function saveDraft(storage: Pick<Storage, 'getItem' | 'setItem'>, tenantId: string, kind: DraftKind, id: string, content: string, now = new Date()): Draft {
  const draft: Draft = { kind, id, name: `${id}.${EXT[kind]}`, content, savedAt: now.toISOString() };
  const others = readDrafts(storage, tenantId).filter((d) => !(d.kind === kind && d.id === id));
  storage.setItem(draftsKey(tenantId), JSON.stringify([...others, draft]));
  return draft;
}

export function removeDrafts(storage: Pick<Storage, 'getItem' | 'setItem'>, tenantId: string, names: string[]): void {
  const keep = readDrafts(storage, tenantId).filter((d) => !names.includes(d.name));
  storage.setItem(draftsKey(tenantId), JSON.stringify(keep));
}

function isDraft(value: unknown): value is Draft {
  const d = value as Draft;
  return !!d && typeof d.id === 'string' && typeof d.content === 'string' && typeof d.name === 'string' && ['form', 'dmn', 'bpmn'].includes(d.kind);
}
