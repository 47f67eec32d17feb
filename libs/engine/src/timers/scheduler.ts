import type { CommandRunner } from '../engine/command-runner.js';
import { fireTimer } from './timer-firing.js';
import { sweepBufferedMessages } from '../messages/message-sweeper.js';

/**
 * The engine's background loop: fires due timers (each exactly once, never early — due_date <= clock), deletes
 * expired messages and correlates buffered messages a concurrent subscription missed. Runs every poll interval and
 * at once when the clock moves (ManualClock) or a command asks.
 */
export class Scheduler {
  private running = false;
  private again = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> | undefined;

  constructor(
    private readonly runner: CommandRunner,
    private readonly pollMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(): void {
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.current;
  }

  /** Run a pass now (or right after the one in progress). */
  poke(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.current = this.pass().finally(() => (this.current = undefined));
    }, delay);
  }

  private async pass(): Promise<void> {
    this.running = true;
    try {
      do {
        this.again = false;
        await this.fireDueTimers();
        await sweepBufferedMessages(this.runner);
      } while (this.again && !this.stopped);
    } catch (error) {
      this.onError(error);
    } finally {
      this.running = false;
      this.schedule(this.pollMs);
    }
  }

  private async fireDueTimers(): Promise<void> {
    const s = this.runner.schema;
    for (let round = 0; round < 100 && !this.stopped; round += 1) {
      const now = this.runner.nowMillis();
      const { rows } = await this.runner.pool.query<{ key: string; root_key: string | null }>(
        `select key::text, root_key::text from ${s}.timer where due_date <= $1 order by due_date, key limit 100`,
        [now],
      );
      if (rows.length === 0) return;
      let fired = 0;
      for (const row of rows) {
        if (this.stopped) return;
        try {
          if (await fireTimer(this.runner, row)) fired += 1;
        } catch (error) {
          this.onError(error);
        }
      }
      if (fired === 0) return;
    }
  }
}
