import { readFile } from 'node:fs/promises';
import { BpmnModdle } from 'bpmn-moddle';
import zeebe from 'zeebe-bpmn-moddle/resources/zeebe.json';
import { describe, expect, it } from 'vitest';
import { diffDefinitions, type ModdleLike } from './bpmn-diff.util';
import { bundleRefs } from './bundle-refs.util';

const moddle = new BpmnModdle({ zeebe });
const parse = async (xml: string) => (await moddle.fromXML(xml)).rootElement as unknown as ModdleLike;

const fixture = (limit: string, extra = '') => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
  <bpmn:process id="p" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="deadline" />
    <bpmn:serviceTask id="deadline" name="反馈时限">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="duban:deadline" />
        <zeebe:taskHeaders>
          <zeebe:header key="limitVariable" value="unitLimit" />
          <zeebe:header key="limit" value="${limit}" />
        </zeebe:taskHeaders>
      </bpmn:extensionElements>
    </bpmn:serviceTask>
    <bpmn:userTask id="handle" name="办理">
      <bpmn:extensionElements><zeebe:formDefinition formId="gu-report" /></bpmn:extensionElements>
    </bpmn:userTask>
    ${extra}
  </bpmn:process>
</bpmn:definitions>`;

describe('diffDefinitions', () => {
  it('names the changed header by its key, with before and after', async () => {
    const diff = diffDefinitions(await parse(fixture('7d')), await parse(fixture('5d')));
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([
      {
        id: 'deadline',
        type: 'bpmn:ServiceTask',
        name: '反馈时限',
        changes: [
          { path: 'extensionElements.values[zeebe:TaskHeaders#1].values[zeebe:Header:limit].value', before: '7d', after: '5d' },
        ],
      },
    ]);
  });

  it('reports added and removed elements, and nothing for an identical version', async () => {
    const v1 = await parse(fixture('7d'));
    const v2 = await parse(fixture('7d', '<bpmn:endEvent id="end" name="结束" />'));
    expect(diffDefinitions(v1, v2)).toEqual({ added: [{ id: 'end', type: 'bpmn:EndEvent', name: '结束' }], removed: [], changed: [] });
    expect(diffDefinitions(v2, v1).removed.map((r) => r.id)).toEqual(['end']);
    expect(diffDefinitions(v1, await parse(fixture('7d')))).toEqual({ added: [], removed: [], changed: [] });
  });

  it('reads a real county procedure: its forms, decision and called process', async () => {
    const xml = await readFile(new URL('../../../../../../processes/gu/gu-supervision-item.bpmn', import.meta.url), 'utf8');
    const refs = bundleRefs(await parse(xml));
    expect(refs.formIds).toContain('gu-register');
    expect(refs.decisionIds).toEqual(['gu-time-limit']);
    expect(refs.calledProcessIds).toContain('gu-unit-handling');
  });
});
