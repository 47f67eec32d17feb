import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import type { Subscription } from 'rxjs';
import { SERVER_CONFIG } from '../../platform/config/config.module.js';
import type { ServerConfig } from '../../platform/config/server-config.js';
import { DatabaseHost } from '../../platform/database/database-host.js';
import { LiveEventsService, type LiveEvent } from './live-events.service.js';

/** NOTIFY payloads must stay under 8000 bytes; live events are a few hundred. */
const MAX_PAYLOAD = 7_900;
const MAX_BACKOFF_MS = 30_000;

/** One channel per server schema: servers of one deployment share it, test schemas do not. */
export const liveChannelOf = (schema: string) => `duban_live_${schema}`.slice(0, 63);

/**
 * Passes live events between server processes over PostgreSQL LISTEN/NOTIFY. Each process tags what it sends
 * with its own id and ignores its own echo. Events are hints for screens to refresh, so one lost while the
 * listening connection reconnects (with back-off) is acceptable; nothing else depends on them.
 */
@Injectable()
export class PgEventsRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('LiveEvents');
  private readonly origin = randomUUID();
  private readonly channel: string;
  private listener?: pg.Client;
  private sender?: pg.Pool;
  private subscription?: Subscription;
  private stopped = false;
  private backoffMs = 1_000;

  constructor(
    private readonly events: LiveEventsService,
    @Inject(DatabaseHost) private readonly host: DatabaseHost,
    @Inject(SERVER_CONFIG) config: ServerConfig,
  ) {
    this.channel = liveChannelOf(config.databaseSchema);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.sender = new pg.Pool({ connectionString: this.host.target.url, max: 2, application_name: 'duban-live-events' });
    this.sender.on('error', (error) => this.logger.warn(`notify connection lost: ${error.message}`));
    this.subscription = this.events.outgoing.subscribe((event) => void this.send(event));
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.subscription?.unsubscribe();
    await this.listener?.end().catch(() => undefined);
    await this.sender?.end().catch(() => undefined);
  }

  private async send(event: LiveEvent): Promise<void> {
    const payload = JSON.stringify({ origin: this.origin, event });
    if (Buffer.byteLength(payload) > MAX_PAYLOAD || this.stopped) return;
    await this.sender?.query('SELECT pg_notify($1, $2)', [this.channel, payload]).catch((error: Error) => this.logger.warn(`notify failed: ${error.message}`));
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.host.target.url, application_name: 'duban-live-events' });
    client.on('notification', (message) => {
      if (message.channel !== this.channel || !message.payload) return;
      try {
        const { origin, event } = JSON.parse(message.payload) as { origin: string; event: LiveEvent };
        if (origin !== this.origin) this.events.deliver(event);
      } catch {
        // not one of ours
      }
    });
    const retry = (error: Error) => {
      if (this.stopped || this.listener !== client) return;
      this.listener = undefined;
      this.logger.warn(`listening connection lost (${error.message}); retrying in ${this.backoffMs} ms`);
      setTimeout(() => void this.listen(), this.backoffMs);
      this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
    };
    client.on('error', retry);
    client.on('end', () => retry(new Error('ended')));
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${pg.escapeIdentifier(this.channel)}`);
      this.backoffMs = 1_000;
    } catch (error) {
      await client.end().catch(() => undefined);
      retry(error as Error);
    }
  }
}
