import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { systemClock } from '@duban/workflow';
import { createEmbeddedEngine } from '../index.js';
import { bpmn, chain, DATABASE_URL, serviceTask } from './test-engine.js';

/**
 * Local probe (the benchmark is `npm run bench:engine`): start → 3 service tasks → end with in-process workers.
 * Prints instances/s and the CPU milliseconds per instance spent in this process and in its PostgreSQL backends,
 * which stay meaningful on a machine shared with other work. Usage: tsx … throughput-probe.ts [instances]
 */
const total = Number(process.argv[2] ?? 2000);
const schema = `t_probe_${randomBytes(3).toString('hex')}`;
const backendPids = new Set<number>();
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: Number(process.env.POOL ?? 10), options: process.env.PLAN ?? '-c plan_cache_mode=force_generic_plan' });
pool.on('connect', (client) => void client.query('select pg_backend_pid() as pid').then((r) => backendPids.add(r.rows[0].pid)));
const engine = await createEmbeddedEngine({ pool, schema, clock: systemClock, synchronousCommit: process.env.SYNC !== 'off' });
await engine.deployResources([
  { name: 'p.bpmn', content: bpmn('probe', chain(['s', '<bpmn:startEvent id="s"/>'], ['a', serviceTask('a', 'ta')], ['b', serviceTask('b', 'tb')], ['c', serviceTask('c', 'tc')], ['e', '<bpmn:endEvent id="e"/>'])) },
]);
const ticks = (pid: number): number => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
};
const leaseBackends = async () =>
  (await pool.query(`select pid from pg_stat_activity where application_name = $1`, [`duban-engine:${schema}:leases`])).rows.map((r) => r.pid as number);
const pgTicks = async () => [...new Set([...backendPids, ...(await leaseBackends())])].reduce((sum, pid) => sum + ticks(pid), 0);
const workers = ['ta', 'tb', 'tc'].map((type) =>
  engine.createWorker({ taskType: type, maxJobsToActivate: 32, pollInterval: 100, taskHandler: (job) => job.complete() }),
);
const cpuBefore = process.cpuUsage();
const pgBefore = await pgTicks();
const started = Date.now();
let next = 0;
await Promise.all(
  Array.from({ length: 32 }, async () => {
    while (next < total) {
      next += 1;
      await engine.createProcessInstance({ bpmnProcessId: 'probe' });
    }
  }),
);
for (;;) {
  const { rows } = await pool.query(`select count(*)::int as n from "${schema}".process_instance where state = 'COMPLETED'`);
  if (rows[0].n >= total) break;
  await new Promise((resolve) => setTimeout(resolve, 50));
}
const seconds = (Date.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const pgMs = (((await pgTicks()) - pgBefore) * 10) / total;
console.log(JSON.stringify({ total, seconds, piPerSec: Math.round(total / seconds), nodeCpuMsPerPi: +((cpu.user + cpu.system) / 1000 / total).toFixed(2), pgCpuMsPerPi: +pgMs.toFixed(2) }));
await Promise.all(workers.map((worker) => worker.close()));
await engine.close();
await pool.query(`drop schema "${schema}" cascade`);
await pool.end();
