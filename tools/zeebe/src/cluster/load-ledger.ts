/** What the workers and the load generator saw, to prove nothing was lost or done twice. */
export class LoadLedger {
  readonly started = new Map<string, number>();
  readonly createFailures = new Map<string, number>();
  /** Per job key: how often a worker received it (a job whose completion got lost comes back). */
  readonly deliveries = new Map<string, number>();
  /** Per (instance, element): side effects performed. The idempotent handler keeps this at 1. */
  readonly effects = new Map<string, number>();
  /** Per job key: completions the broker acknowledged. */
  readonly acknowledged = new Map<string, number>();
  readonly completeFailures = new Map<string, number>();
  completionTimes: number[] = [];
  /** A few distinct gateway messages per failure code, for the summary. */
  readonly failureMessages = new Map<string, Set<string>>();

  recordStarted(processInstanceKey: string): void {
    this.started.set(processInstanceKey, Date.now());
  }

  recordCreateFailure(code: string, message = ''): void {
    this.createFailures.set(code, (this.createFailures.get(code) ?? 0) + 1);
    this.noteMessage(code, message);
  }

  private noteMessage(code: string, message: string): void {
    const messages = this.failureMessages.get(code) ?? new Set<string>();
    if (messages.size < 3 && message) messages.add(message.slice(0, 200));
    this.failureMessages.set(code, messages);
  }

  /** Returns true when the side effect must run (first delivery for this instance and element). */
  recordDelivery(jobKey: string, processInstanceKey: string, elementId: string): boolean {
    this.deliveries.set(jobKey, (this.deliveries.get(jobKey) ?? 0) + 1);
    const effect = `${processInstanceKey}:${elementId}`;
    if (this.effects.has(effect)) return false;
    this.effects.set(effect, 1);
    return true;
  }

  recordCompleted(jobKey: string): void {
    this.acknowledged.set(jobKey, (this.acknowledged.get(jobKey) ?? 0) + 1);
    this.completionTimes.push(Date.now());
  }

  recordCompleteFailure(code: string, message = ''): void {
    this.completeFailures.set(code, (this.completeFailures.get(code) ?? 0) + 1);
    this.noteMessage(code, message);
  }

  get redeliveries(): number {
    return [...this.deliveries.values()].reduce((sum, n) => sum + n - 1, 0);
  }

  get doubleAcknowledged(): string[] {
    return [...this.acknowledged].filter(([, n]) => n > 1).map(([key]) => key);
  }

  get doubleEffects(): string[] {
    return [...this.effects].filter(([, n]) => n > 1).map(([key]) => key);
  }

  /** Longest pause between two acknowledged completions after `since` (epoch ms). */
  longestGapAfter(since: number): number {
    const times = this.completionTimes.filter((t) => t >= since).sort((a, b) => a - b);
    let gap = times.length ? times[0] - since : 0;
    for (let i = 1; i < times.length; i++) gap = Math.max(gap, times[i] - times[i - 1]);
    return gap;
  }
}
