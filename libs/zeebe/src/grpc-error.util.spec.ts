import { describe, expect, it } from 'vitest';
import { WorkflowError, WorkflowErrorCode } from '@duban/workflow';
import { deploymentProblems, toWorkflowError } from './grpc-error.util.js';

const grpcError = (code: number, details: string) => Object.assign(new Error(`${code} X: ${details}`), { code, details });

describe('toWorkflowError', () => {
  it('maps gateway status codes to port codes and keeps the gateway message', () => {
    const error = toWorkflowError(grpcError(5, "Command 'COMPLETE' rejected with code 'NOT_FOUND': no such job"));
    expect(error).toBeInstanceOf(WorkflowError);
    expect(error.code).toBe(WorkflowErrorCode.NotFound);
    expect(error.message).toBe("Command 'COMPLETE' rejected with code 'NOT_FOUND': no such job");
    expect(toWorkflowError(grpcError(6, 'dup')).code).toBe(WorkflowErrorCode.AlreadyExists);
    expect(toWorkflowError(grpcError(9, 'state')).code).toBe(WorkflowErrorCode.FailedPrecondition);
    expect(toWorkflowError(grpcError(8, 'big')).code).toBe(WorkflowErrorCode.ResourceExhausted);
    expect(toWorkflowError(grpcError(14, 'down')).code).toBe(WorkflowErrorCode.Unavailable);
    expect(toWorkflowError(grpcError(2, 'unknown')).code).toBe(WorkflowErrorCode.Internal);
    const aborted = toWorkflowError(grpcError(10, 'Connection RemoteClientConnection{…} was closed'));
    expect(aborted.code).toBe(WorkflowErrorCode.Unavailable);
    expect(aborted.message).toContain('may or may not have been applied');
  });

  it('turns an invalid deployment into DEPLOYMENT_REJECTED with one problem per resource', () => {
    const details =
      "Command 'CREATE' rejected with code 'INVALID_ARGUMENT': Expected to deploy new resources, but encountered the " +
      "following errors:\n'a.bpmn': - Element: task_1\n    - ERROR: Must have exactly one 'zeebe:taskDefinition'\n" +
      "'b.bpmn': - Element: gw\n    - ERROR: bad";
    const error = toWorkflowError(grpcError(3, details), { deploying: ['a.bpmn', 'b.bpmn', 'c.dmn'] });
    expect(error.code).toBe(WorkflowErrorCode.DeploymentRejected);
    expect(error.problems.map((p) => [p.resourceName, p.elementId])).toEqual([
      ['a.bpmn', 'task_1'],
      ['b.bpmn', 'gw'],
    ]);
    expect(error.problems[0].message).toContain("Must have exactly one 'zeebe:taskDefinition'");
  });

  it('calls a failure without a gRPC code unavailable when it is about the connection', () => {
    expect(toWorkflowError(new Error('connect ECONNREFUSED 127.0.0.1:26500')).code).toBe(WorkflowErrorCode.Unavailable);
    expect(toWorkflowError(new Error('boom')).code).toBe(WorkflowErrorCode.Internal);
  });

  it('names every resource when the message names none', () => {
    expect(deploymentProblems('broken', ['x.bpmn'])).toEqual([{ resourceName: 'x.bpmn', message: 'broken' }]);
  });
});
