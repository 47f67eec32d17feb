// `@duban/workers/nest`: the Nest module, apart from the main entry so that plain TypeScript runners (tsx,
// esbuild: no parameter decorators) can load `@duban/workers` itself.
export * from './workers.module.js';
