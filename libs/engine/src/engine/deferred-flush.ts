import type pg from 'pg';
import type { Execution } from '../runtime/execution.js';

type Tx = pg.PoolClient;

interface Entry {
  client: Tx;
  execs: Execution[];
}

/**
 * Group commit, second half: in a transaction shared by several commands, the commands' changes are gathered and
 * written by one flush statement just before commit instead of one statement each. Reads stay exact: any statement a
 * command runs (other than the lock-and-load of a hierarchy and the definition lookup) first writes what is pending,
 * and a hierarchy loaded while its own changes are still pending is written and read again (see CommandRunner).
 * Should the write fail, the whole transaction rolls back and the batcher runs every command alone.
 */
export class DeferredFlushes {
  private readonly entries = new WeakMap<Tx, Entry>();

  constructor(
    private readonly write: (client: Tx, execs: Execution[]) => Promise<void>,
    private readonly readsNothingPending: (query: unknown) => boolean,
  ) {}

  /** The client the commands of a shared transaction get: a view of `client` whose queries see pending changes. */
  open(client: Tx): Tx {
    const entry: Entry = { client, execs: [] };
    const view = new Proxy(client, {
      get: (target, property) => {
        if (property !== 'query') return Reflect.get(target, property, target) as unknown;
        return async (...args: unknown[]) => {
          if (entry.execs.length > 0 && !this.readsNothingPending(args[0])) await this.writeEntry(entry);
          return Reflect.apply(target.query, target, args) as unknown;
        };
      },
    });
    this.entries.set(view, entry);
    return view;
  }

  /** Keeps the changes of `exec` for the shared write; false when `tx` is not a shared transaction. */
  defer(tx: Tx, exec: Execution): boolean {
    const entry = this.entries.get(tx);
    if (!entry) return false;
    entry.execs.push(exec);
    return true;
  }

  isPending(tx: Tx, rootKey: string): boolean {
    return this.entries.get(tx)?.execs.some((exec) => exec.state.rootKey === rootKey) ?? false;
  }

  /** The client underneath a shared transaction's view (or `tx` itself). */
  clientOf(tx: Tx): Tx {
    return this.entries.get(tx)?.client ?? tx;
  }

  async writeAll(tx: Tx): Promise<void> {
    const entry = this.entries.get(tx);
    if (entry) await this.writeEntry(entry);
  }

  private async writeEntry(entry: Entry): Promise<void> {
    while (entry.execs.length > 0) await this.write(entry.client, entry.execs.splice(0));
  }
}
