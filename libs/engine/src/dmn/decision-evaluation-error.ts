/** A decision that could not be evaluated; the runtime raises it as an incident on the business rule task. */
export class DecisionEvaluationError extends Error {
  constructor(
    readonly decisionId: string,
    message: string,
  ) {
    super(`failed to evaluate decision '${decisionId}': ${message}`);
    this.name = 'DecisionEvaluationError';
  }
}
