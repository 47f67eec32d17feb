import {
  WorkflowError,
  WorkflowErrorCode,
  type CreateProcessInstanceRequest,
  type ProcessInstanceCreated,
  type SetVariablesRequest,
} from '@duban/workflow';
import { startProcessInstance } from '../runtime/process-start.js';
import { terminateElement } from '../runtime/element-lifecycle.js';
import { propagate, setLocal } from '../runtime/variable-scopes.js';
import type { CommandRunner } from './command-runner.js';
import { checkVariables, notFound, requireKey } from './variables-guard.js';

export const DEFAULT_TENANT = '<default>';

export async function createProcessInstance(runner: CommandRunner, request: CreateProcessInstanceRequest): Promise<ProcessInstanceCreated> {
  if (!request || typeof request.bpmnProcessId !== 'string' || request.bpmnProcessId === '') {
    throw new WorkflowError(WorkflowErrorCode.InvalidArgument, 'bpmnProcessId 必填 / bpmnProcessId is required');
  }
  const variables = checkVariables(request.variables);
  const tenantId = request.tenantId ?? DEFAULT_TENANT;
  return runner.transaction(async (tx) => {
    const definition = await runner.definitions.latest(tx, tenantId, request.bpmnProcessId, request.version);
    if (!definition) {
      throw new WorkflowError(
        WorkflowErrorCode.NotFound,
        `未找到流程定义 / no process definition with BPMN process id '${request.bpmnProcessId}'${request.version ? ` and version ${request.version}` : ''}`,
      );
    }
    if (!definition.model.root.noneStartId) {
      throw new WorkflowError(WorkflowErrorCode.InvalidArgument, `process '${request.bpmnProcessId}' has no none start event to create an instance from`);
    }
    const key = runner.keys.take();
    await runner.withNewInstance(tx, key, async (exec) => {
      await exec.definition(definition.key);
      startProcessInstance(exec, definition, variables, { key });
    });
    return {
      processInstanceKey: key,
      processDefinitionKey: definition.key,
      bpmnProcessId: definition.bpmnProcessId,
      version: definition.version,
      tenantId,
    };
  });
}

export async function cancelProcessInstance(runner: CommandRunner, processInstanceKey: string): Promise<void> {
  const key = requireKey(processInstanceKey, 'processInstanceKey');
  await runner.transaction(async (tx) => {
    const { rows } = await tx.query<{ root_key: string; state: string; parent: string | null }>(
      `select root_key::text, state, parent_process_instance_key::text as parent from ${runner.schema}.process_instance where key = $1`,
      [key],
    );
    const row = rows[0];
    if (!row || row.state !== 'ACTIVE') throw notFound('流程实例 / process instance', key);
    if (row.parent) {
      throw new WorkflowError(WorkflowErrorCode.FailedPrecondition, `process instance ${key} was created by a call activity; cancel its root instance ${row.root_key}`);
    }
    await runner.withInstance(tx, row.root_key, (exec) => {
      const processEi = exec.element(key);
      if (!processEi || processEi.state !== 'ACTIVE') throw notFound('流程实例 / process instance', key);
      terminateElement(exec, processEi);
    });
  });
}

export async function setVariables(runner: CommandRunner, request: SetVariablesRequest): Promise<void> {
  const scopeKey = requireKey(request?.elementInstanceKey, 'elementInstanceKey');
  const variables = checkVariables(request.variables);
  await runner.transaction(async (tx) => {
    const { rows } = await tx.query<{ root_key: string }>(
      `select root_key::text from ${runner.schema}.element_instance where key = $1 and state = 'ACTIVE'`,
      [scopeKey],
    );
    if (!rows[0]) throw notFound('元素实例 / element instance', scopeKey);
    await runner.withInstance(tx, rows[0].root_key, (exec) => {
      const scope = exec.element(scopeKey);
      if (!scope || scope.state !== 'ACTIVE') throw notFound('元素实例 / element instance', scopeKey);
      if (request.local) setLocal(exec.state, scopeKey, variables, exec.now);
      else propagate(exec.state, scopeKey, variables, exec.now);
    });
  });
}
