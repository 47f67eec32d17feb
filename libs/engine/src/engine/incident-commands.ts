import { WorkflowError, WorkflowErrorCode } from '@duban/workflow';
import type { CommandRunner } from './command-runner.js';
import { notFound, requireKey } from './variables-guard.js';

/**
 * Resolving a job incident makes the job activatable again; with no retries left it is refused as Zeebe refuses it
 * (update the retries first). Any other incident re-runs the element phase that failed.
 */
export async function resolveIncident(runner: CommandRunner, incidentKey: string): Promise<void> {
  const key = requireKey(incidentKey, 'incidentKey');
  await runner.transaction(async (tx) => {
    const { rows } = await tx.query<{ root_key: string; element_instance_key: string; job_key: string | null; state: string; error_type: string; error_message: string }>(
      `select root_key::text, element_instance_key::text, job_key::text, state, error_type, error_message from ${runner.schema}.incident where key = $1`,
      [key],
    );
    const incident = rows[0];
    if (!incident || incident.state !== 'ACTIVE') throw notFound('事件 / incident', key);
    await runner.withInstance(tx, incident.root_key, async (exec) => {
      const ei = exec.element(incident.element_instance_key);
      exec.state.resolvedIncidents.add(key);
      if (!ei) return;
      ei.incident_key = null;
      exec.touch(ei);
      if (incident.job_key) {
        const { rows: jobs } = await tx.query<{ retries: number; open: boolean; type: string }>(
          `select retries, open, type from ${runner.schema}.job where key = $1 for update`,
          [incident.job_key],
        );
        const job = jobs[0];
        if (!job?.open) return;
        if (job.retries <= 0) {
          // Zeebe refuses this (and changes nothing): retries first, then resolve
          throw new WorkflowError(
            WorkflowErrorCode.FailedPrecondition,
            `作业没有剩余重试次数，请先更新重试次数 / Expected to resolve incident with key '${key}', but job with key '${incident.job_key}' has no retries left. Please update the job retries and retry resolving the incident`,
          );
        }
        await tx.query(`update ${runner.schema}.job set available_at = $2, state = 'FAILED', updated_at = $2 where key = $1`, [incident.job_key, exec.now]);
        exec.state.notifyTypes.add(job.type);
        return;
      }
      const phase = ei.data.retryPhase;
      if (!phase) throw new WorkflowError(WorkflowErrorCode.FailedPrecondition, `incident ${key} cannot be retried`);
      exec.schedule(phase, ei);
    });
  });
}
