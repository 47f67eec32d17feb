export { createZeebeEngine, ZeebeEngine } from './zeebe-engine.js';
export { zeebeOptionsFromEnv, selectedEngine, sdkConfiguration, type ZeebeEngineOptions } from './zeebe-options.js';
export { BrokerClock } from './broker-clock.js';
export { EngineClock } from './engine-clock.js';
export { ZeebeHistory } from './history/zeebe-history.js';
export { toWorkflowError } from './grpc-error.util.js';
export * from './inbox/user-task-reconciler.js';
