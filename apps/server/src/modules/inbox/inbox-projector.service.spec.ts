import type { Job, WorkflowEngine } from '@duban/workflow';
import { describe, expect, it } from 'vitest';
import type { ServerConfig } from '../../platform/config/server-config.js';
import { EMBEDDED_LEASE_MS, InboxProjector } from './inbox-projector.service.js';
import type { InboxTaskStore } from './inbox-task.store.js';

const job = (key: string): Job => ({ key, retries: 3, processInstanceKey: `p${key}`, variables: {} }) as unknown as Job;

describe('InboxProjector.activateOnce', () => {
  it('leases user-task jobs for a day and hands back the ones it could not project', async () => {
    const requests: { timeout: number }[] = [];
    const failed: { jobKey: string; retries: number }[] = [];
    const engine = {
      activateJobs: async (request: { timeout: number }) => (requests.push(request), [job('1'), job('2'), job('3')]),
      failJob: async (request: { jobKey: string; retries: number }) => void failed.push(request),
    } as unknown as WorkflowEngine;
    const projected: string[] = [];
    const store = {
      upsert: async (j: Job) => {
        if (j.key === '2') throw new Error('database went away');
        projected.push(j.key);
      },
      checkSoon: async () => undefined,
    } as unknown as InboxTaskStore;
    const projector = new InboxProjector(engine, { engine: 'embedded' } as ServerConfig, store);
    await expect(projector.activateOnce()).rejects.toThrow('database went away');
    expect(requests[0].timeout).toBe(EMBEDDED_LEASE_MS);
    expect(projected).toEqual(['1']);
    expect(failed.map((f) => [f.jobKey, f.retries])).toEqual([['2', 3], ['3', 3]]);
  });
});
