import { describe, expect, it } from 'vitest';
import { checkStartAt } from '../driver/engine-under-test.js';
import { timerStartedProcesses } from './broker-takeover.js';
import { loadDriver } from './load-driver.js';

const bpmn = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">${body}</bpmn:definitions>`;

describe('driver options', () => {
  it('accepts a start instant only with the manual clock', () => {
    expect(checkStartAt({ clock: 'manual' })).toBeUndefined();
    expect(checkStartAt({ clock: 'manual', startAt: 1_790_000_000_000 })).toBe(1_790_000_000_000);
    expect(() => checkStartAt({ clock: 'system', startAt: 1_790_000_000_000 })).toThrow(/clock: manual/);
    expect(() => checkStartAt({ clock: 'manual', startAt: Number.NaN })).toThrow(/not an instant/);
  });

  it('starts the embedded engine at the given instant and moves only that clock', async () => {
    const startAt = Date.parse('2026-09-30T09:00:00+08:00');
    const driver = await loadDriver('embedded', { clock: 'manual', startAt });
    try {
      expect(driver.clock.now()).toBe(startAt);
      await driver.advanceClock(24 * 3_600_000);
      expect(driver.clock.now()).toBe(startAt + 24 * 3_600_000);
    } finally {
      await driver.close();
    }
  });
});

describe('timer start events a dated Zeebe run retires', () => {
  it('finds processes whose start event (top level or event sub-process) is a timer', () => {
    const xml = bpmn(`
      <bpmn:process id="cycle" isExecutable="true">
        <bpmn:startEvent id="s" name="quarterly"><bpmn:timerEventDefinition><bpmn:timeCycle>0 0 1 5 1,4,7,10 *</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
      </bpmn:process>
      <bpmn:process id="plain" isExecutable="true"><bpmn:startEvent id="s" /><bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition /></bpmn:intermediateCatchEvent></bpmn:process>
      <bpmn:process id="sub" isExecutable="true"><bpmn:startEvent id="s" />
        <bpmn:subProcess id="es" triggeredByEvent="true"><bpmn:startEvent id="t"><bpmn:timerEventDefinition /></bpmn:startEvent></bpmn:subProcess>
      </bpmn:process>`);
    expect(timerStartedProcesses({ name: 'many.bpmn', content: Buffer.from(xml) })).toEqual(['cycle', 'sub']);
    expect(timerStartedProcesses({ name: 'form.form', content: '{"id":"x"}' })).toEqual([]);
  });
});
