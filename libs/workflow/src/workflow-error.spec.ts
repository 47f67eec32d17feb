import { describe, expect, it } from 'vitest';
import { isWorkflowError, WorkflowError, WorkflowErrorCode } from './workflow-error.js';

describe('isWorkflowError', () => {
  it('matches by class and optionally by code', () => {
    const error = new WorkflowError(WorkflowErrorCode.NotFound, 'no such job 42');
    expect(isWorkflowError(error)).toBe(true);
    expect(isWorkflowError(error, WorkflowErrorCode.NotFound)).toBe(true);
    expect(isWorkflowError(error, WorkflowErrorCode.InvalidArgument)).toBe(false);
    expect(isWorkflowError(new Error('plain'))).toBe(false);
  });
});
