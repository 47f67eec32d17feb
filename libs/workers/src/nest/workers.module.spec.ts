import { randomBytes } from 'node:crypto';
import { Test } from '@nestjs/testing';
import { createEmbeddedEngine, type EmbeddedEngine } from '@duban/engine';
import { ManualClock } from '@duban/workflow';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PROCESSES_DIR } from '../__tests__/test-deps.js';
import { WORKERS_DATABASE, WorkersModule } from './workers.module.js';
import type { WorkersDatabase } from '../db/workers-database.js';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const task = (id: string, type: string, headers: Record<string, string>) =>
  `<bpmn:serviceTask id="${id}"><bpmn:extensionElements><zeebe:taskDefinition type="${type}"/><zeebe:taskHeaders>${Object.entries(headers)
    .map(([key, value]) => `<zeebe:header key="${key}" value="${value}"/>`)
    .join('')}</zeebe:taskHeaders></bpmn:extensionElements></bpmn:serviceTask>`;

const steps = [
  task('number', 'duban:number', {}),
  task('deadline', 'duban:deadline', { limit: '5wd' }),
  task('notice', 'duban:document', { template: 'assignment-notice', resultVariable: 'notice' }),
  task('notify', 'duban:notify', { template: 'assigned', unitVariable: 'leadUnit', channels: 'in-app,email' }),
];
const ids = ['start', 'number', 'deadline', 'notice', 'notify', 'end'];
const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="workers-line" isExecutable="true">
    <bpmn:startEvent id="start"/>${steps.join('')}<bpmn:endEvent id="end"/>
    ${ids.slice(1).map((id, i) => `<bpmn:sequenceFlow id="f${i}" sourceRef="${ids[i]}" targetRef="${id}"/>`).join('')}
  </bpmn:process>
</bpmn:definitions>`;

describe('WorkersModule on the embedded engine', () => {
  const schema = `t_workers_nest_${randomBytes(4).toString('hex')}`;
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 6 });
  const clock = new ManualClock(Date.parse('2026-09-28T09:00:00+08:00'));
  let engine: EmbeddedEngine;

  beforeAll(async () => {
    engine = await createEmbeddedEngine({ pool, schema: `${schema}_engine`, clock, schedulerPollMs: 50 });
  });
  afterAll(async () => {
    await engine.close();
    await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await pool.query(`DROP SCHEMA IF EXISTS ${schema}_engine CASCADE`);
    await pool.end();
  });

  it('runs a process of generic tasks for a tenant deployment and drains on shutdown', async () => {
    const app = await Test.createTestingModule({
      imports: [
        WorkersModule.forRootAsync({
          useFactory: () => ({ engine, pool, schema, clock, processesDir: TEST_PROCESSES_DIR, dispatchOutbox: false, workers: { pollInterval: 50 } }),
        }),
      ],
    }).compile();
    await app.init();
    await engine.deployResources([{ name: 'workers-line.bpmn', content: xml }], { tenantId: 'demo-county' });
    const { processInstanceKey } = await engine.createProcessInstance({
      bpmnProcessId: 'workers-line',
      tenantId: 'demo-county',
      variables: { title: '国庆前完成校舍检修', leadUnit: 'finance-bureau' },
    });
    const deadline = Date.now() + 20_000;
    while ((await engine.history.getProcessInstance(processInstanceKey))?.state !== 'COMPLETED') {
      const incidents = await engine.history.listIncidents(processInstanceKey);
      if (incidents.length > 0) throw new Error(incidents.map((i) => i.errorMessage).join('\n'));
      if (Date.now() > deadline) throw new Error('process did not complete');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await app.close();

    const variables = Object.fromEntries((await engine.history.listVariables(processInstanceKey)).map((v) => [v.name, v.value]));
    // 5 working days from Mon 2026-09-28: 09-29, 09-30, (国庆节 10-01…10-07), 10-08, 10-09, 10-10 (make-up Saturday).
    expect(variables).toMatchObject({ itemNumber: '示督〔2026〕1号', dueDateLimit: '5wd', dueDateFlagged: false });
    expect(variables).toMatchObject({ dueDateDay: '2026-10-10', dueDate: '2026-10-10T23:59:59+08:00' });
    expect(variables.notice).toMatchObject({ template: 'assignment-notice' });
    const db = app.get<WorkersDatabase>(WORKERS_DATABASE);
    const effects = await db.query<{ job_type: string; tenant_id: string }>(`SELECT job_type, tenant_id FROM job_effect ORDER BY created_at`);
    expect(effects.map((e) => e.job_type)).toEqual(['duban:number', 'duban:deadline', 'duban:document', 'duban:notify']);
    expect(new Set(effects.map((e) => e.tenant_id))).toEqual(new Set(['demo-county']));
    expect(await db.query(`SELECT person_id FROM notification`)).toEqual([{ person_id: 'p-cai-lian' }]);
  });
});
