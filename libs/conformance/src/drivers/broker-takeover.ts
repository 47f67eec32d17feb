import { zeebeOptionsFromEnv, type ZeebeEngine } from '@duban/zeebe';
import { isWorkflowError, WorkflowErrorCode, type Clock, type DeployResource, type WorkflowEngine } from '@duban/workflow';

const SWEEP_ROUNDS = 5;
const IDLE_POLL_MS = 100;
/** The history exporter writes within ≈100 ms; a sweep that found something looks again after this. */
const SWEEP_SETTLE_MS = 400;

/**
 * A dated run on a shared broker: the engine clock (Zeebe's stream clock, `EngineClock`) pinned at the start and
 * moved on by re-pinning, so it stands still between moves like the embedded engine's ManualClock. That clock is
 * global, so such a driver has the broker to itself, and what earlier runs left behind would fire at its time:
 * - `begin` cancels every root instance still active (their timers, jobs and user tasks go with them), then pins;
 * - `end` deploys a plain new version of every process it deployed with a timer start event (Zeebe drops the
 *   timer of the version it replaces; the next run's deployment brings the real one back, timed from its own
 *   start), cancels what is still active, and gives the engine the broker's running time back.
 * The broker's actor clock (actuator) is not touched: moving that one back stalls the broker's own schedulers.
 */
export class BrokerTakeover implements Clock {
  private readonly timerStarted = new Set<string>();
  readonly engine: WorkflowEngine;

  private constructor(
    private readonly zeebe: ZeebeEngine,
    private pinnedAt: number,
  ) {
    this.engine = new Proxy(zeebe, {
      get: (target, property, receiver) => {
        const value: unknown = Reflect.get(target, property, receiver);
        if (property === 'deployResources') {
          return (resources: DeployResource[], options?: { tenantId?: string }) => {
            for (const resource of resources) for (const id of timerStartedProcesses(resource)) this.timerStarted.add(id);
            return target.deployResources(resources, options);
          };
        }
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  }

  static async begin(zeebe: ZeebeEngine, startAt: number): Promise<BrokerTakeover> {
    await cancelActive(zeebe);
    await zeebe.engineClock.pin(startAt);
    await rearmCheckers();
    return new BrokerTakeover(zeebe, startAt);
  }

  /** Engine time: it stands where it was last pinned. */
  now(): number {
    return this.pinnedAt;
  }

  /**
   * Timers that fall due fire within the broker's scheduled-task check interval (100 ms on the test broker);
   * resolves once the broker has had that time and has processed and exported everything since.
   */
  async advance(milliseconds: number): Promise<void> {
    if (!Number.isFinite(milliseconds) || milliseconds < 0) throw new RangeError('a clock only moves forward');
    const next = this.pinnedAt + Math.round(milliseconds);
    await this.zeebe.engineClock.pin(next);
    this.pinnedAt = next;
    await brokerIdle();
  }

  async end(): Promise<void> {
    try {
      if (this.timerStarted.size > 0) {
        await this.zeebe.deployResources([...this.timerStarted].map(retiredVersion));
      }
      await cancelActive(this.zeebe);
    } finally {
      await this.zeebe.engineClock.reset();
      await rearmCheckers();
    }
  }
}

/**
 * Zeebe's job-timeout and due-date checkers reschedule themselves in engine time; after the engine clock moved
 * back, their next run lies in the old future, so leases would not expire until the clock got there again.
 * Pausing and resuming processing (actuator) schedules them afresh from the current time. The message TTL
 * checker is only scheduled on partition recovery: after a run that went back in time, buffered messages
 * expire once real time passes the latest time pinned (restart the test broker to clear it at once).
 */
async function rearmCheckers(managementUrl = zeebeOptionsFromEnv().managementUrl): Promise<void> {
  if (!managementUrl) return;
  for (const operation of ['pauseProcessing', 'resumeProcessing']) {
    const response = await fetch(`${managementUrl}/actuator/partitions/${operation}`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`POST /actuator/partitions/${operation} answered ${response.status}: ${await response.text()}`);
  }
}

/**
 * Waits (at most 10 s) until every partition's processed position stood still over one poll and its exporters
 * have acknowledged up to there — after two scheduled-task checks, so timers due at the new time have fired.
 */
async function brokerIdle(managementUrl = zeebeOptionsFromEnv().managementUrl): Promise<void> {
  if (!managementUrl) return;
  await sleep(IDLE_POLL_MS * 2);
  let previous = '';
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    const response = await fetch(`${managementUrl}/actuator/partitions`, { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) return;
    const partitions = Object.values((await response.json()) as Record<string, { processedPosition?: number; exportedPosition?: number }>);
    const processed = partitions.map((p) => p.processedPosition ?? -1).join(',');
    if (processed === previous && partitions.every((p) => (p.exportedPosition ?? -1) >= (p.processedPosition ?? -1))) return;
    previous = processed;
    await sleep(IDLE_POLL_MS);
  }
}

/** Cancels root instances until the history shows none active (it lags the broker a little). */
async function cancelActive(zeebe: ZeebeEngine): Promise<void> {
  for (let round = 0; round < SWEEP_ROUNDS; round += 1) {
    const active = await zeebe.history.listActiveRootInstances();
    if (active.length === 0) return;
    for (const key of active) {
      await zeebe.cancelProcessInstance(key).catch((error: unknown) => {
        // Ended meanwhile (the history had not caught up): nothing to cancel.
        if (!isWorkflowError(error, WorkflowErrorCode.NotFound)) throw error;
      });
    }
    await sleep(SWEEP_SETTLE_MS);
  }
}

/** Ids of the processes in a BPMN resource that have a timer start event (top level or event sub-process). */
export function timerStartedProcesses(resource: DeployResource): string[] {
  if (!resource.name.endsWith('.bpmn')) return [];
  const xml = typeof resource.content === 'string' ? resource.content : resource.content.toString('utf8');
  const processes = xml.matchAll(/<(?:\w+:)?process\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/(?:\w+:)?process>/g);
  // Start events with a body (self-closing ones have no event definition); they do not nest.
  const startEvents = /<(?:\w+:)?startEvent\b(?:[^>]*[^/>])?>([\s\S]*?)<\/(?:\w+:)?startEvent>/g;
  return [...processes]
    .filter(([, , body]) => [...body.matchAll(startEvents)].some(([, inner]) => /<(?:\w+:)?timerEventDefinition\b/.test(inner)))
    .map(([, id]) => id);
}

/** A plain version of a process (start → end) that replaces one with a timer start event. */
function retiredVersion(processId: string): DeployResource {
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="retired-${processId}" targetNamespace="http://duban.io/conformance">
  <bpmn:process id="${processId}" isExecutable="true">
    <bpmn:startEvent id="start"><bpmn:outgoing>flow</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="flow" sourceRef="start" targetRef="end" />
    <bpmn:endEvent id="end"><bpmn:incoming>flow</bpmn:incoming></bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>`;
  return { name: `${processId}.retired.bpmn`, content };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
