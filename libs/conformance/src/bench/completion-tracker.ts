/** Resolves a waiter when its instance completes, even if the completion was seen before anyone waited. */
export class CompletionTracker {
  private readonly done = new Set<string>();
  private readonly waiters = new Map<string, () => void>();

  completed(processInstanceKey: string): void {
    const waiter = this.waiters.get(processInstanceKey);
    if (waiter) {
      this.waiters.delete(processInstanceKey);
      waiter();
    } else {
      this.done.add(processInstanceKey);
    }
  }

  wait(processInstanceKey: string, timeoutMs: number): Promise<boolean> {
    if (this.done.delete(processInstanceKey)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(processInstanceKey);
        resolve(false);
      }, timeoutMs);
      this.waiters.set(processInstanceKey, () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
