/**
 * Inbox benchmark (not a test): fills 1,000,000 open tasks across 5 tenants and 2,000 people with bulk SQL, then
 * times the server's own inbox query code — "my tasks + my groups' unassigned, first page by due date" for random
 * people, and a text search over a whole tenant (督查室 view) — and prints one JSON object as the last line.
 *
 *   npm run bench:inbox            (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test)
 *   BENCH_TASKS=200000 npm run bench:inbox      smaller run;  BENCH_KEEP=1 keeps the schema for a look
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { FileTenantConfigSource } from '@duban/workers';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/server/src/platform/database/data-source-options.js';
import { runMigrations } from '../../apps/server/src/platform/database/run-migrations.js';
import type { ServerConfig } from '../../apps/server/src/platform/config/server-config.js';
import { buildPrincipal, type Principal } from '../../apps/server/src/platform/tenancy/principal.js';
import { InboxQueryService } from '../../apps/server/src/modules/inbox/inbox-query.service.js';
import { CandidateGroups } from '../../apps/server/src/modules/tenant-config/candidate-groups.service.js';
import { LightService } from '../../apps/server/src/modules/tenant-config/light.service.js';
import { fillAudience, fillOrganisation, fillTasks, PLACES, SUBJECTS, TENANTS } from './inbox-fill.sql.js';

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const TOTAL = Number(process.env.BENCH_TASKS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 400);
const CHUNK = 100_000;
const schema = `t_bench_inbox_${randomBytes(3).toString('hex')}`;

const log = (message: string) => console.error(`[inbox-bench] ${message}`);
const p = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const round = (ms: number) => Math.round(ms * 100) / 100;

async function fill(ds: DataSource): Promise<void> {
  const started = performance.now();
  await ds.query(`SET maintenance_work_mem = '256MB'`);
  for (const sql of fillOrganisation) await ds.query(sql);
  // Bulk load without the per-row trigger and with the inbox indexes dropped, then rebuild both in bulk.
  const indexes = (await ds.query(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename IN ('inbox_task', 'inbox_audience') AND indexname LIKE 'ix_%'`,
    [schema],
  )) as { indexname: string; indexdef: string }[];
  for (const index of indexes) await ds.query(`DROP INDEX "${schema}"."${index.indexname}"`);
  await ds.query(`ALTER TABLE inbox_task DISABLE TRIGGER tg_inbox_task_audience`);
  const perTenant = Math.ceil(TOTAL / TENANTS);
  let next = 1;
  for (let tenant = 1; tenant <= TENANTS; tenant++) {
    const last = Math.min(TOTAL, tenant * perTenant);
    for (let from = next; from <= last; from += CHUNK) await ds.query(fillTasks(tenant, from, Math.min(last, from + CHUNK - 1)));
    log(`tenant bench${tenant}: tasks ${next}–${last}`);
    next = last + 1;
  }
  await ds.query(fillAudience);
  await ds.query(`ALTER TABLE inbox_task ENABLE TRIGGER tg_inbox_task_audience`);
  for (const index of indexes) await ds.query(index.indexdef);
  await ds.query(`ANALYZE`);
  log(`filled ${TOTAL} tasks in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function people(ds: DataSource, where: string, allItems: boolean): Promise<Principal[]> {
  const rows = (await ds.query(
    `SELECT p.id, p.code, p.name, p.unit_id, t.id AS tenant_id, t.code AS tenant_code FROM person p JOIN tenant t ON t.id = p.tenant_id
     WHERE ${where} ORDER BY random() LIMIT 200`,
  )) as { id: string; code: string; name: string; unit_id: string; tenant_id: string; tenant_code: string }[];
  return rows.map((r) =>
    buildPrincipal(
      { personId: r.id, personCode: r.code, name: r.name, username: r.code, tenantId: r.tenant_id, tenantCode: r.tenant_code, unitId: r.unit_id },
      [{ code: 'bench', scope: 'unit', permissions: allItems ? ['items.all'] : [], unitId: null }],
    ),
  );
}

async function time(runs: number, run: (i: number) => Promise<number>): Promise<{ p50: number; p95: number; rows: number }> {
  for (let i = 0; i < 20; i++) await run(i); // warm-up: plans and caches
  const samples: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    rows += await run(i);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: round(p(samples, 0.5)), p95: round(p(samples, 0.95)), rows: Math.round(rows / runs) };
}

async function main(): Promise<void> {
  const ds = new DataSource(dataSourceOptions({ url, schema }));
  await ds.initialize();
  try {
    log(`schema ${schema} on ${new URL(url).host}`);
    await runMigrations(ds, schema);
    await fill(ds);
    const config = { processesDir: tmpdir() } as ServerConfig; // no tenant.json: default light thresholds
    const inbox = new InboxQueryService(ds, new CandidateGroups(ds), new LightService(config, new FileTenantConfigSource(config.processesDir)));
    // 督查室 staff search the whole tenant; everyone else looks at their own inbox.
    const staff = await people(ds, `EXISTS (SELECT 1 FROM person_role pr JOIN role r ON r.id = pr.role_id WHERE pr.person_id = p.id AND r.code = 'supervision-staff')`, true);
    const everyone = await people(ds, 'true', false);
    const myTasks = await time(RUNS, async (i) => (await inbox.list(everyone[i % everyone.length], { view: 'mine' })).items.length);
    const terms = [...SUBJECTS.map((s) => s.slice(0, 4)), ...PLACES.map((pl) => `${pl}${SUBJECTS[0].slice(0, 2)}`), '〔2026〕1234号', '第13批'];
    const perTerm = new Map<string, number[]>();
    const search = await time(RUNS, async (i) => {
      const started = performance.now();
      const rows = (await inbox.list(staff[i % staff.length], { view: 'all', text: terms[i % terms.length] })).items.length;
      perTerm.set(terms[i % terms.length], [...(perTerm.get(terms[i % terms.length]) ?? []), performance.now() - started]);
      return rows;
    });
    log(`search by term (max ms): ${[...perTerm].map(([term, ms]) => `${term} ${round(Math.max(...ms))}`).join(', ')}`);
    const [{ open }] = (await ds.query(`SELECT count(*)::int AS open FROM inbox_task WHERE status = 'open'`)) as { open: number }[];
    const [{ users }] = (await ds.query(`SELECT count(*)::int AS users FROM person`)) as { users: number }[];
    log(`my tasks: p50 ${myTasks.p50} ms, p95 ${myTasks.p95} ms (${myTasks.rows} rows a page); search: p50 ${search.p50} ms, p95 ${search.p95} ms (${search.rows} rows)`);
    console.log(JSON.stringify({ openTasks: open, tenants: TENANTS, users, runs: RUNS, myTasksP50Ms: myTasks.p50, myTasksP95Ms: myTasks.p95, searchP50Ms: search.p50, searchP95Ms: search.p95 }));
  } finally {
    if (!process.env.BENCH_KEEP) await ds.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await ds.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
