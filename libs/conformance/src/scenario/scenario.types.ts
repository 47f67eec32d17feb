import type { IncidentErrorType, Job, ProcessInstanceState, Variables, WorkflowErrorCode } from '@duban/workflow';
import type { Matcher } from './matchers.js';

/**
 * A scenario: BPMN/DMN fixtures, scripted steps against the port, and what must hold at the end.
 * Written from Zeebe's documented semantics. The literal `RUNID` anywhere in fixtures, steps or expectations is
 * replaced by a token unique to the run, so reruns against one long-lived broker never see each other's
 * process ids, message names or correlation keys.
 */
export interface Scenario {
  /** Unique, kebab-case; also the test name. */
  id: string;
  /** One line: what Zeebe does that this proves. */
  title: string;
  /** Folder of the fixtures, relative to `src/scenarios/` (usually the area folder). */
  area: string;
  /** Fixture file names in `src/scenarios/<area>/`, deployed together before the steps run. */
  deploy: string[];
  steps: Step[];
  /** Checked (and re-polled until the deadline) after the last step. Keyed by instance alias; `main` by default. */
  expect: Record<string, InstanceExpectation>;
}

/** Element ids in the order Zeebe activates them; an inner array is a group whose order is not determined. */
export type ElementPath = Array<string | string[]>;

export interface InstanceExpectation {
  state: ProcessInstanceState;
  /**
   * Completed element instances (the process itself, multi-instance bodies and sequence flows left out), in
   * activation order, exactly.
   */
  completed?: ElementPath;
  /** How many instances of these elements completed (when the path itself is not determined). */
  completedCounts?: Record<string, number>;
  /** Terminated element instances (same exclusions), as a multiset. */
  terminated?: string[];
  /** Root-scope variables that must have these values (others may exist). */
  variables?: Record<string, unknown>;
  /** Variables that must NOT exist in the root scope (scoping rules). */
  absentVariables?: string[];
  /** Variables living on an element instance of that element id (local variables, input mappings, MI elements). */
  localVariables?: Record<string, Record<string, unknown>>;
  /** Incidents as a multiset; when omitted, the instance must have no ACTIVE incident. */
  incidents?: IncidentExpectation[];
}

export interface IncidentExpectation {
  errorType: IncidentErrorType;
  elementId: string;
  state?: 'ACTIVE' | 'RESOLVED';
  errorMessage?: string | Matcher;
}

export interface JobExpectation {
  elementId?: string;
  retries?: number;
  customHeaders?: Record<string, string | Matcher>;
  variables?: Record<string, unknown>;
  /** Variables the job must not carry (fetchVariable, scoping). */
  absentVariables?: string[];
}

/** Where a command lands: an instance alias (root scope) or an active element instance of an element id. */
export interface ScopeRef {
  instance?: string;
  elementId?: string;
}

export type Step =
  | { create: { processId: string; variables?: Variables; as?: string; version?: number }; expectError?: WorkflowErrorCode }
  | { deploy: string[]; expectVersion?: Record<string, number> }
  | JobStep
  | { publish: { name: string; correlationKey: string; variables?: Variables; timeToLive?: number; messageId?: string }; expectError?: WorkflowErrorCode }
  | { setVariables: { scope: ScopeRef; variables: Variables; local?: boolean } }
  | { advanceClock: number }
  | { cancel: string }
  | { resolveIncident: { instance?: string; elementId: string } }
  | { updateRetries: { instance?: string; elementId: string; retries: number } }
  | { waitFor: WaitCondition }
  | { noJob: { type: string; forMs: number } }
  | { worker: { type: string; behaviour: 'complete' | 'throw'; variables?: Variables } };

/** Variables to answer with: fixed, or computed from the job (e.g. per multi-instance element). */
export type JobVariables = Variables | ((job: Job) => Variables);

export type JobAction =
  | { complete: string; variables?: JobVariables }
  /** Takes the job, checks and binds it, and gives it back unanswered. */
  | { inspect: string }
  | { fail: string; retries: number; errorMessage: string; retryBackOff?: number }
  | { throwError: string; errorCode: string; errorMessage?: string; variables?: Variables };

/** Takes the next job of that type belonging to this scenario's processes and answers it. */
export type JobStep = JobAction & {
  /** Only a job of this element id. */
  elementId?: string;
  /** Only a job this predicate accepts (e.g. a given multi-instance element). */
  where?: (job: Job) => boolean;
  /** Remembers the job's process instance under this alias (message start events, called processes). */
  bind?: string;
  /** Asserted on the job as the worker receives it. */
  expectJob?: JobExpectation;
  /** Variables the worker fetches (fetchVariable); all when omitted. */
  fetchVariable?: string[];
};

/** `holdFor`: the condition must still hold after that many milliseconds (nothing more fired meanwhile). */
export type WaitCondition = { instance?: string; holdFor?: number } & (
  | { active: string; count?: number }
  | { completed: string; count?: number }
  | { incident: IncidentErrorType; elementId?: string }
  | { state: ProcessInstanceState }
);
