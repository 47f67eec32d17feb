import type pg from 'pg';
import type { JsonValue } from '@duban/workflow';
import type { KeyGenerator } from '../db/key-generator.js';
import type { DefinitionRepository, ProcessDefinition } from '../engine/definition-repository.js';
import type { FlowNodeModel, ProcessModel } from '../model/model-types.js';
import { activateElement } from './element-activation.js';
import { completeElement } from './element-completion.js';
import type { InstanceState } from './instance-state.js';
import type { ElementInstanceRow, JobRow, ProcessInstanceRow } from './runtime-types.js';

export interface ExecutionEnv {
  db: Pick<pg.PoolClient, 'query'>;
  schema: string;
  now: number;
  keys: KeyGenerator;
  definitions: DefinitionRepository;
  /** Evaluates a deployed DMN decision (latest version) for business rule tasks. */
  evaluateDecision?: (tenantId: string, decisionId: string, context: Record<string, JsonValue>, now: number) => Promise<JsonValue>;
}

type Step = { op: 'activate' | 'complete'; key: string };

/**
 * Runs one command's worth of token movement on a loaded InstanceState: a FIFO of element steps, processed until every
 * token waits (job, timer, message) or has ended — the order in which Zeebe's follow-up commands would be processed.
 */
export class Execution {
  private readonly queue: Step[] = [];
  private readonly models = new Map<string, ProcessDefinition>();
  /** The job a job command acts on, loaded with the working set under the lock. */
  job: JobRow | undefined;

  constructor(
    readonly env: ExecutionEnv,
    readonly state: InstanceState,
  ) {}

  get now(): number {
    return this.env.now;
  }

  /** Loads the models of every process instance in the working set. */
  async prepare(): Promise<void> {
    for (const pi of this.state.processInstances.values()) await this.definition(pi.definition_key);
  }

  async definition(key: string): Promise<ProcessDefinition> {
    let definition = this.models.get(key);
    if (!definition) {
      definition = await this.env.definitions.get(this.env.db, key);
      if (!definition) throw new Error(`process definition ${key} is missing`);
      this.models.set(key, definition);
    }
    return definition;
  }

  modelOf(ei: ElementInstanceRow): ProcessModel {
    const pi = this.state.processInstances.get(ei.process_instance_key)!;
    return this.models.get(pi.definition_key)!.model;
  }

  nodeOf(ei: ElementInstanceRow): FlowNodeModel {
    const model = this.modelOf(ei);
    return ei.element_type === 'PROCESS' ? model.root : model.nodes.get(ei.element_id)!;
  }

  processInstanceOf(ei: ElementInstanceRow): ProcessInstanceRow {
    return this.state.processInstances.get(ei.process_instance_key)!;
  }

  element(key: string | null | undefined): ElementInstanceRow | undefined {
    return key ? this.state.elements.get(key) : undefined;
  }

  createElement(
    elementId: string,
    elementType: string,
    flowScope: ElementInstanceRow | undefined,
    processInstanceKey: string,
    key = this.env.keys.take(),
  ): ElementInstanceRow {
    const ei: ElementInstanceRow = {
      key,
      root_key: this.state.rootKey,
      process_instance_key: processInstanceKey,
      flow_scope_key: flowScope?.key ?? null,
      element_id: elementId,
      element_type: elementType,
      state: 'ACTIVE',
      position: this.state.nextPosition(),
      start_date: this.now,
      end_date: null,
      incident_key: null,
      data: {},
    };
    this.state.markElement(ei);
    return ei;
  }

  /** Creates the element instance a token reaches and queues its activation. */
  enterElement(node: FlowNodeModel, flowScope: ElementInstanceRow, data: ElementInstanceRow['data'] = {}): ElementInstanceRow {
    const type = node.multiInstance ? 'MULTI_INSTANCE_BODY' : node.type;
    const ei = this.createElement(node.id, type, flowScope, flowScope.process_instance_key);
    ei.data = { ...data };
    this.schedule('activate', ei);
    return ei;
  }

  schedule(op: Step['op'], ei: ElementInstanceRow): void {
    this.queue.push({ op, key: ei.key });
  }

  async run(): Promise<void> {
    for (let step = this.queue.shift(); step; step = this.queue.shift()) {
      const ei = this.state.elements.get(step.key);
      if (!ei || ei.state !== 'ACTIVE') continue;
      if (step.op === 'activate') await activateElement(this, ei);
      else await completeElement(this, ei);
    }
  }

  touch(ei: ElementInstanceRow): void {
    this.state.markElement(ei);
  }

  isMultiInstanceInner(ei: ElementInstanceRow): boolean {
    const scope = this.element(ei.flow_scope_key);
    return scope?.element_type === 'MULTI_INSTANCE_BODY' && scope.element_id === ei.element_id;
  }

  variablesOf(scopeKey: string): Record<string, JsonValue> {
    return Object.fromEntries(this.state.variables.get(scopeKey) ?? []);
  }
}
