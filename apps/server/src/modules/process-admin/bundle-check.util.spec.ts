import { describe, expect, it } from 'vitest';
import { checkBundle } from './bundle-check.util.js';

const bpmn = (id: string) =>
  `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><bpmn:process id="${id}" isExecutable="true"><bpmn:startEvent id="s"/></bpmn:process></bpmn:definitions>`;

describe('checkBundle', () => {
  it('accepts prefixed processes and forms', () => {
    const check = checkBundle('gu', [
      { name: 'a.bpmn', content: bpmn('gu-a') },
      { name: 'f.form', content: JSON.stringify({ id: 'gu-f', components: [] }) },
    ]);
    expect(check.problems).toEqual({});
    expect(check.resources.map((r) => [r.kind, r.formId ?? r.processes?.[0].id])).toEqual([['bpmn', 'gu-a'], ['form', 'gu-f']]);
  });

  it('names each faulty resource: another tenant’s prefix, broken JSON, duplicate names', () => {
    const check = checkBundle('gu', [
      { name: 'a.bpmn', content: bpmn('xiayi-a') },
      { name: 'f.form', content: '{"id":' },
      { name: 'f.form', content: JSON.stringify({ id: 'gu-g' }) },
    ]);
    expect(Object.keys(check.problems).sort()).toEqual(['resources[0].content', 'resources[1].content', 'resources[2].content', 'resources[2].name']);
    expect(check.problems['resources[0].content'][0]).toContain('gu-');
  });
});
