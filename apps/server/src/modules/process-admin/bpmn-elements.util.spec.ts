import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBpmnProcesses, readDmnIds } from './bpmn-elements.util.js';

const processes = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../processes');

describe('readBpmnProcesses', () => {
  it('names every element, nested sub-processes and boundary events included, with entities decoded', () => {
    const xml = `<?xml version="1.0"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
      <bpmn:process id="p1" name="督办 &amp; 反馈" isExecutable="true">
        <bpmn:startEvent id="s"/><bpmn:userTask id="t1" name="审核&#34;清单&#34;"><bpmn:incoming>f</bpmn:incoming></bpmn:userTask>
        <bpmn:subProcess id="sub"><bpmn:userTask id="inner" name="内部"/></bpmn:subProcess>
        <bpmn:boundaryEvent id="late" name="逾期" attachedToRef="t1"/>
      </bpmn:process></bpmn:definitions>`;
    const [process] = readBpmnProcesses(xml);
    expect(process).toMatchObject({ id: 'p1', name: '督办 & 反馈' });
    expect(process.elements.t1).toEqual({ name: '审核"清单"', type: 'userTask' });
    expect(process.elements.inner).toEqual({ name: '内部', type: 'userTask' });
    expect(process.elements.late.type).toBe('boundaryEvent');
    expect(process.elements.s).toEqual({ name: null, type: 'startEvent' });
  });

  it('reads a real tenant process and decision table', () => {
    const [process] = readBpmnProcesses(readFileSync(path.join(processes, 'gu/gu-unit-handling.bpmn'), 'utf8'));
    expect(process.id).toBe('gu-unit-handling');
    expect(process.elements.feedback).toEqual({ name: '向县政府书面反馈办理情况（7日内）', type: 'userTask' });
    expect(readDmnIds(readFileSync(path.join(processes, 'gu/gu-time-limit.dmn'), 'utf8')).decisions).toContain('gu-time-limit');
  });

  it('refuses what is not BPMN', () => {
    expect(() => readBpmnProcesses('<html/>')).toThrow(/not a BPMN file/);
  });
});
