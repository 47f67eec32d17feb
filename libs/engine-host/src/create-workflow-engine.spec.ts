import { randomBytes } from 'node:crypto';
import { zeebeOptionsFromEnv } from '@duban/zeebe';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createWorkflowEngineFromConfig, zeebeEngineOptions } from './create-workflow-engine.js';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

describe('createWorkflowEngineFromConfig', () => {
  it('embedded: migrates its own schema, runs a process, and ends its pool on close', async () => {
    const schema = `t_enginehost_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Pool({ connectionString: DATABASE_URL, max: 1 });
    try {
      const hosted = await createWorkflowEngineFromConfig({ engine: 'embedded', databaseUrl: DATABASE_URL, schema, logger: quiet });
      const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  <bpmn:process id="p" isExecutable="true"><bpmn:startEvent id="s"/><bpmn:endEvent id="e"/><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e"/></bpmn:process>
</bpmn:definitions>`;
      await hosted.engine.deployResources([{ name: 'p.bpmn', content: xml }]);
      const { processInstanceKey } = await hosted.engine.createProcessInstance({ bpmnProcessId: 'p' });
      expect((await hosted.engine.history.getProcessInstance(processInstanceKey))?.state).toBe('COMPLETED');
      const connections = async () =>
        (await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1`, [`duban-engine:${schema}`])).rows[0].n;
      expect(await connections()).toBeGreaterThan(0);
      await hosted.close();
      // A backend leaves pg_stat_activity a moment after its client hung up.
      const until = Date.now() + 5_000;
      while ((await connections()) > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await connections()).toBe(0);
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.end();
    }
  });

  it('embedded: an unreachable database fails the start with the driver error', async () => {
    await expect(
      createWorkflowEngineFromConfig({ engine: 'embedded', databaseUrl: 'postgres://postgres@127.0.0.1:1/none', schema: 'x_engine', logger: quiet }),
    ).rejects.toThrow(/ECONNREFUSED|connect/);
  });
});

describe('zeebeEngineOptions', () => {
  const defaults = zeebeOptionsFromEnv({});

  it('takes the validated settings over the adapter defaults, never a management URL', () => {
    const options = zeebeEngineOptions(
      defaults,
      { grpcAddress: 'grpcs://gateway:443', restAddress: 'https://gateway', historyDatabaseUrl: 'postgres://h@history/z', historySchema: 'zh', workerName: 'w1', multiTenancy: true },
      DATABASE_URL,
    );
    expect(options).toEqual({
      grpcAddress: 'grpcs://gateway:443',
      restAddress: 'https://gateway',
      managementUrl: undefined,
      history: { connectionString: 'postgres://h@history/z', schema: 'zh' },
      workerName: 'w1',
    });
  });

  it('reads the exported history from the deployment database unless told otherwise', () => {
    const options = zeebeEngineOptions(defaults, { multiTenancy: false }, 'postgres://duban@db/duban');
    expect(options.history).toEqual({ connectionString: 'postgres://duban@db/duban', schema: defaults.history.schema });
    expect(options.grpcAddress).toBe(defaults.grpcAddress);
  });
});
