import { UserTaskHeader, type Job, type JsonValue } from '@duban/workflow';

/** What the inbox keeps of a user-task job, before tenant, item and names are resolved. */
export interface UserTaskProjection {
  jobKey: string;
  /** Engine tenant (the tenant code), or the `tenantId` variable when the engine reports Zeebe's `<default>`. */
  tenantCode: string | null;
  itemId: string | null;
  processInstanceKey: string;
  elementInstanceKey: string;
  bpmnProcessId: string;
  processVersion: number;
  processDefinitionKey: string;
  elementId: string;
  assignee: string | null;
  candidateGroups: string[];
  candidateUsers: string[];
  dueAt: Date | null;
  followUpAt: Date | null;
  formKey: string | null;
  priority: number;
  title: string | null;
  itemNumber: string | null;
  unitCode: string | null;
  variables: Record<string, JsonValue>;
  leaseUntil: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Variables kept whole up to this size; beyond it only the scalars are kept (lists need only those). */
export const MAX_KEPT_VARIABLES_BYTES = 64 * 1024;

/** Zeebe writes list headers as JSON arrays (`["a","b"]`); a comma-separated list is accepted as well. */
export function parseList(header: string | undefined): string[] {
  if (!header || header.trim() === '') return [];
  const text = header.trim();
  if (text.startsWith('[')) {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (Array.isArray(parsed)) return parsed.filter((v): v is string => typeof v === 'string' && v !== '');
    } catch {
      // fall through to the comma-separated reading
    }
  }
  return text.split(',').map((s) => s.trim()).filter(Boolean);
}

function parseDate(text: string | undefined): Date | null {
  if (!text) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time);
}

const stringVar = (value: JsonValue | undefined): string | null => (typeof value === 'string' && value !== '' ? value : null);

function keptVariables(variables: Record<string, JsonValue>): Record<string, JsonValue> {
  if (Buffer.byteLength(JSON.stringify(variables)) <= MAX_KEPT_VARIABLES_BYTES) return variables;
  return Object.fromEntries(
    Object.entries(variables).filter(([, v]) => v === null || typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && v.length <= 1000)),
  );
}

export function projectUserTaskJob(job: Job): UserTaskProjection {
  const headers = job.customHeaders;
  const variables = job.variables as Record<string, JsonValue>;
  const engineTenant = job.tenantId && job.tenantId !== '<default>' ? job.tenantId : null;
  const priority = Number.parseInt(headers[UserTaskHeader.priority] ?? '', 10);
  const itemId = stringVar(variables.itemId);
  return {
    jobKey: job.key,
    tenantCode: engineTenant ?? stringVar(variables.tenantId),
    itemId: itemId && UUID.test(itemId) ? itemId.toLowerCase() : null,
    processInstanceKey: job.processInstanceKey,
    elementInstanceKey: job.elementInstanceKey,
    bpmnProcessId: job.bpmnProcessId,
    processVersion: job.processDefinitionVersion,
    processDefinitionKey: job.processDefinitionKey,
    elementId: job.elementId,
    assignee: headers[UserTaskHeader.assignee]?.trim() || null,
    candidateGroups: parseList(headers[UserTaskHeader.candidateGroups]),
    candidateUsers: parseList(headers[UserTaskHeader.candidateUsers]),
    dueAt: parseDate(headers[UserTaskHeader.dueDate]),
    followUpAt: parseDate(headers[UserTaskHeader.followUpDate]),
    formKey: headers[UserTaskHeader.formKey]?.trim() || null,
    priority: Number.isInteger(priority) && priority >= 0 && priority <= 100 ? priority : 50,
    title: stringVar(variables.title),
    itemNumber: stringVar(variables.itemNumber),
    unitCode: stringVar(variables.unit) ?? stringVar(variables.leadUnit),
    variables: keptVariables(variables),
    leaseUntil: new Date(job.deadline),
  };
}
