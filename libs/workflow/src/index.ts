export * from './variables.js';
export * from './job.js';
export * from './commands.js';
export * from './history.js';
export * from './workflow-error.js';
export * from './workflow-engine.js';
export * from './user-task-headers.js';
export * from './clock.js';
