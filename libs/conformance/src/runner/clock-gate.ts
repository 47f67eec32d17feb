/**
 * A bounded pool with an exclusive mode: shared tasks run up to `limit` at a time; an exclusive task waits
 * until nothing else runs and keeps everyone else out meanwhile. First come, first served.
 */
export class ClockGate {
  private running = 0;
  private exclusiveRunning = false;
  private readonly queue: Array<{ exclusive: boolean; start: () => void }> = [];

  constructor(private readonly limit: number) {}

  async run<T>(exclusive: boolean, task: () => Promise<T>): Promise<T> {
    await new Promise<void>((start) => {
      this.queue.push({ exclusive, start });
      this.pump();
    });
    try {
      return await task();
    } finally {
      this.running -= 1;
      this.exclusiveRunning = false;
      this.pump();
    }
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.exclusiveRunning) {
      const next = this.queue[0];
      if (next.exclusive ? this.running > 0 : this.running >= this.limit) return;
      this.queue.shift();
      this.running += 1;
      this.exclusiveRunning = next.exclusive;
      next.start();
    }
  }
}
