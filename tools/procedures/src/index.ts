export * from './scenario.types.js';
export type { ScenarioSession, Instance, WaitCondition, Duration } from './scenario-session.js';
export type { OpenTask, TaskQuery } from './user-task.inbox.js';
