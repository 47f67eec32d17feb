// `@duban/engine-host`: no parameter decorators here (loads under tsx); the Nest module is `@duban/engine-host/nest`.
export * from './environment.util.js';
export * from './engine-settings.js';
export * from './pg-pool.util.js';
export * from './create-workflow-engine.js';
export * from './workflow-engine.token.js';
