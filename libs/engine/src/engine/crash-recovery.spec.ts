import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedEngine } from '../index.js';
import { bpmn, chain, DATABASE_URL, serviceTask, waitFor } from '../__tests__/test-engine.js';

const CHILD = fileURLToPath(new URL('../__tests__/engine-process.child.ts', import.meta.url));
const PROCESS = bpmn(
  'crashy',
  chain(
    ['s', '<bpmn:startEvent id="s"/>'],
    ['a', serviceTask('a', 'crash-a')],
    ['wait', '<bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>'],
    ['b', serviceTask('b', 'crash-b')],
    ['e', '<bpmn:endEvent id="e"/>'],
  ),
);

function startChild(schema: string, name: string, create: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=development', CHILD, schema, name, String(create)], {
    cwd: fileURLToPath(new URL('../../../../', import.meta.url)),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`child ${name} exited with ${code}`)));
  });
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

async function count(pool: pg.Pool, sql: string, values: unknown[] = []): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(sql, values);
  return rows[0]!.n;
}

/** Checks that every instance ran exactly start, a, wait, b, end — each once — and that nothing is left behind. */
async function expectAllFinishedExactlyOnce(pool: pg.Pool, schema: string, instances: number): Promise<void> {
  const s = `"${schema}"`;
  expect(await count(pool, `select count(*)::int as n from ${s}.process_instance where state = 'COMPLETED'`)).toBe(instances);
  const { rows: paths } = await pool.query<{ path: string }>(
    `select string_agg(element_id, ',' order by position) as path from ${s}.element_instance where element_type <> 'PROCESS' group by process_instance_key`,
  );
  expect(paths).toHaveLength(instances);
  for (const { path } of paths) expect(path).toBe('s,a,wait,b,e');
  // each job completed once; no job completed twice; nothing left open or pending
  expect(await count(pool, `select count(*)::int as n from ${s}.job where state = 'COMPLETED'`)).toBe(instances * 2);
  expect(await count(pool, `select count(*)::int as n from (select job_key from ${s}.job_event where state = 'COMPLETED' group by job_key having count(*) > 1) x`)).toBe(0);
  expect(await count(pool, `select count(*)::int as n from ${s}.job where open`)).toBe(0);
  expect(await count(pool, `select count(*)::int as n from ${s}.timer`)).toBe(0);
}

describe('engine processes: crash and restart, two processes on one database', () => {
  let pool: pg.Pool;
  const schemas: string[] = [];
  const children: ChildProcess[] = [];

  async function prepare(purpose: string): Promise<string> {
    const schema = `t_${purpose}_${randomBytes(4).toString('hex')}`;
    schemas.push(schema);
    const engine = await createEmbeddedEngine({ connectionString: DATABASE_URL, schema, runScheduler: false });
    await engine.deployResources([{ name: 'crashy.bpmn', content: PROCESS }]);
    await engine.close();
    await pool.query(`create table "${schema}".handled (job_key bigint not null, worker text not null, deadline bigint not null, at bigint not null)`);
    return schema;
  }

  beforeAll(() => {
    pool = new pg.Pool({ connectionString: DATABASE_URL, max: 2 });
  });
  afterAll(async () => {
    await Promise.all(children.map((child) => stop(child, 'SIGKILL')));
    for (const schema of schemas) await pool.query(`drop schema if exists "${schema}" cascade`);
    await pool.end();
  });

  it('loses and doubles nothing when the engine is SIGKILLed with jobs in flight and timers pending', async () => {
    const schema = await prepare('crash');
    const instances = 40;
    const first = await startChild(schema, 'first', instances);
    children.push(first);
    // kill once some instances are mid-way: jobs handled, timers pending, not everything done
    await waitFor(async () => (await count(pool, `select count(*)::int as n from "${schema}".timer`)) >= 5, 20_000);
    await stop(first, 'SIGKILL');
    // a COMMIT the child sent just before it died still completes: count once its connections are gone
    await waitFor(async () => (await count(pool, `select count(*)::int as n from pg_stat_activity where application_name like $1`, [`duban-engine:${schema}%`])) === 0, 10_000);
    expect(await count(pool, `select count(*)::int as n from "${schema}".process_instance where state = 'ACTIVE'`)).toBeGreaterThan(0);
    const created = await count(pool, `select count(*)::int as n from "${schema}".process_instance`);
    const second = await startChild(schema, 'second', 0);
    children.push(second);
    await waitFor(
      async () => (await count(pool, `select count(*)::int as n from "${schema}".process_instance where state = 'ACTIVE'`)) === 0,
      45_000,
    );
    await stop(second, 'SIGTERM');
    await expectAllFinishedExactlyOnce(pool, schema, created);
  }, 90_000);

  it('leases each job to one worker at a time and fires each timer once with two engine processes', async () => {
    const schema = await prepare('twoproc');
    const [one, two] = await Promise.all([startChild(schema, 'one', 30), startChild(schema, 'two', 30)]);
    children.push(one, two);
    await waitFor(
      async () => (await count(pool, `select count(*)::int as n from "${schema}".process_instance where state = 'COMPLETED'`)) === 60,
      60_000,
    );
    // both processes worked, and no job was handed to two workers (leases of 3 s never ran out here)
    const { rows: byWorker } = await pool.query<{ worker: string }>(`select distinct worker from "${schema}".handled`);
    expect(byWorker.map((row) => row.worker).sort()).toEqual(['one', 'two']);
    expect(await count(pool, `select count(*)::int as n from (select job_key from "${schema}".handled group by job_key having count(*) > 1) x`)).toBe(0);
    await Promise.all([stop(one, 'SIGTERM'), stop(two, 'SIGTERM')]);
    await expectAllFinishedExactlyOnce(pool, schema, 60);
  }, 90_000);
});
