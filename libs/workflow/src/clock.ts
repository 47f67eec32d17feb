/** Time source of engines and workers; tests swap in a ManualClock to jump days and months ahead. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that stands still until told to move. Listeners let an engine wake its scheduler at once. */
export class ManualClock implements Clock {
  private current: number;
  private readonly listeners = new Set<(now: number) => void>();

  constructor(start: number | Date = Date.now()) {
    this.current = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.current;
  }

  advance(milliseconds: number): number {
    if (milliseconds < 0) throw new RangeError('a clock only moves forward');
    return this.set(this.current + milliseconds);
  }

  set(epochMillis: number): number {
    if (epochMillis < this.current) throw new RangeError('a clock only moves forward');
    this.current = epochMillis;
    for (const listener of this.listeners) listener(this.current);
    return this.current;
  }

  onChange(listener: (now: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
