import { connect } from 'node:net';
import pg from 'pg';
import { zeebeOptionsFromEnv } from '../zeebe-options.js';

/**
 * Why the Zeebe specs cannot run here, or undefined when a broker and the history database answer.
 * Locally a reason means "skip, and say why"; under CI=true it is a failure (CI starts a broker).
 */
export async function zeebeUnavailableReason(): Promise<string | undefined> {
  const options = zeebeOptionsFromEnv();
  const address = options.grpcAddress.replace(/^grpcs?:\/\//, '');
  const [host, port] = [address.slice(0, address.lastIndexOf(':')), Number(address.slice(address.lastIndexOf(':') + 1))];
  const reachable = await new Promise<string | undefined>((resolve) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => (socket.destroy(), resolve(undefined)));
    socket.once('timeout', () => (socket.destroy(), resolve('timed out')));
    socket.once('error', (error) => resolve(error.message));
  });
  if (reachable) return `no Zeebe gateway at ${address} (${reachable}); start one with npm run zeebe:start`;
  const client = new pg.Client({ connectionString: options.history.connectionString });
  try {
    await client.connect();
  } catch (error) {
    return `history database not reachable: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => undefined);
  }
  return undefined;
}

/** For `describe.skipIf`: prints the reason when skipping, throws under CI=true. */
export async function skipWithoutBroker(suite: string): Promise<boolean> {
  const reason = await zeebeUnavailableReason();
  if (!reason) return false;
  if (process.env.CI === 'true') throw new Error(`${suite}: CI=true needs a Zeebe broker: ${reason}`);
  console.warn(`[skipped] ${suite}: ${reason}`);
  return true;
}
