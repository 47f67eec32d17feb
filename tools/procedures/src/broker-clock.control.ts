import type { Clock } from '@duban/workflow';

/**
 * Moves the Zeebe broker's controlled clock (actuator `clock` endpoint) to a scenario's start and keeps the
 * workers' clock on broker time. The clock is offset, never pinned: a pinned broker clock also stops the
 * exporter's scheduled flushes, and with them the history the scenarios read.
 *
 * Only forward: setting the clock back (pin or negative offset) also stalls the history exporter, whose flush is
 * scheduled on broker time, until the broker catches up again — so a scenario dated before the broker's time
 * fails with that reason. `release()` leaves the broker at the latest time it had.
 */
export class BrokerClockControl {
  /** Broker time minus local time, as last measured. */
  private offset = 0;
  private latest: number;

  private constructor(
    private readonly url: string,
    now: number,
  ) {
    this.latest = now;
    this.offset = now - Date.now();
  }

  static async connect(url = process.env.ZEEBE_MANAGEMENT_URL ?? 'http://127.0.0.1:9600'): Promise<BrokerClockControl> {
    const { epochMilli } = await call(url, 'GET', '');
    return new BrokerClockControl(url, epochMilli);
  }

  /** The clock the workers read: broker time. */
  workerClock(): Clock {
    return { now: () => Date.now() + this.offset };
  }

  async moveTo(epochMillis: number): Promise<void> {
    const { epochMilli: brokerNow } = await call(this.url, 'GET', '');
    this.latest = Math.max(this.latest, brokerNow);
    if (epochMillis < brokerNow) {
      throw new Error(
        `the broker clock is at ${new Date(brokerNow).toISOString()}, after the scenario's start ` +
          `${new Date(epochMillis).toISOString()}; a broker clock only moves forward (see broker-clock.control.ts)`,
      );
    }
    this.follow(await call(this.url, 'POST', '/add', { offsetMilli: Math.round(epochMillis - brokerNow) }));
  }

  async advance(milliseconds: number): Promise<void> {
    this.follow(await call(this.url, 'POST', '/add', { offsetMilli: Math.round(milliseconds) }));
  }

  /** Never leaves the broker earlier than it was before this run. */
  async release(): Promise<void> {
    const { epochMilli } = await call(this.url, 'GET', '');
    if (this.latest > epochMilli) await call(this.url, 'POST', '/add', { offsetMilli: this.latest - epochMilli });
  }

  private follow({ epochMilli }: { epochMilli: number }): void {
    this.offset = epochMilli - Date.now();
    this.latest = Math.max(this.latest, epochMilli);
  }
}

async function call(url: string, method: string, path: string, body?: object): Promise<{ epochMilli: number }> {
  const response = await fetch(`${url}/actuator/clock${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : undefined,
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(5_000),
  });
  if (!response.ok) throw new Error(`${method} /actuator/clock${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { epochMilli: number };
}
