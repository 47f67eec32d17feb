import type pg from 'pg';
import { EngineUnavailableError, loadDriver, type EngineName } from '@duban/conformance';

/** Is the engine reachable at all? Throws EngineUnavailableError (a reason to skip outside CI) when it is not. */
export async function probeEngine(engine: EngineName, pool: pg.Pool): Promise<void> {
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    throw new EngineUnavailableError(`PostgreSQL is not reachable: ${(error as Error).message}`);
  }
  if (engine === 'zeebe') await (await loadDriver('zeebe', { clock: 'manual' })).close();
}
