/** Polls `probe` until it returns a value, or fails after `timeoutMs` saying what was awaited and what was seen. */
export async function pollFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>, seen?: () => Promise<string>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let interval = 25;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${seen ? ` — ${await seen()}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
    interval = Math.min(interval * 1.5, 200);
  }
}
