/** A timer definition (duration, date, cycle or cron) that cannot be scheduled. */
export class TimerDefinitionError extends Error {
  constructor(
    readonly kind: string,
    readonly value: string,
    reason: string,
  ) {
    super(`Invalid timer ${kind} '${value}': ${reason}`);
    this.name = 'TimerDefinitionError';
  }
}
