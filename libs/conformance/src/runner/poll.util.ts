export const sleep = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/** Thrown when a wait runs out of time; the message says what was awaited and what was last seen. */
export class WaitTimeoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WaitTimeoutError';
  }
}

export interface PollResult<T> {
  done: boolean;
  value?: T;
  /** What was seen, for the timeout message. */
  seen?: string;
}

/**
 * Polls until `probe` reports done or the deadline passes. History on Zeebe is asynchronous, so every
 * check the suite makes is a poll with a deadline, never a single read.
 */
export async function pollUntil<T>(
  what: string,
  probe: () => Promise<PollResult<T>>,
  timeoutMs: number,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: PollResult<T> = { done: false };
  for (;;) {
    last = await probe();
    if (last.done) return last.value as T;
    if (Date.now() >= deadline) {
      throw new WaitTimeoutError(`timed out after ${timeoutMs} ms waiting for ${what}${last.seen ? ` (saw ${last.seen})` : ''}`);
    }
    await sleep(intervalMs);
    intervalMs = Math.min(intervalMs * 1.5, 250);
  }
}
