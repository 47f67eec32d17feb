import { WorkflowError, WorkflowErrorCode } from '@duban/workflow';

/**
 * The broker's controlled clock (`zeebe.clock.controlled=true`), through the actuator's `clock` endpoint.
 * For tests: timers fire when broker time passes their due date, so moving the clock fires them now.
 * Forward only: the broker's own schedulers (the engine's due-date checks, exporters) run on this clock, and a
 * timer of theirs armed before a move back waits until the clock reaches its old due time again. To date a test
 * in the past, pin the engine's clock instead (EngineClock).
 */
export class BrokerClock {
  constructor(private readonly managementUrl: string) {}

  async now(): Promise<number> {
    return (await this.call('GET', '')).epochMilli;
  }

  /** Moves broker time forward; it keeps running from there. */
  async advance(milliseconds: number): Promise<number> {
    if (!Number.isFinite(milliseconds) || milliseconds < 0) {
      throw new WorkflowError(WorkflowErrorCode.InvalidArgument, 'the clock only moves forward');
    }
    return (await this.call('POST', '/add', { offsetMilli: Math.round(milliseconds) })).epochMilli;
  }

  private async call(method: string, path: string, body?: object): Promise<{ epochMilli: number }> {
    let response: Response;
    try {
      response = await fetch(`${this.managementUrl}/actuator/clock${path}`, {
        method,
        headers: body ? { 'content-type': 'application/json' } : undefined,
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(5_000),
      });
    } catch (error) {
      throw new WorkflowError(WorkflowErrorCode.Unavailable, `broker clock unreachable: ${(error as Error).message}`);
    }
    if (!response.ok) {
      // 404: the broker was not started with zeebe.clock.controlled=true.
      throw new WorkflowError(
        response.status === 404 ? WorkflowErrorCode.FailedPrecondition : WorkflowErrorCode.Internal,
        `${method} /actuator/clock${path} answered ${response.status}: ${await response.text()}`,
      );
    }
    return (await response.json()) as { epochMilli: number };
  }
}
