import type { Clock } from '@duban/workflow';

/**
 * Pins the Zeebe broker's controlled clock (actuator `clock` endpoint) so that broker time stands still at the
 * scenario's instant, like the embedded engine's ManualClock, and the workers' clock can follow it exactly.
 *
 * The adapter's BrokerClock only adds time; procedure scenarios are dated (2026 holidays), so this also pins,
 * and moves the clock back only when allowed (`PROCEDURES_REWIND_BROKER=true`): rewinding a broker that other
 * test runs use makes their timers late. `release()` hands the broker back running, at the latest time seen.
 */
export class BrokerClockControl {
  /** The pinned broker time as last answered by the broker. */
  private current: number;
  private latest: number;

  private constructor(
    private readonly url: string,
    now: number,
    private readonly mayRewind: boolean,
  ) {
    this.current = now;
    this.latest = now;
  }

  static async connect(url = process.env.ZEEBE_MANAGEMENT_URL ?? 'http://127.0.0.1:9600'): Promise<BrokerClockControl> {
    const { epochMilli } = await call(url, 'GET', '');
    return new BrokerClockControl(url, epochMilli, process.env.PROCEDURES_REWIND_BROKER === 'true');
  }

  /** The clock the workers read: always the pinned broker time. */
  workerClock(): Clock {
    return { now: () => this.current };
  }

  async moveTo(epochMillis: number): Promise<void> {
    const { epochMilli: brokerNow } = await call(this.url, 'GET', '');
    if (epochMillis < brokerNow && !this.mayRewind) {
      throw new Error(
        `the broker clock is at ${new Date(brokerNow).toISOString()}, after the scenario's start ` +
          `${new Date(epochMillis).toISOString()}; set PROCEDURES_REWIND_BROKER=true on a broker of your own to rewind it`,
      );
    }
    this.latest = Math.max(this.latest, brokerNow);
    const { epochMilli } = await call(this.url, 'POST', '/pin', { epochMilli: epochMillis });
    this.follow(epochMilli);
  }

  async advance(milliseconds: number): Promise<void> {
    const { epochMilli } = await call(this.url, 'POST', '/add', { offsetMilli: Math.round(milliseconds) });
    this.follow(epochMilli);
  }

  /** Unpins: the broker runs again from the latest time it had (never earlier than before this run). */
  async release(): Promise<void> {
    const target = Math.max(this.latest, this.current);
    const { epochMilli: system } = await call(this.url, 'DELETE', '');
    if (target > system) await call(this.url, 'POST', '/add', { offsetMilli: target - system });
  }

  private follow(epochMilli: number): void {
    this.current = epochMilli;
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
