export * from './driver/engine-under-test.js';
export * from './drivers/load-driver.js';
export * from './scenario/scenario.types.js';
export * from './scenario/matchers.js';
export * from './runner/suite-runner.js';
export type { ScenarioResult, RunOptions } from './runner/scenario-runner.js';
export { ALL_SCENARIOS, selectScenarios } from './scenarios/index.js';
export * from './cli-report.util.js';
