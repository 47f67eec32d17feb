import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { systemClock } from '@duban/workflow';
import { createEmbeddedEngine } from '../index.js';
import { bpmn, chain, DATABASE_URL, serviceTask } from './test-engine.js';

/**
 * Local probe (the benchmark is `npm run bench:engine`): start → 3 service tasks → end with in-process workers.
 * Prints instances/s and the CPU milliseconds per instance spent in this process and in its PostgreSQL backends,
 * which stay meaningful on a machine shared with other work (still: compare runs made one after the other). Connections
 * are warmed up first; progress is watched on a connection of its own that is not counted.
 * Usage: tsx … throughput-probe.ts [instances]
 */
const total = Number(process.argv[2] ?? 2000);
const schema = `t_probe_${randomBytes(3).toString('hex')}`;
const poolSize = Number(process.env.POOL ?? 10);
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: poolSize, application_name: `duban-engine:${schema}:probe` });
const monitor = new pg.Client({ connectionString: DATABASE_URL });
await monitor.connect();
const engine = await createEmbeddedEngine({ pool, schema, clock: systemClock, synchronousCommit: process.env.SYNC !== 'off' });
await engine.deployResources([
  { name: 'p.bpmn', content: bpmn('probe', chain(['s', '<bpmn:startEvent id="s"/>'], ['a', serviceTask('a', 'ta')], ['b', serviceTask('b', 'tb')], ['c', serviceTask('c', 'tc')], ['e', '<bpmn:endEvent id="e"/>'])) },
]);
const workers = ['ta', 'tb', 'tc'].map((type) =>
  engine.createWorker({ taskType: type, maxJobsToActivate: 32, pollInterval: 100, taskHandler: (job) => job.complete() }),
);
const completed = async (): Promise<number> =>
  (await monitor.query(`select count(*)::int as n from "${schema}".process_instance where state = 'COMPLETED'`)).rows[0].n as number;

async function run(count: number, concurrency = 32): Promise<void> {
  const target = (await completed()) + count;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next += 1;
        await engine.createProcessInstance({ bpmnProcessId: 'probe' });
      }
    }),
  );
  while ((await completed()) < target) await new Promise((resolve) => setTimeout(resolve, 50));
}

// warm up: every connection open and every statement prepared before measuring
await run(Math.min(300, total));
const { rows } = await monitor.query(`select pid from pg_stat_activity where application_name like $1`, [`duban-engine:${schema}%`]);
const backends = rows.map((row) => row.pid as number);
const ticks = (pid: number): number => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
};
const pgTicks = (): number => backends.reduce((sum, pid) => sum + ticks(pid), 0);
const cpuBefore = process.cpuUsage();
const pgBefore = pgTicks();
const started = Date.now();
await run(total);
const seconds = (Date.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const pgMs = ((pgTicks() - pgBefore) * 10) / total;
console.log(
  JSON.stringify({ total, seconds, piPerSec: Math.round(total / seconds), nodeCpuMsPerPi: +((cpu.user + cpu.system) / 1000 / total).toFixed(2), pgCpuMsPerPi: +pgMs.toFixed(2), backends: backends.length }),
);
await Promise.all(workers.map((worker) => worker.close()));
await engine.close();
await monitor.query(`drop schema "${schema}" cascade`);
await monitor.end();
await pool.end();
