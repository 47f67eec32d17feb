/** `@Inject(WORKFLOW_ENGINE) engine: WorkflowEngine` — the port; features never know which engine it is. */
export const WORKFLOW_ENGINE = Symbol('WORKFLOW_ENGINE');
