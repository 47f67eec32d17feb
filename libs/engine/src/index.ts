export { createEmbeddedEngine, EmbeddedEngine, type EmbeddedEngineOptions } from './engine/embedded-engine.js';
export type { BatchingOptions } from './engine/command-runner.js';
