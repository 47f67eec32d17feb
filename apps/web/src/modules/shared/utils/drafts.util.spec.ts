import { describe, expect, it } from 'vitest';
import { readDrafts, removeDrafts, saveDraft } from './drafts.util';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('drafts', () => {
  it('keeps one draft per kind and id, per tenant', () => {
    const s = memoryStorage();
    saveDraft(s, 't1', 'form', 'gu-report', '{"v":1}');
    saveDraft(s, 't1', 'form', 'gu-report', '{"v":2}');
    saveDraft(s, 't1', 'dmn', 'gu-time-limit', '<definitions/>');
    saveDraft(s, 't2', 'form', 'gu-report', '{"other":true}');
    const drafts = readDrafts(s, 't1');
    expect(drafts.map((d) => [d.name, d.content])).toEqual([
      ['gu-report.form', '{"v":2}'],
      ['gu-time-limit.dmn', '<definitions/>'],
    ]);
  });

  it('drops deployed drafts by file name', () => {
    const s = memoryStorage();
    saveDraft(s, 't1', 'form', 'a', '{}');
    saveDraft(s, 't1', 'form', 'b', '{}');
    removeDrafts(s, 't1', ['a.form']);
    expect(readDrafts(s, 't1').map((d) => d.id)).toEqual(['b']);
  });

  it('survives a corrupt entry', () => {
    const s = memoryStorage();
    s.setItem('duban.drafts.t1', '{not json');
    expect(readDrafts(s, 't1')).toEqual([]);
    s.setItem('duban.drafts.t1', JSON.stringify([{ kind: 'form', id: 'x', name: 'x.form', content: '{}' }, { junk: 1 }]));
    expect(readDrafts(s, 't1').map((d) => d.id)).toEqual(['x']);
  });
});
