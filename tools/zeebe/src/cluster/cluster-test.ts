// npm run test:cluster: 3 local brokers (3 partitions, RF 3), steady load through the adapter, SIGKILL one broker
// mid-run; every started instance must complete and no job may be completed twice. Prints a summary, exits 1 on loss.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { JOB_ACTION_ACKNOWLEDGEMENT, type WorkflowError } from '@duban/workflow';
import { createZeebeEngine } from '@duban/zeebe';
import { dropHistorySchema } from '../history-schema.js';
import { topologyProblem } from '../topology-probe.js';
import { ZEEBE_VERSION } from '../zeebe-version.js';
import { CLUSTER_TASK_TYPES, clusterLoadProcess } from './cluster-load.bpmn.js';
import { LoadLedger } from './load-ledger.js';
import { LocalCluster } from './local-cluster.js';

const RATE_PER_SECOND = Number(process.env.CLUSTER_RATE ?? 20);
const LOAD_SECONDS = Number(process.env.CLUSTER_LOAD_SECONDS ?? 20);
const KILL_AFTER_SECONDS = Number(process.env.CLUSTER_KILL_AFTER ?? 7);
const DRAIN_TIMEOUT_MS = 180_000;
const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const log = (line: string) => console.log(`[cluster ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${line}`);
const t0 = Date.now();

async function main(): Promise<boolean> {
  const schema = `t_zeebe_cluster_${randomBytes(4).toString('hex')}`;
  const processId = `cluster_load_${randomBytes(3).toString('hex')}`;
  const cluster = new LocalCluster({ size: 3, partitions: 3, replicationFactor: 3, databaseUrl, schema });
  const ledger = new LoadLedger();
  try {
    const topology = await cluster.start(log);
    log(`Zeebe ${ZEEBE_VERSION}: ${topology.brokers.length} brokers, ${topology.partitionsCount} partitions, RF ${topology.replicationFactor} healthy`);
    const engine = createZeebeEngine({
      grpcAddress: cluster.grpcAddress(0),
      restAddress: cluster.restUrl(0),
      managementUrl: undefined,
      history: { connectionString: databaseUrl, schema },
    });
    await engine.deployResources([{ name: `${processId}.bpmn`, content: clusterLoadProcess(processId) }]);
    const workers = CLUSTER_TASK_TYPES.map((taskType) =>
      engine.createWorker({
        taskType,
        maxJobsToActivate: 32,
        timeout: 5_000,
        taskHandler: async (job) => {
          // Idempotent: the side effect (here, a variable) happens once per instance and element.
          const firstTime = ledger.recordDelivery(job.key, job.processInstanceKey, job.elementId);
          try {
            const ack = await job.complete(firstTime ? { [`${job.elementId}At`]: Date.now() } : {});
            ledger.recordCompleted(job.key);
            return ack;
          } catch (error) {
            // Leave the job to time out and come back rather than burn a retry on a failover.
            ledger.recordCompleteFailure((error as WorkflowError).code ?? 'UNKNOWN', (error as Error).message);
            return JOB_ACTION_ACKNOWLEDGEMENT;
          }
        },
      }),
    );

    const victim = await pickVictim(cluster);
    log(`load: ${RATE_PER_SECOND} instances/s for ${LOAD_SECONDS} s through node 0's gateway; SIGKILL node ${victim} after ${KILL_AFTER_SECONDS} s`);
    let killedAt = 0;
    let failoverMs = -1;
    const creations: Promise<void>[] = [];
    const loadStart = Date.now();
    for (let i = 0; i < RATE_PER_SECOND * LOAD_SECONDS; i++) {
      const due = loadStart + (i * 1000) / RATE_PER_SECOND;
      if (Date.now() < due) await sleep(due - Date.now());
      if (!killedAt && Date.now() - loadStart >= KILL_AFTER_SECONDS * 1000) {
        cluster.kill(victim);
        killedAt = Date.now();
        log(`SIGKILL node ${victim} (pid ${cluster.nodes[victim].pid})`);
        void waitForFailover(cluster, victim).then((ms) => {
          failoverMs = ms;
          log(`every partition has a healthy leader again ${ms} ms after the kill`);
        });
      }
      creations.push(
        engine.createProcessInstance({ bpmnProcessId: processId, variables: { n: i } }).then(
          (created) => ledger.recordStarted(created.processInstanceKey),
          (error: WorkflowError) => ledger.recordCreateFailure(error.code ?? 'UNKNOWN', error.message),
        ),
      );
    }
    await Promise.all(creations);
    log(`load done: ${ledger.started.size} started, ${sum(ledger.createFailures)} creations refused ${JSON.stringify(Object.fromEntries(ledger.createFailures))}`);

    const completed = await waitForCompletion(schema, [...ledger.started.keys()]);
    await Promise.all(workers.map((worker) => worker.close()));
    const history = await historyFigures(schema, processId);
    await engine.close();

    const missing = [...ledger.started.keys()].filter((key) => !completed.has(key));
    const summary = {
      zeebeVersion: ZEEBE_VERSION,
      brokers: 3,
      partitions: 3,
      replicationFactor: 3,
      killedNode: victim,
      ratePerSecond: RATE_PER_SECOND,
      loadSeconds: LOAD_SECONDS,
      started: ledger.started.size,
      createRefused: sum(ledger.createFailures),
      completed: ledger.started.size - missing.length,
      notCompleted: missing.length,
      instancesInHistory: history.instances,
      instancesCompletedInHistory: history.completed,
      jobsCompleted: ledger.acknowledged.size,
      jobsCompletedTwice: ledger.doubleAcknowledged.length,
      jobCompletionEventsTwiceInHistory: history.jobsCompletedTwice,
      redeliveries: ledger.redeliveries,
      sideEffectsTwice: ledger.doubleEffects.length,
      completeFailures: Object.fromEntries(ledger.completeFailures),
      failureMessages: Object.fromEntries([...ledger.failureMessages].map(([code, messages]) => [code, [...messages]])),
      failoverMs,
      longestCompletionGapAfterKillMs: killedAt ? ledger.longestGapAfter(killedAt) : 0,
      totalSeconds: Number(((Date.now() - t0) / 1000).toFixed(1)),
    };
    const ok =
      missing.length === 0 &&
      summary.jobsCompletedTwice === 0 &&
      history.jobsCompletedTwice === 0 &&
      summary.sideEffectsTwice === 0 &&
      history.completed === history.instances &&
      ledger.started.size > 0;
    log(
      `${ok ? 'PASS' : 'FAIL'}: ${summary.completed}/${summary.started} started instances completed, ` +
        `${summary.jobsCompleted} jobs completed, ${summary.jobsCompletedTwice} twice, ${summary.redeliveries} redelivered ` +
        `(handled idempotently), failover ${failoverMs} ms`,
    );
    console.log(JSON.stringify(summary));
    return ok;
  } finally {
    await cluster.stop();
    await dropHistorySchema(databaseUrl, schema).catch(() => undefined);
  }
}

