export { createEmbeddedEngine, EmbeddedEngine, type EmbeddedEngineOptions } from './engine/embedded-engine.js';
