/** A FEEL warning as feelin reports it; Zeebe lists the same kinds in its incident messages. */
export interface FeelWarning {
  type: string;
  message: string;
}

/**
 * A FEEL expression that cannot be parsed, or whose result does not fit where it is used.
 * The runtime turns it into an incident carrying `message`; deployment turns a syntax error into a rejection.
 */
export class FeelEvaluationError extends Error {
  constructor(
    readonly expression: string,
    message: string,
    readonly warnings: FeelWarning[] = [],
    /** Character offsets of a syntax error inside `expression`. */
    readonly position?: { from: number; to: number },
  ) {
    super(message);
    this.name = 'FeelEvaluationError';
  }
}

/** Zeebe appends the evaluation warnings to incident messages in this shape. */
export function formatFeelWarnings(warnings: FeelWarning[]): string {
  if (warnings.length === 0) return '';
  const lines = warnings.map((warning) => `[${warning.type}] ${warning.message}`);
  return ` The evaluation reported the following warnings:\n${lines.join('\n')}`;
}
