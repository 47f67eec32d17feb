import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import { WORKFLOW_ENGINE } from '@duban/engine-host';
import type { WorkflowEngine } from '@duban/workflow';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PG_POOL } from './platform/database-pool.module.js';
import { ConfigurationError, loadWorkerConfig } from './platform/worker-config.js';
import { WorkerModule } from './worker.module.js';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PROCESSES = path.join(path.dirname(fileURLToPath(import.meta.url)), '__tests__', 'processes');
const TENANT = 'sample-county';

/** 立项 in miniature: a number, then a five-working-day limit from a start date — two generic duban:* jobs. */
const BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="http://duban.example.org/test">
  <bpmn:process id="worker-line" isExecutable="true">
    <bpmn:startEvent id="start"/>
    <bpmn:serviceTask id="number"><bpmn:extensionElements><zeebe:taskDefinition type="duban:number"/></bpmn:extensionElements></bpmn:serviceTask>
    <bpmn:serviceTask id="deadline"><bpmn:extensionElements><zeebe:taskDefinition type="duban:deadline"/>
      <zeebe:taskHeaders><zeebe:header key="limit" value="5wd"/><zeebe:header key="from" value="assignedOn"/></zeebe:taskHeaders>
    </bpmn:extensionElements></bpmn:serviceTask>
    <bpmn:endEvent id="end"/>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="number"/>
    <bpmn:sequenceFlow id="f2" sourceRef="number" targetRef="deadline"/>
    <bpmn:sequenceFlow id="f3" sourceRef="deadline" targetRef="end"/>
  </bpmn:process>
</bpmn:definitions>`;

async function completed(engine: WorkflowEngine, key: string): Promise<Record<string, unknown>> {
  const until = Date.now() + 20_000;
  while ((await engine.history.getProcessInstance(key))?.state !== 'COMPLETED') {
    const incidents = await engine.history.listIncidents(key);
    if (incidents.length > 0) throw new Error(incidents.map((i) => i.errorMessage).join('\n'));
    if (Date.now() > until) throw new Error('the process did not complete');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Object.fromEntries((await engine.history.listVariables(key)).filter((v) => v.scopeKey === key).map((v) => [v.name, v.value]));
}

describe('worker process', () => {
  const schema = `t_worker_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Pool({ connectionString: DATABASE_URL, max: 1 });
  afterAll(async () => {
    for (const suffix of ['_engine', '_workers']) await admin.query(`DROP SCHEMA IF EXISTS "${schema}${suffix}" CASCADE`);
    await admin.end();
  });

  it('boots on DATABASE_URL with the embedded engine, completes duban:* jobs of a deployed process, closes on shutdown', async () => {
    const config = loadWorkerConfig({ DATABASE_URL, DUBAN_DB_SCHEMA: schema, DUBAN_PROCESSES_DIR: PROCESSES });
    expect(config.engine).toBe('embedded');
    const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false, abortOnError: false });
    const engine = app.get<WorkflowEngine>(WORKFLOW_ENGINE);
    const pool = app.get<pg.Pool>(PG_POOL);
    try {
      // As apps/server would: deploy for the tenant, start an instance; this process does the automatic steps.
      await engine.deployResources([{ name: 'worker-line.bpmn', content: BPMN }], { tenantId: TENANT });
      const { processInstanceKey } = await engine.createProcessInstance({
        bpmnProcessId: 'worker-line',
        tenantId: TENANT,
        variables: { title: '校舍检修', assignedOn: '2026-09-28' },
      });
      const variables = await completed(engine, processInstanceKey);
      expect(variables.itemNumber).toMatch(/^样督〔\d{4}〕1号$/);
      // 5 working days from Mon 2026-09-28 across 国庆节 (10-01…10-07) and its make-up Saturday 10-10.
      expect(variables).toMatchObject({ dueDateDay: '2026-10-10', dueDateFlagged: false });
      // The effects are in the schema apps/server reads (`<schema>_workers`), once per job.
      const { rows } = await admin.query(`SELECT job_type, tenant_id FROM "${schema}_workers".job_effect ORDER BY created_at`);
      expect(rows).toEqual([
        { job_type: 'duban:number', tenant_id: TENANT },
        { job_type: 'duban:deadline', tenant_id: TENANT },
      ]);
      const tables = await admin.query(`SELECT 1 FROM information_schema.tables WHERE table_schema = $1 LIMIT 1`, [`${schema}_engine`]);
      expect(tables.rowCount).toBe(1);
    } finally {
      await app.close();
    }
    expect(pool.ended).toBe(true);
  });

  it('refuses to boot when the database cannot be reached', async () => {
    const config = loadWorkerConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
    await expect(
      NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false, abortOnError: false }),
    ).rejects.toThrow(/cannot reach the database/);
  });

  it('requires DATABASE_URL and names bad engine settings', () => {
    expect(() => loadWorkerConfig({})).toThrow(ConfigurationError);
    expect(() => loadWorkerConfig({})).toThrow(/DATABASE_URL is required/);
    expect(() => loadWorkerConfig({ DATABASE_URL, DUBAN_ENGINE: 'camunda7' })).toThrow(/DUBAN_ENGINE must be one of/);
    expect(() => loadWorkerConfig({ DATABASE_URL, DUBAN_DB_SCHEMA: 'Bad Schema' })).toThrow(/DUBAN_DB_SCHEMA must be a lower-case SQL identifier/);
  });

  it('reads the Zeebe settings the same way as the server', () => {
    const config = loadWorkerConfig({ DATABASE_URL, DUBAN_ENGINE: 'zeebe', ZEEBE_ADDRESS: 'zeebe-gateway:26500', ZEEBE_MULTI_TENANCY: 'true' }, '/app');
    expect(config).toMatchObject({
      engine: 'zeebe',
      databaseSchema: 'duban',
      processesDir: '/app/processes',
      zeebe: { grpcAddress: 'zeebe-gateway:26500', multiTenancy: true },
    });
  });
});
