import type pg from 'pg';

type Work<T> = (tx: pg.PoolClient) => Promise<T>;

interface Pending {
  work: Work<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit in the engine: commands that arrive while earlier ones are being written share one transaction
 * (one WAL flush), the way Zeebe processes commands in batches. Each command's changes stay atomic — a batch either
 * commits all of them or, when any command fails, is rolled back and every command re-runs alone, so a failing
 * command can never take others with it. Under light load every batch holds a single command and nothing waits.
 */
export class CommandBatcher {
  private readonly queue: Pending[] = [];
  private active = 0;

  constructor(
    private readonly runAlone: <T>(work: Work<T>) => Promise<T>,
    private readonly runTogether: (works: Work<unknown>[]) => Promise<unknown[]>,
    private readonly maxConcurrent: number,
    private readonly maxBatch: number,
  ) {}

  submit<T>(work: Work<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      this.drain();
    });
  }

  private drain(): void {
    while (this.active < this.maxConcurrent && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.active += 1;
      void this.run(batch).finally(() => {
        this.active -= 1;
        this.drain();
      });
    }
  }

  private async run(batch: Pending[]): Promise<void> {
    if (batch.length > 1) {
      try {
        const results = await this.runTogether(batch.map((item) => item.work));
        batch.forEach((item, index) => item.resolve(results[index]));
        return;
      } catch {
        // fall through: every command alone, so each gets its own result or error
      }
    }
    await Promise.all(
      batch.map(async (item) => {
        try {
          item.resolve(await this.runAlone(item.work));
        } catch (error) {
          item.reject(error);
        }
      }),
    );
  }
}
