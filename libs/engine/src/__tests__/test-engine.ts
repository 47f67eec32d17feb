import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ManualClock, type Job, type WorkflowEngine } from '@duban/workflow';
import { createEmbeddedEngine, type EmbeddedEngine, type EmbeddedEngineOptions } from '../index.js';

export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestEngine {
  engine: EmbeddedEngine;
  clock: ManualClock;
  schema: string;
  pool: pg.Pool;
  close(): Promise<void>;
}

/** An engine in a schema of its own on a ManualClock; close() drops the schema. */
export async function startTestEngine(purpose: string, options: Partial<EmbeddedEngineOptions> = {}): Promise<TestEngine> {
  const schema = `t_${purpose}_${randomBytes(4).toString('hex')}`;
  const clock = new ManualClock(Date.parse('2026-01-05T08:00:00Z'));
  const engine = await createEmbeddedEngine({ connectionString: DATABASE_URL, schema, clock, schedulerPollMs: 50, ...options });
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 2 });
  return {
    engine,
    clock,
    schema,
    pool,
    async close() {
      await engine.close();
      await pool.query(`drop schema if exists "${schema}" cascade`);
      await pool.end();
    },
  };
}

/** Wraps process body XML into a deployable BPMN definitions document. */
export function bpmn(processId: string, body: string, extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs_${processId}" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="${processId}" isExecutable="true">
${body}
  </bpmn:process>
${extra}
</bpmn:definitions>`;
}

export const flow = (id: string, source: string, target: string, condition?: string): string =>
  condition
    ? `<bpmn:sequenceFlow id="${id}" sourceRef="${source}" targetRef="${target}"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${condition}</bpmn:conditionExpression></bpmn:sequenceFlow>`
    : `<bpmn:sequenceFlow id="${id}" sourceRef="${source}" targetRef="${target}"/>`;

export const serviceTask = (id: string, type: string, inner = ''): string =>
  `<bpmn:serviceTask id="${id}"><bpmn:extensionElements><zeebe:taskDefinition type="${type}"/>${inner}</bpmn:extensionElements></bpmn:serviceTask>`;

/** A boundary event naming its outgoing flow with <bpmn:outgoing>, as the modeler writes it and Zeebe requires. */
export const boundary = (id: string, attachedTo: string, definition: string, outgoingFlowId: string, attributes = ''): string =>
  `<bpmn:boundaryEvent id="${id}" attachedToRef="${attachedTo}"${attributes}><bpmn:outgoing>${outgoingFlowId}</bpmn:outgoing>${definition}</bpmn:boundaryEvent>`;

/** A straight line of elements joined by flows f1, f2, … */
export function chain(...elements: [id: string, xml: string][]): string {
  const flows = elements.slice(1).map(([id], index) => flow(`f${index + 1}`, elements[index]![0], id));
  return [...elements.map(([, xml]) => xml), ...flows].join('\n');
}

export async function deploy(engine: WorkflowEngine, name: string, xml: string) {
  return engine.deployResources([{ name, content: xml }]);
}

/** Activates exactly one job of a type (polling briefly), failing the test when none comes. */
export async function takeJob(engine: WorkflowEngine, type: string, timeoutMs = 5000): Promise<Job> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const [job] = await engine.activateJobs({ type, worker: 'test', maxJobsToActivate: 1, timeout: 60_000 });
    if (job) return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no job of type ${type} within ${timeoutMs} ms`);
}

export async function waitFor<T>(probe: () => Promise<T | undefined | false>, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Element ids of completed element instances in activation order. */
export async function completedPath(engine: WorkflowEngine, processInstanceKey: string): Promise<string[]> {
  const elements = await engine.history.listElementInstances(processInstanceKey);
  return elements.filter((e) => e.state === 'COMPLETED' && e.elementType !== 'MULTI_INSTANCE_BODY').map((e) => e.elementId);
}

export async function rootVariables(engine: WorkflowEngine, processInstanceKey: string): Promise<Record<string, unknown>> {
  const variables = await engine.history.listVariables(processInstanceKey);
  return Object.fromEntries(variables.filter((v) => v.scopeKey === processInstanceKey).map((v) => [v.name, v.value]));
}

/** A fingerprint of every table the engine owns, to prove that a rejected command changed nothing. */
export async function dbFingerprint(t: TestEngine): Promise<Record<string, string>> {
  const { rows: tables } = await t.pool.query<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = $1 order by table_name`,
    [t.schema],
  );
  const out: Record<string, string> = {};
  for (const { table_name } of tables) {
    const { rows } = await t.pool.query<{ digest: string | null }>(
      `select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as digest from "${t.schema}"."${table_name}" x`,
    );
    out[table_name] = rows[0]!.digest ?? '';
  }
  return out;
}