/** A broker other than node 0 (whose gateway the client uses), leading as many partitions as possible. */
async function pickVictim(cluster: LocalCluster): Promise<number> {
  const topology = await cluster.topology();
  const leads = (nodeId: number) =>
    topology.brokers.find((b) => b.nodeId === nodeId)?.partitions.filter((p) => p.role.toLowerCase() === 'leader').length ?? 0;
  return leads(2) > leads(1) ? 2 : 1;
}

async function waitForFailover(cluster: LocalCluster, victim: number): Promise<number> {
  const killedAt = Date.now();
  for (;;) {
    await sleep(250);
    try {
      const topology = await cluster.topology();
      const alive = { ...topology, brokers: topology.brokers.filter((b) => b.nodeId !== victim) };
      if (!topologyProblem(alive, 2)) return Date.now() - killedAt;
    } catch {
      // gateway busy with the failover
    }
  }
}

/** Keys of the given instances the history shows completed; waits until all are or the drain timeout passes. */
async function waitForCompletion(schema: string, keys: string[]): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const deadline = Date.now() + DRAIN_TIMEOUT_MS;
    let done = new Set<string>();
    while (Date.now() < deadline) {
      const result = await client.query<{ key: string }>(
        `SELECT record_key::text AS key FROM ${schema}.zeebe_record
          WHERE value_type = 'PROCESS_INSTANCE' AND intent = 'ELEMENT_COMPLETED'
            AND record->'value'->>'bpmnElementType' = 'PROCESS' AND record_key = ANY($1::bigint[])`,
        [keys],
      );
      done = new Set(result.rows.map((row) => row.key));
      if (done.size === keys.length) break;
      await sleep(1_000);
    }
    return done;
  } finally {
    await client.end();
  }
}

/** From the exported log: instances of the process (also those whose creation the client saw fail), and jobs completed twice. */
async function historyFigures(schema: string, processId: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const instances = await client.query<{ started: string; completed: string }>(
      `SELECT count(*) FILTER (WHERE intent = 'ELEMENT_ACTIVATED') AS started,
              count(*) FILTER (WHERE intent = 'ELEMENT_COMPLETED') AS completed
         FROM ${schema}.zeebe_record
        WHERE value_type = 'PROCESS_INSTANCE' AND record->'value'->>'bpmnElementType' = 'PROCESS'
          AND record->'value'->>'bpmnProcessId' = $1`,
      [processId],
    );
    const twice = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM (SELECT record_key FROM ${schema}.zeebe_record
        WHERE value_type = 'JOB' AND intent = 'COMPLETED' GROUP BY record_key HAVING count(*) > 1) AS t`,
    );
    return { instances: Number(instances.rows[0].started), completed: Number(instances.rows[0].completed), jobsCompletedTwice: Number(twice.rows[0].n) };
  } finally {
    await client.end();
  }
}

function sum(counts: Map<string, number>): number {
  return [...counts.values()].reduce((a, b) => a + b, 0);
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    console.error(`test:cluster failed: ${(error as Error).stack ?? error}`);
    process.exit(1);
  },
);
