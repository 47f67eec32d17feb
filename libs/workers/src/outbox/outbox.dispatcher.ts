import type { Clock } from '@duban/workflow';
import type { WorkersDatabase } from '../db/workers-database.js';
import type { TenantConfigSource } from '../tenant/tenant-config.js';
import type { ChannelSender, OutboxMessage } from './channel-sender.js';

export interface OutboxDispatcherOptions {
  db: WorkersDatabase;
  tenants: TenantConfigSource;
  clock: Clock;
  senders: Record<OutboxMessage['channel'], ChannelSender>;
  batchSize?: number;
  /** After this many failed attempts a message is `failed` and left for an administrator. */
  maxAttempts?: number;
  /** A claimed message not settled within this time (a crashed dispatcher) is claimed again. */
  leaseMs?: number;
  /** First retry delay; doubles per attempt up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  pollIntervalMs?: number;
}

export interface DispatchRound {
  sent: number;
  retrying: number;
  failed: number;
}

/**
 * Delivers outbox rows: claims due rows with `FOR UPDATE SKIP LOCKED` and a lease (so several processes can run
 * dispatchers), sends outside the transaction, then records success or schedules a retry with back-off.
 * Delivery is at least once: a crash between sending and recording sends again after the lease.
 */
export class OutboxDispatcher {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = true;

  constructor(private readonly options: OutboxDispatcherOptions) {}

  async dispatchDue(): Promise<DispatchRound> {
    const { db, clock, batchSize = 20, leaseMs = 60_000 } = this.options;
    const now = new Date(clock.now());
    const claimed = await db.query<OutboxRow>(
      `UPDATE outbox SET attempts = attempts + 1, locked_until = $2
       WHERE id IN (SELECT id FROM outbox
                    WHERE status = 'pending' AND next_attempt_at <= $1 AND (locked_until IS NULL OR locked_until <= $1)
                    ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING id, tenant_id, channel, address, subject, body, attempts`,
      [now, new Date(now.getTime() + leaseMs), batchSize],
    );
    const round: DispatchRound = { sent: 0, retrying: 0, failed: 0 };
    for (const row of claimed) round[await this.deliver(row)] += 1;
    return round;
  }

  /** Polls until `stop()`; a round that finds work polls again at once. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const loop = async () => {
      if (this.stopped) return;
      let busy = false;
      try {
        const round = await (this.running = this.dispatchDue());
        busy = round.sent + round.retrying + round.failed > 0;
      } catch (error) {
        console.error('[outbox] dispatch round failed', error);
      }
      if (!this.stopped) this.timer = setTimeout(loop, busy ? 0 : (this.options.pollIntervalMs ?? 2_000));
    };
    void loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  private async deliver(row: OutboxRow): Promise<'sent' | 'retrying' | 'failed'> {
    const { db, tenants, clock, senders, maxAttempts = 8, backoffMs = 30_000, maxBackoffMs = 3_600_000 } = this.options;
    const message: OutboxMessage = {
      id: row.id,
      tenantId: row.tenant_id,
      channel: row.channel,
      address: row.address,
      subject: row.subject,
      body: row.body,
      attempts: row.attempts,
    };
    try {
      await senders[row.channel].send(message, await tenants.config(row.tenant_id));
    } catch (error) {
      const failed = row.attempts >= maxAttempts;
      const retryAt = new Date(clock.now() + Math.min(backoffMs * 2 ** (row.attempts - 1), maxBackoffMs));
      await db.query(
        `UPDATE outbox SET status = $2, next_attempt_at = $3, locked_until = NULL, last_error = $4 WHERE id = $1`,
        [row.id, failed ? 'failed' : 'pending', retryAt, String((error as Error)?.message ?? error).slice(0, 1000)],
      );
      return failed ? 'failed' : 'retrying';
    }
    await db.query(`UPDATE outbox SET status = 'sent', sent_at = $2, locked_until = NULL WHERE id = $1`, [
      row.id,
      new Date(clock.now()),
    ]);
    return 'sent';
  }
}

interface OutboxRow {
  id: string;
  tenant_id: string;
  channel: 'email' | 'sms';
  address: string;
  subject: string;
  body: string;
  attempts: number;
}
