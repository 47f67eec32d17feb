import pg from 'pg';
import { systemClock } from '@duban/workflow';
import { createEmbeddedEngine } from '../index.js';
import { DATABASE_URL } from './test-engine.js';

/**
 * An engine process for the crash and multi-process specs: argv = schema, name, instancesToCreate.
 * Works every job of types crash-a / crash-b; each handler call is recorded in "<schema>".handled before completing,
 * so the spec can see who handled what and how often. Prints "ready" once its workers run.
 */
const [schema, name, toCreate] = process.argv.slice(2) as [string, string, string];
const engine = await createEmbeddedEngine({ connectionString: DATABASE_URL, schema, clock: systemClock, schedulerPollMs: 100, onError: () => undefined });
const recorder = new pg.Pool({ connectionString: DATABASE_URL, max: 4 });
for (const type of ['crash-a', 'crash-b']) {
  engine.createWorker({
    taskType: type,
    worker: name,
    timeout: 3000,
    maxJobsToActivate: 8,
    pollInterval: 100,
    taskHandler: async (job) => {
      await recorder.query(`insert into "${schema}".handled (job_key, worker, deadline, at) values ($1, $2, $3, $4)`, [
        job.key,
        name,
        job.deadline,
        Date.now(),
      ]);
      await new Promise((resolve) => setTimeout(resolve, 20));
      return job.complete({ [`${job.elementId}By`]: name });
    },
  });
}
console.log('ready');
for (let index = 0; index < Number(toCreate); index += 1) {
  await engine.createProcessInstance({ bpmnProcessId: 'crashy', variables: { index } });
}
console.log('created');
