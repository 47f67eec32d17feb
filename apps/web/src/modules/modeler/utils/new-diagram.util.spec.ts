import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { executableProcessId, newDiagramXml } from './new-diagram.util';

describe('newDiagramXml', () => {
  it('parses, is executable on Camunda 8, and escapes the name', async () => {
    const { rootElement, warnings } = await new BpmnModdle().fromXML(newDiagramXml('p-new', '信访 <转办> & "督办"'));
    expect(warnings).toEqual([]);
    const definitions = rootElement as { get: (n: string) => unknown; $attrs: Record<string, string> };
    expect(executableProcessId(definitions)).toBe('p-new');
    expect(definitions.$attrs['modeler:executionPlatform']).toBe('Camunda Cloud');
    const process = (definitions.get('rootElements') as { name: string }[])[0];
    expect(process.name).toBe('信访 <转办> & "督办"');
  });
});
