/** The executable form of a BPMN process: what the runtime needs, already read out of the moddle tree. */

export type TimerKind = 'timeDuration' | 'timeDate' | 'timeCycle';

export interface Mapping {
  source: string;
  target: string;
}

export interface EventDefinition {
  kind: 'none' | 'message' | 'timer' | 'error' | 'terminate';
  messageName?: string;
  correlationKey?: string;
  timer?: { kind: TimerKind; value: string };
  /** For error events: the error code; undefined on a catch event catches every error. */
  errorCode?: string;
}

export interface MultiInstanceModel {
  sequential: boolean;
  inputCollection?: string;
  inputElement?: string;
  outputCollection?: string;
  outputElement?: string;
  completionCondition?: string;
}

export interface SequenceFlowModel {
  id: string;
  sourceId: string;
  targetId: string;
  /** FEEL expression without the leading `=`. */
  condition?: string;
}

export interface FlowNodeModel {
  id: string;
  name?: string;
  /** Zeebe's element type name: SERVICE_TASK, EXCLUSIVE_GATEWAY, SUB_PROCESS, EVENT_SUB_PROCESS, … */
  type: string;
  /** Id of the enclosing process or sub-process. */
  scopeId: string;
  incoming: SequenceFlowModel[];
  outgoing: SequenceFlowModel[];
  /**
   * How many flows the XML names with <bpmn:incoming> / <bpmn:outgoing>: Zeebe's validators count these, not the
   * sequence flows' sourceRef/targetRef (the modeler always writes both).
   */
  declaredFlows: { incoming: number; outgoing: number };
  defaultFlowId?: string;
  event?: EventDefinition;
  /** Boundary events: the activity they are attached to; start events of event sub-processes: their sub-process. */
  attachedToId?: string;
  interrupting: boolean;
  boundaryEventIds: string[];
  inputs: Mapping[];
  outputs?: Mapping[];
  job?: { type: string; retries: string; headers: Record<string, string> };
  userTask?: {
    assignee?: string;
    candidateGroups?: string;
    candidateUsers?: string;
    dueDate?: string;
    followUpDate?: string;
    formKey?: string;
    formId?: string;
    priority?: string;
  };
  script?: { expression: string; resultVariable?: string };
  decision?: { decisionId: string; resultVariable?: string };
  calledElement?: { processId: string; propagateAllChildVariables: boolean; propagateAllParentVariables: boolean };
  multiInstance?: MultiInstanceModel;
  /** Containers (sub-process, event sub-process): their none start event and event sub-processes. */
  noneStartId?: string;
  eventSubProcessIds: string[];
  /** Event sub-process: its (only) start event. */
  startEventId?: string;
  /** Ids of nodes from which this node can be reached inside the same scope (for inclusive joins). */
  reachableFrom?: Set<string>;
}

export interface ProcessModel {
  bpmnProcessId: string;
  nodes: Map<string, FlowNodeModel>;
  /** The process itself as a container node (type PROCESS). */
  root: FlowNodeModel;
  /** Start events of the process with a timer or a message (instances created by the engine). */
  timerStartIds: string[];
  messageStartIds: string[];
}
