import { systemClock } from '@duban/workflow';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createEmbeddedEngine } from '../index.js';
import { bpmn, chain, DATABASE_URL, serviceTask } from './test-engine.js';

/** Quick local probe (not the benchmark): instances/s of start → 3 service tasks → end with in-process workers. */
const total = Number(process.argv[2] ?? 2000);
const schema = `t_probe_${randomBytes(3).toString('hex')}`;
const engine = await createEmbeddedEngine({ connectionString: DATABASE_URL, schema, clock: systemClock, poolSize: Number(process.env.POOL ?? 10), synchronousCommit: process.env.SYNC !== 'off' });
await engine.deployResources([
  { name: 'p.bpmn', content: bpmn('probe', chain(['s', '<bpmn:startEvent id="s"/>'], ['a', serviceTask('a', 'ta')], ['b', serviceTask('b', 'tb')], ['c', serviceTask('c', 'tc')], ['e', '<bpmn:endEvent id="e"/>'])) },
]);
const activation: number[] = [];
const workers = ['ta', 'tb', 'tc'].map((type) =>
  engine.createWorker({ taskType: type, maxJobsToActivate: 32, pollInterval: 100, taskHandler: (job) => job.complete() }),
);
const started = Date.now();
const concurrency = 32;
let next = 0;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < total) {
      next += 1;
      await engine.createProcessInstance({ bpmnProcessId: 'probe' });
    }
  }),
);
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 1 });
for (;;) {
  const { rows } = await pool.query(`select count(*)::int as n from "${schema}".process_instance where state = 'COMPLETED'`);
  if (rows[0].n >= total) break;
  await new Promise((r) => setTimeout(r, 50));
}
const seconds = (Date.now() - started) / 1000;
console.log(JSON.stringify({ total, seconds, piPerSec: Math.round(total / seconds), activation: activation.length }));
await Promise.all(workers.map((w) => w.close()));
await engine.close();
await pool.query(`drop schema "${schema}" cascade`);
await pool.end();
