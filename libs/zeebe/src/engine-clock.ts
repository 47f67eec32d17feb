import { WorkflowError, WorkflowErrorCode } from '@duban/workflow';

/**
 * The engine's clock of Zeebe 8.6 (its "stream clock": record timestamps, timer due dates, job deadlines,
 * message TTLs), through the REST gateway's `/v2/clock`. A pin is a command on the log, answered once every
 * partition has taken it. Unlike the broker's actor clock (BrokerClock) it may be set back: the broker keeps
 * scheduling on its own running clock and checks what fell due in engine time every
 * `scheduledTaskCheckInterval` — so a timer fires within that interval after a pin passes its due date.
 * For tests only; the time is global to the cluster.
 */
export class EngineClock {
  constructor(private readonly restAddress: string) {}

  /** Stops engine time at an instant, earlier or later than now. */
  async pin(epochMillis: number): Promise<void> {
    if (!Number.isSafeInteger(epochMillis) || epochMillis <= 0) {
      throw new WorkflowError(WorkflowErrorCode.InvalidArgument, `not an instant: ${epochMillis}`);
    }
    await this.call('PUT', '', { timestamp: epochMillis });
  }

  /** Back to the broker's time (undoes `pin`). */
  async reset(): Promise<void> {
    await this.call('POST', '/reset');
  }

  private async call(method: string, path: string, body?: object): Promise<void> {
    const url = `${this.restAddress.replace(/\/$/, '')}/v2/clock${path}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: body ? { 'content-type': 'application/json' } : undefined,
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      throw new WorkflowError(WorkflowErrorCode.Unavailable, `engine clock unreachable: ${(error as Error).message}`);
    }
    if (!response.ok) {
      // 404/403: a broker without a controllable clock.
      const code = response.status === 400 ? WorkflowErrorCode.InvalidArgument : response.status >= 500 ? WorkflowErrorCode.Internal : WorkflowErrorCode.FailedPrecondition;
      throw new WorkflowError(code, `${method} ${url} answered ${response.status}: ${await response.text()}`);
    }
  }
}
