import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
const PGBENCH = process.env.PGBENCH ?? '/usr/bin/pgbench';

/**
 * TPC-B with 8 clients on the same PostgreSQL, for scale: its tables live in a scratch schema of their own
 * (search_path through PGOPTIONS), so nothing of anyone else's is touched. Returns the tps pgbench reports.
 */
export async function runPgbench(connectionString: string, seconds: number, clients = 8): Promise<number> {
  const schema = `t_pgbench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA "${schema}"`);
    const env = { ...process.env, PGOPTIONS: `-c search_path=${schema}` };
    await run(PGBENCH, ['-i', '-s', '1', '-q', connectionString], { env });
    const { stdout } = await run(
      PGBENCH,
      ['-c', String(clients), '-j', '2', '-T', String(Math.max(1, Math.round(seconds))), connectionString],
      { env, maxBuffer: 1 << 20 },
    );
    return parseTps(stdout);
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
    await admin.end();
  }
}

/** `tps = 1234.56 (without initial connection time)` → 1234.56 */
export function parseTps(output: string): number {
  const match = /tps = ([\d.]+)/.exec(output);
  if (!match) throw new Error(`pgbench printed no tps: ${output.slice(-300)}`);
  return Number(match[1]);
}
