import pg from 'pg';

/**
 * LISTEN on the engine's job channel: a NOTIFY (sent in the transaction that made a job activatable) wakes the
 * workers of that type sooner. Only a hint — workers poll anyway; the connection reconnects with back-off.
 */
export class JobNotifier {
  private client: pg.Client | undefined;
  private readonly listeners = new Map<string, Set<() => void>>();
  private closed = false;
  private retryDelay = 100;

  constructor(
    private readonly connection: pg.ClientConfig | undefined,
    private readonly channel: string,
    /** Deployments: called for each one announced, and on every (re)connect since some may have been missed. */
    private readonly deployChannel?: { name: string; onDeploy: () => void },
  ) {}

  /** Whether notifications are being received right now. */
  get listening(): boolean {
    return this.client !== undefined;
  }

  start(): void {
    if (this.connection) void this.connect();
  }

  subscribe(type: string, wake: () => void): () => void {
    let set = this.listeners.get(type);
    if (!set) {
      set = new Set();
      this.listeners.set(type, set);
    }
    set.add(wake);
    return () => set.delete(wake);
  }

  wake(type: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener();
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client(this.connection);
    client.on('error', () => this.reconnect(client));
    client.on('notification', (message) => {
      if (message.channel === this.deployChannel?.name) this.deployChannel.onDeploy();
      else if (message.payload) this.wake(message.payload);
    });
    try {
      await client.connect();
      await client.query(`listen "${this.channel}"`);
      if (this.deployChannel) await client.query(`listen "${this.deployChannel.name}"`);
      if (this.closed) {
        await client.end();
        return;
      }
      this.client = client;
      this.deployChannel?.onDeploy();
      this.retryDelay = 100;
    } catch {
      this.reconnect(client);
    }
  }

  private reconnect(client: pg.Client): void {
    if (this.client === client) this.client = undefined;
    void client.end().catch(() => undefined);
    if (this.closed) return;
    setTimeout(() => void this.connect(), this.retryDelay).unref();
    this.retryDelay = Math.min(this.retryDelay * 2, 10_000);
  }
}
