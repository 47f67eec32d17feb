import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWorkflowError, WorkflowErrorCode } from '@duban/workflow';
import { bpmn, chain, deploy, rootVariables, startTestEngine, waitFor, type TestEngine } from '../__tests__/test-engine.js';

const message = `<bpmn:message id="m" name="paid"><bpmn:extensionElements><zeebe:subscription correlationKey="=orderId"/></bpmn:extensionElements></bpmn:message>`;

describe('messages: subscriptions, TTL buffer, de-duplication', () => {
  let t: TestEngine;
  beforeAll(async () => {
    t = await startTestEngine('messages');
    await deploy(
      t.engine,
      'pay.bpmn',
      bpmn('pay', chain(['s', '<bpmn:startEvent id="s"/>'], ['paid', '<bpmn:intermediateCatchEvent id="paid"><bpmn:messageEventDefinition messageRef="m"/></bpmn:intermediateCatchEvent>'], ['e', '<bpmn:endEvent id="e"/>']), message),
    );
  });
  afterAll(async () => t.close());

  const state = async (key: string) => (await t.engine.history.getProcessInstance(key))?.state;

  it('correlates to an open subscription by name and key', async () => {
    const created = await t.engine.createProcessInstance({ bpmnProcessId: 'pay', variables: { orderId: 'o-1' } });
    await t.engine.publishMessage({ name: 'paid', correlationKey: 'o-2', variables: { wrong: true } });
    expect(await state(created.processInstanceKey)).toBe('ACTIVE');
    await t.engine.publishMessage({ name: 'paid', correlationKey: 'o-1', variables: { amount: 3 } });
    expect(await state(created.processInstanceKey)).toBe('COMPLETED');
    expect(await rootVariables(t.engine, created.processInstanceKey)).toEqual({ orderId: 'o-1', amount: 3 });
  });

  it('buffers a message for its TTL only', async () => {
    await t.engine.publishMessage({ name: 'paid', correlationKey: 'o-3', timeToLive: 60_000, variables: { early: true } });
    const inTime = await t.engine.createProcessInstance({ bpmnProcessId: 'pay', variables: { orderId: 'o-3' } });
    expect(await state(inTime.processInstanceKey)).toBe('COMPLETED');
    await t.engine.publishMessage({ name: 'paid', correlationKey: 'o-4', timeToLive: 60_000 });
    t.clock.advance(60_000);
    const tooLate = await t.engine.createProcessInstance({ bpmnProcessId: 'pay', variables: { orderId: 'o-4' } });
    expect(await state(tooLate.processInstanceKey)).toBe('ACTIVE');
    await t.engine.cancelProcessInstance(tooLate.processInstanceKey);
  });

  it('rejects a duplicate message id while the first is buffered', async () => {
    await t.engine.publishMessage({ name: 'paid', correlationKey: 'o-5', timeToLive: 10_000, messageId: 'once' });
    const duplicate = await t.engine.publishMessage({ name: 'paid', correlationKey: 'o-5', timeToLive: 10_000, messageId: 'once' }).catch((e: unknown) => e);
    expect(isWorkflowError(duplicate, WorkflowErrorCode.AlreadyExists)).toBe(true);
    t.clock.advance(10_000);
    await waitFor(async () => {
      const { rows } = await t.pool.query(`select count(*)::int as n from "${t.schema}".message where message_id = 'once'`);
      return rows[0].n === 0;
    });
    await expect(t.engine.publishMessage({ name: 'paid', correlationKey: 'o-5', timeToLive: 10_000, messageId: 'once' })).resolves.toBeDefined();
  });
});
