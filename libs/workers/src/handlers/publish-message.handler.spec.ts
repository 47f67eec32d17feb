import { createEmbeddedEngine, type EmbeddedEngine } from '@duban/engine';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../__tests__/test-database.js';
import { testDeps } from '../__tests__/test-deps.js';
import { completedVariables, failureOf, testJob } from '../__tests__/test-job.js';
import { JobType } from '../job-types.js';
import { toJobHandler } from '../runtime/job-runner.js';
import { publishMessageHandler } from './publish-message.handler.js';

/** A unit's scope waiting for its own grant: correlation key `item/unit`. */
const WAITING = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="http://duban.example.org/test">
  <bpmn:message id="m" name="demo-county-granted"><bpmn:extensionElements><zeebe:subscription correlationKey="=itemId + &#34;/&#34; + unit"/></bpmn:extensionElements></bpmn:message>
  <bpmn:process id="unit-waits" isExecutable="true">
    <bpmn:startEvent id="start"/><bpmn:intermediateCatchEvent id="granted"><bpmn:messageEventDefinition messageRef="m"/></bpmn:intermediateCatchEvent><bpmn:endEvent id="end"/>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="granted"/><bpmn:sequenceFlow id="f2" sourceRef="granted" targetRef="end"/>
  </bpmn:process>
</bpmn:definitions>`;

describe('duban:publish-message', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let engine: EmbeddedEngine;
  let deps: ReturnType<typeof testDeps>;
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test', max: 4 });
  const headers = { messageName: 'demo-county-granted', correlationKeyVariable: 'grantKey', variables: 'extensionLimit, extensionOpinion' };

  beforeAll(async () => {
    database = await createTestDatabase('publish');
    engine = await createEmbeddedEngine({ pool, schema: `${database.schema}_engine`, schedulerPollMs: 50 });
    await engine.deployResources([{ name: 'unit-waits.bpmn', content: WAITING }], { tenantId: 'demo-county' });
    deps = { ...testDeps(database.db), messages: engine };
  });
  afterAll(async () => {
    await engine?.close();
    await pool.query(`DROP SCHEMA IF EXISTS ${database.schema}_engine CASCADE`);
    await pool.end();
    await database.drop();
  });

  const start = (unit: string) =>
    engine.createProcessInstance({ bpmnProcessId: 'unit-waits', tenantId: 'demo-county', variables: { itemId: 'item-1', unit } });
  const run = async (job: ReturnType<typeof testJob>) => {
    await toJobHandler(publishMessageHandler, deps)(job);
    return job;
  };

  it('reaches only the scope with the same key, with the listed variables, once for a redelivered job', async () => {
    const finance = await start('finance-bureau');
    const transport = await start('transport-bureau');
    const variables = { grantKey: 'item-1/finance-bureau', extensionLimit: '10wd', extensionOpinion: '同意', other: 'not sent' };
    const job = await run(testJob(JobType.publishMessage, headers, variables, { tenantId: 'demo-county' }));
    expect(completedVariables(job)).toEqual({ publishedMessage: { name: 'demo-county-granted', correlationKey: 'item-1/finance-bureau' } });
    await expect.poll(async () => (await engine.history.getProcessInstance(finance.processInstanceKey))?.state).toBe('COMPLETED');
    const received = Object.fromEntries((await engine.history.listVariables(finance.processInstanceKey)).map((v) => [v.name, v.value]));
    expect(received).toMatchObject({ extensionLimit: '10wd', extensionOpinion: '同意' });
    expect(received).not.toHaveProperty('other');
    expect((await engine.history.getProcessInstance(transport.processInstanceKey))?.state).toBe('ACTIVE');

    // the same job again (its first completion was lost): the engine already holds its message, nothing new is sent
    const again = await start('finance-bureau');
    const redelivered = await run(testJob(JobType.publishMessage, headers, variables, { key: job.key, tenantId: 'demo-county' }));
    expect(completedVariables(redelivered)).toEqual(completedVariables(job));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await engine.history.getProcessInstance(again.processInstanceKey))?.state).toBe('ACTIVE');
  });

  it('refuses another tenant’s message name, a missing key and a bad time to live (incident, nothing sent)', async () => {
    const foreign = await run(testJob(JobType.publishMessage, { ...headers, messageName: 'other-county-granted' }, { grantKey: 'k' }, { tenantId: 'demo-county' }));
    expect(failureOf(foreign)).toMatchObject({ retries: 0, errorMessage: expect.stringContaining('demo-county-') });
    const noKey = await run(testJob(JobType.publishMessage, headers, {}, { tenantId: 'demo-county' }));
    expect(failureOf(noKey)).toMatchObject({ retries: 0, errorMessage: expect.stringContaining('grantKey') });
    const ttl = await run(testJob(JobType.publishMessage, { ...headers, timeToLive: 'forever' }, { grantKey: 'k' }, { tenantId: 'demo-county' }));
    expect(failureOf(ttl)).toMatchObject({ retries: 0, errorMessage: expect.stringContaining('timeToLive') });
  });
});
