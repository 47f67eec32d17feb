import { USER_TASK_JOB_TYPE, UserTaskHeader, type JsonValue } from '@duban/workflow';
import type { FlowNodeModel } from '../model/model-types.js';
import { failActivation } from './element-lifecycle.js';
import type { Execution } from './execution.js';
import { evalMaybeFeel, FeelError } from './feel.js';
import type { ElementInstanceRow } from './runtime-types.js';
import { scopeChain, visibleVariables } from './variable-scopes.js';

class HeaderError extends Error {}

/** Creates the job of a service-like task or of a job-worker user task (Zeebe's job type and headers). */
export async function createJob(exec: Execution, ei: ElementInstanceRow, node: FlowNodeModel): Promise<void> {
  const context = visibleVariables(exec.state, ei.key);
  let type: string;
  let retries: number;
  let headers: Record<string, string>;
  try {
    if (node.type === 'USER_TASK') {
      type = USER_TASK_JOB_TYPE;
      retries = 1;
      headers = { ...(node.job?.headers ?? {}), ...(await userTaskHeaders(exec, node, context)) };
    } else {
      type = String(evalMaybeFeel(node.job!.type, context, exec.now, ['STRING']));
      const rawRetries = evalMaybeFeel(node.job!.retries, context, exec.now, ['NUMBER', 'STRING']);
      retries = Number(rawRetries);
      if (!Number.isInteger(retries)) throw new HeaderError(`Expected retries to be a number, but was '${String(rawRetries)}'`);
      headers = { ...node.job!.headers };
    }
  } catch (error) {
    if (!(error instanceof FeelError) && !(error instanceof HeaderError)) throw error;
    return failActivation(exec, ei, 'EXTRACT_VALUE_ERROR', error.message);
  }
  const pi = exec.processInstanceOf(ei);
  const key = exec.env.keys.take();
  exec.state.newJobs.set(key, {
    key,
    type,
    state: 'CREATED',
    open: true,
    root_key: exec.state.rootKey,
    process_instance_key: ei.process_instance_key,
    element_instance_key: ei.key,
    element_id: ei.element_id,
    bpmn_process_id: pi.bpmn_process_id,
    version: pi.version,
    definition_key: pi.definition_key,
    tenant_id: pi.tenant_id,
    retries,
    worker: null,
    deadline: null,
    available_at: exec.now,
    scope_keys: scopeChain(exec.state, ei.key).reverse(),
    custom_headers: headers,
    error_message: null,
    error_code: null,
    created_at: exec.now,
    updated_at: exec.now,
  });
  exec.state.jobEvents.push({
    job_key: key,
    process_instance_key: ei.process_instance_key,
    state: 'CREATED',
    retries,
    worker: null,
    error_message: null,
    error_code: null,
    at: exec.now,
  });
}

async function userTaskHeaders(exec: Execution, node: FlowNodeModel, context: Record<string, JsonValue>): Promise<Record<string, string>> {
  const task = node.userTask ?? {};
  const headers: Record<string, string> = {};
  const text = (value: string | undefined): string | undefined => {
    if (value === undefined) return undefined;
    const result = evalMaybeFeel(value, context, exec.now);
    return result === null ? undefined : typeof result === 'string' ? result : JSON.stringify(result);
  };
  const list = (value: string | undefined): string | undefined => {
    if (value === undefined) return undefined;
    const result = evalMaybeFeel(value, context, exec.now);
    if (result === null) return undefined;
    if (Array.isArray(result)) return JSON.stringify(result.map(String));
    if (typeof result === 'string') return JSON.stringify(result.split(',').map((entry) => entry.trim()).filter(Boolean));
    throw new HeaderError(`Expected result of the expression '${value}' to be 'ARRAY' or 'STRING', but was '${typeof result}'`);
  };
  const assign = (name: string, value: string | undefined): void => {
    if (value !== undefined && value !== '') headers[name] = value;
  };
  assign(UserTaskHeader.assignee, text(task.assignee));
  assign(UserTaskHeader.candidateGroups, list(task.candidateGroups));
  assign(UserTaskHeader.candidateUsers, list(task.candidateUsers));
  assign(UserTaskHeader.dueDate, text(task.dueDate));
  assign(UserTaskHeader.followUpDate, text(task.followUpDate));
  assign(UserTaskHeader.priority, text(task.priority));
  if (task.formKey) assign(UserTaskHeader.formKey, text(task.formKey));
  else if (task.formId) assign(UserTaskHeader.formKey, await formKeyOf(exec, String(evalMaybeFeel(task.formId, context, exec.now)), exec.state.root!.tenant_id));
  return headers;
}

/** A linked form (zeebe:formDefinition formId): the header carries the key of the latest deployed version. */
async function formKeyOf(exec: Execution, formId: string, tenantId: string): Promise<string> {
  const { rows } = await exec.env.db.query<{ key: string }>(
    `select key::text from ${exec.env.schema}.form where tenant_id = $1 and form_id = $2 order by version desc limit 1`,
    [tenantId, formId],
  );
  if (!rows[0]) throw new HeaderError(`Expected to find a form with id '${formId}', but no form with this id is found`);
  return rows[0].key;
}
