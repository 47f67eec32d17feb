/** Job type and headers of job-worker user tasks, exactly as Zeebe writes them. */
export const USER_TASK_JOB_TYPE = 'io.camunda.zeebe:userTask';

export const UserTaskHeader = {
  assignee: 'io.camunda.zeebe:assignee',
  /** JSON array string, e.g. `["dcs","leaders"]`. */
  candidateGroups: 'io.camunda.zeebe:candidateGroups',
  /** JSON array string. */
  candidateUsers: 'io.camunda.zeebe:candidateUsers',
  dueDate: 'io.camunda.zeebe:dueDate',
  followUpDate: 'io.camunda.zeebe:followUpDate',
  formKey: 'io.camunda.zeebe:formKey',
  priority: 'io.camunda.zeebe:priority',
} as const;
