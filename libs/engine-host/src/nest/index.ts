// `@duban/engine-host/nest`: the Nest module, apart from the main entry (parameter decorators do not load under tsx).
export * from './workflow-engine.module.js';
export { WORKFLOW_ENGINE } from '../workflow-engine.token.js';
