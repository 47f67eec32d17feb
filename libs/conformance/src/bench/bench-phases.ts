import { readFile } from 'node:fs/promises';
import { USER_TASK_JOB_TYPE, type WorkflowEngine } from '@duban/workflow';
import { withRunToken } from '../runner/run-token.util.js';
import { sleep } from '../runner/poll.util.js';
import { withBackPressure } from './back-pressure.util.js';
import { CompletionTracker } from './completion-tracker.js';

export interface PhaseOptions {
  seconds: number;
  /** Instances kept in flight at once. */
  concurrency: number;
  token: string;
}

export interface PhaseResult {
  completedPerSec: number;
  completed: number;
  /** Job creation (the command that creates it) → handler, in ms; service-task phase only. */
  activationMs: number[];
  timedOut: number;
}

const FIXTURES = new URL('./fixtures/', import.meta.url);

async function deployFixture(engine: WorkflowEngine, name: string, token: string): Promise<void> {
  const content = withRunToken(await readFile(new URL(name, FIXTURES), 'utf8'), token);
  await engine.deployResources([{ name, content }]);
}

/** Keeps `concurrency` instances in flight for the window and counts the ones completing inside it. */
async function drive(
  options: PhaseOptions,
  start: () => Promise<string>,
  tracker: CompletionTracker,
): Promise<{ inWindow: () => boolean; finish: () => Promise<{ timedOut: number; windowSeconds: number }> }> {
  const warmupMs = Math.min(2_000, options.seconds * 100);
  const startedAt = Date.now();
  const windowStart = startedAt + warmupMs;
  const windowEnd = startedAt + options.seconds * 1_000;
  let timedOut = 0;
  const loops = Array.from({ length: options.concurrency }, async () => {
    while (Date.now() < windowEnd) {
      const key = await withBackPressure(start);
      if (!(await tracker.wait(key, 30_000))) timedOut += 1;
    }
  });
  return {
    inWindow: () => {
      const now = Date.now();
      return now >= windowStart && now < windowEnd;
    },
    finish: async () => {
      await Promise.all(loops);
      return { timedOut, windowSeconds: (windowEnd - windowStart) / 1_000 };
    },
  };
}

/** start → 3 service tasks → end, each task answered by an in-process worker through the port. */
export async function serviceTaskPhase(engine: WorkflowEngine, options: PhaseOptions): Promise<PhaseResult> {
  await deployFixture(engine, 'three-service-tasks.bpmn', options.token);
  const bpmnProcessId = `benchThree_${options.token}`;
  const tracker = new CompletionTracker();
  const activationMs: number[] = [];
  let completed = 0;
  // Workers exist before the first instance; the window they count in is set once driving starts.
  const phase: { window?: Awaited<ReturnType<typeof drive>> } = {};
  const workers = ['t1', 't2', 't3'].map((task) =>
    engine.createWorker<{ issuedAt?: number }>({
      taskType: `bench.${task}.${options.token}`,
      worker: 'bench',
      maxJobsToActivate: 32,
      timeout: 60_000,
      pollInterval: 100,
      taskHandler: async (job) => {
        const received = Date.now();
        if (typeof job.variables.issuedAt === 'number' && phase.window?.inWindow()) activationMs.push(received - job.variables.issuedAt);
        const last = task === 't3';
        // The next job is created by this very command: its creation is measured from here.
        const ack = await job.complete(last ? {} : { issuedAt: Date.now() });
        if (last) {
          if (phase.window?.inWindow()) completed += 1;
          tracker.completed(job.processInstanceKey);
        }
        return ack;
      },
    }),
  );
  const window = await drive(
    options,
    async () =>
      (await engine.createProcessInstance({ bpmnProcessId, variables: { issuedAt: Date.now() } })).processInstanceKey,
    tracker,
  );
  phase.window = window;
  const { timedOut, windowSeconds } = await window.finish();
  await Promise.all(workers.map((worker) => worker.close()));
  return { completedPerSec: completed / windowSeconds, completed, activationMs, timedOut };
}

/** start → one job-worker user task → end, the task activated and completed through the port like the inbox does. */
export async function userTaskPhase(engine: WorkflowEngine, options: PhaseOptions): Promise<PhaseResult> {
  await deployFixture(engine, 'one-user-task.bpmn', options.token);
  const bpmnProcessId = `benchUserTask_${options.token}`;
  const tracker = new CompletionTracker();
  let completed = 0;
  let running = true;
  const window = await drive(
    options,
    async () => (await engine.createProcessInstance({ bpmnProcessId })).processInstanceKey,
    tracker,
  );
  const pollers = Array.from({ length: 2 }, async () => {
    while (running) {
      const jobs = await withBackPressure(() =>
        engine.activateJobs({ type: USER_TASK_JOB_TYPE, worker: 'bench-inbox', maxJobsToActivate: 32, timeout: 60_000 }),
      );
      const ours = jobs.filter((job) => job.bpmnProcessId === bpmnProcessId);
      await Promise.all(
        ours.map(async (job) => {
          await withBackPressure(() => engine.completeJob({ jobKey: job.key, variables: { approved: true } }));
          if (window.inWindow()) completed += 1;
          tracker.completed(job.processInstanceKey);
        }),
      );
      if (jobs.length === 0) await sleep(10);
    }
  });
  const { timedOut, windowSeconds } = await window.finish();
  running = false;
  await Promise.all(pollers);
  return { completedPerSec: completed / windowSeconds, completed, activationMs: [], timedOut };
}
