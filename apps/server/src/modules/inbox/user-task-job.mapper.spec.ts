import { UserTaskHeader, type Job } from '@duban/workflow';
import { describe, expect, it } from 'vitest';
import { parseList, projectUserTaskJob } from './user-task-job.mapper.js';

const job = (headers: Record<string, string>, variables: Record<string, unknown> = {}, tenantId = 'gu'): Job =>
  ({
    key: '2251799813685249',
    type: 'io.camunda.zeebe:userTask',
    processInstanceKey: '2251799813685200',
    bpmnProcessId: 'gu-unit-handling',
    processDefinitionVersion: 3,
    processDefinitionKey: '2251799813685100',
    elementId: 'feedback',
    elementInstanceKey: '2251799813685240',
    customHeaders: headers,
    worker: 'duban-inbox',
    retries: 3,
    deadline: Date.parse('2026-10-01T00:00:00Z'),
    variables,
    tenantId,
  }) as Job;

describe('projectUserTaskJob', () => {
  it('reads Zeebe’s user-task headers and the list variables', () => {
    const task = projectUserTaskJob(
      job(
        {
          [UserTaskHeader.candidateGroups]: '["unit-contact@gu-czj","supervision-staff"]',
          [UserTaskHeader.dueDate]: '2026-10-09T23:59:59+08:00',
          [UserTaskHeader.formKey]: '2251799813685001',
          [UserTaskHeader.priority]: '70',
        },
        { itemId: '0B3E2C9A-1111-4222-8333-944455556666', title: '校舍检修', itemNumber: '古督〔2026〕3号', unit: 'gu-czj' },
      ),
    );
    expect(task).toMatchObject({
      tenantCode: 'gu',
      itemId: '0b3e2c9a-1111-4222-8333-944455556666',
      assignee: null,
      candidateGroups: ['unit-contact@gu-czj', 'supervision-staff'],
      formKey: '2251799813685001',
      priority: 70,
      title: '校舍检修',
      itemNumber: '古督〔2026〕3号',
      unitCode: 'gu-czj',
    });
    expect(task.dueAt?.toISOString()).toBe('2026-10-09T15:59:59.000Z');
  });

  it('takes the tenant from the variables under Zeebe’s default tenant, and ignores junk headers', () => {
    const task = projectUserTaskJob(
      job({ [UserTaskHeader.assignee]: ' gu-office-zr ', [UserTaskHeader.dueDate]: 'soon', [UserTaskHeader.priority]: '500' }, { tenantId: 'gu', itemId: 'not-a-uuid' }, '<default>'),
    );
    expect(task).toMatchObject({ tenantCode: 'gu', assignee: 'gu-office-zr', dueAt: null, priority: 50, itemId: null });
  });

  it('keeps only scalar variables of a huge variable document', () => {
    const task = projectUserTaskJob(job({}, { title: 't', big: 'x'.repeat(70_000), list: [1, 2] }));
    expect(Object.keys(task.variables)).toEqual(['title']);
  });
});

describe('parseList', () => {
  it('reads JSON arrays and comma lists', () => {
    expect(parseList('["a","b"]')).toEqual(['a', 'b']);
    expect(parseList('a, b,,c')).toEqual(['a', 'b', 'c']);
    expect(parseList(undefined)).toEqual([]);
  });
});
