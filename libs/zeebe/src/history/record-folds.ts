import type {
  ElementInstanceRecord,
  IncidentErrorType,
  IncidentRecord,
  JobRecord,
  JobState,
  JsonValue,
  VariableRecord,
} from '@duban/workflow';

/** One exported event as the queries return it: keys as decimal strings, `value` as Zeebe's record value JSON. */
export interface EventRow {
  key: string;
  intent: string;
  ts: Date;
  value: Record<string, unknown>;
}

const ELEMENT_END: Record<string, 'COMPLETED' | 'TERMINATED'> = {
  ELEMENT_COMPLETED: 'COMPLETED',
  ELEMENT_TERMINATED: 'TERMINATED',
};

/** Process-instance events (sequence flows excluded) to element instances, in activation order. */
export function foldElementInstances(rows: EventRow[]): ElementInstanceRecord[] {
  const byKey = new Map<string, ElementInstanceRecord>();
  for (const row of rows) {
    let element = byKey.get(row.key);
    if (!element) {
      element = {
        key: row.key,
        processInstanceKey: text(row.value.processInstanceKey),
        elementId: text(row.value.elementId),
        elementType: text(row.value.bpmnElementType),
        state: 'ACTIVE',
        startDate: row.ts.toISOString(),
        ...optionalKey('flowScopeKey', row.value.flowScopeKey),
      };
      byKey.set(row.key, element);
    }
    const end = ELEMENT_END[row.intent];
    if (end) {
      element.state = end;
      element.endDate = row.ts.toISOString();
    }
  }
  return [...byKey.values()];
}

export function foldIncidents(rows: EventRow[]): IncidentRecord[] {
  const byKey = new Map<string, IncidentRecord>();
  for (const row of rows) {
    if (row.intent === 'CREATED') {
      byKey.set(row.key, {
        key: row.key,
        processInstanceKey: text(row.value.processInstanceKey),
        elementId: text(row.value.elementId),
        elementInstanceKey: text(row.value.elementInstanceKey),
        errorType: text(row.value.errorType) as IncidentErrorType,
        errorMessage: text(row.value.errorMessage),
        state: 'ACTIVE',
        createdAt: row.ts.toISOString(),
        ...optionalKey('jobKey', row.value.jobKey),
      });
    } else if (row.intent === 'RESOLVED') {
      const incident = byKey.get(row.key);
      if (incident) Object.assign(incident, { state: 'RESOLVED', resolvedAt: row.ts.toISOString() });
    }
  }
  return [...byKey.values()];
}

/** Zeebe's job intents the port has no name for, mapped to what they mean for a reader. */
const JOB_STATE: Record<string, JobState | undefined> = {
  CREATED: 'CREATED',
  COMPLETED: 'COMPLETED',
  FAILED: 'FAILED',
  ERROR_THROWN: 'ERROR_THROWN',
  CANCELED: 'CANCELED',
  RETRIES_UPDATED: 'RETRIES_UPDATED',
  TIMED_OUT: 'TIMED_OUT',
  RECURRED_AFTER_BACKOFF: 'CREATED',
  YIELDED: 'CREATED',
  TIMEOUT_UPDATED: 'ACTIVATED',
};

export function foldJobs(rows: EventRow[]): JobRecord[] {
  const byKey = new Map<string, JobRecord>();
  for (const row of rows) {
    const value = row.value;
    const state = JOB_STATE[row.intent];
    const previous = byKey.get(row.key);
    const deadline = Number(value.deadline);
    const job: JobRecord = {
      key: row.key,
      type: text(value.type),
      processInstanceKey: text(value.processInstanceKey),
      elementId: text(value.elementId),
      elementInstanceKey: text(value.elementInstanceKey),
      state: state ?? previous?.state ?? 'CREATED',
      retries: Number(value.retries),
      customHeaders: (value.customHeaders ?? {}) as Record<string, string>,
      createdAt: previous?.createdAt ?? row.ts.toISOString(),
      updatedAt: row.ts.toISOString(),
      ...(value.worker ? { worker: text(value.worker) } : {}),
      ...(value.errorMessage ? { errorMessage: text(value.errorMessage) } : {}),
      ...(value.errorCode ? { errorCode: text(value.errorCode) } : {}),
      ...(deadline > 0 ? { deadline: new Date(deadline).toISOString() } : {}),
    };
    byKey.set(row.key, job);
  }
  return [...byKey.values()];
}

/** Current value of every variable: the last event per scope and name wins. */
export function foldVariables(rows: EventRow[]): VariableRecord[] {
  const current = new Map<string, VariableRecord>();
  for (const row of rows) {
    const scopeKey = text(row.value.scopeKey);
    const name = text(row.value.name);
    current.set(`${scopeKey}\u0000${name}`, {
      name,
      value: parseValue(row.value.value),
      scopeKey,
      processInstanceKey: text(row.value.processInstanceKey),
      updatedAt: row.ts.toISOString(),
    });
  }
  return [...current.values()];
}

/** Zeebe stores a variable's value as a JSON text. */
function parseValue(raw: unknown): JsonValue {
  if (typeof raw !== 'string') return (raw ?? null) as JsonValue;
  try {
    return JSON.parse(raw) as JsonValue;
  } catch {
    return raw;
  }
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/** Zeebe writes -1 for "no key". */
function optionalKey<K extends string>(name: K, value: unknown): Partial<Record<K, string>> {
  const key = text(value);
  return key && key !== '-1' && key !== '0' ? ({ [name]: key } as Record<K, string>) : {};
}
