import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ALL_SCENARIOS } from './index.js';
import { lintBpmn } from './fixture-lint.util.js';

const SCENARIOS_DIR = new URL('./', import.meta.url);

function fixturesOf(scenario: (typeof ALL_SCENARIOS)[number]): string[] {
  const inSteps = scenario.steps.flatMap((step) => ('deploy' in step ? step.deploy : []));
  return [...scenario.deploy, ...inSteps].map((name) => `${scenario.area}/${name}`);
}

describe('the scenario catalogue', () => {
  it('has at least 60 scenarios with unique kebab-case ids', () => {
    const ids = ALL_SCENARIOS.map((s) => s.id);
    expect(ids.length).toBeGreaterThanOrEqual(60);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('names only fixtures that exist', async () => {
    for (const scenario of ALL_SCENARIOS) {
      for (const fixture of fixturesOf(scenario)) {
        await expect(readFile(new URL(fixture, SCENARIOS_DIR), 'utf8'), `${scenario.id}: ${fixture}`).resolves.toContain('RUNID');
      }
    }
  });

  it('gives every process a run-unique id, so reruns against one broker never collide', async () => {
    for (const area of await readdir(SCENARIOS_DIR, { withFileTypes: true })) {
      if (!area.isDirectory()) continue;
      for (const file of await readdir(new URL(`${area.name}/`, SCENARIOS_DIR))) {
        if (!file.endsWith('.bpmn')) continue;
        const xml = await readFile(new URL(`${area.name}/${file}`, SCENARIOS_DIR), 'utf8');
        for (const [, id] of xml.matchAll(/<bpmn:process id="([^"]+)"/g)) expect(id, `${area.name}/${file}`).toMatch(/_RUNID$/);
        expect(xml, `${area.name}/${file}`).toContain('isExecutable="true"');
      }
    }
  });
});

describe('every BPMN fixture passes the Camunda 8.6 modeler rules (what Zeebe would deploy)', async () => {
  const files: string[] = [];
  for (const area of await readdir(SCENARIOS_DIR, { withFileTypes: true })) {
    if (!area.isDirectory()) continue;
    for (const file of await readdir(new URL(`${area.name}/`, SCENARIOS_DIR))) {
      if (file.endsWith('.bpmn')) files.push(`${area.name}/${file}`);
    }
  }
  it.each(files)('%s', async (file) => {
    const xml = (await readFile(new URL(file, SCENARIOS_DIR), 'utf8')).replaceAll('RUNID', 'r0');
    expect(await lintBpmn(xml)).toEqual([]);
  });

  it('the lint itself rejects a service task without a job type', async () => {
    const broken = (await readFile(new URL('basics/service-tasks.bpmn', SCENARIOS_DIR), 'utf8'))
      .replaceAll('RUNID', 'r0')
      .replace('<zeebe:taskDefinition type="basics.a"/>', '');
    expect((await lintBpmn(broken)).join('\n')).toMatch(/taskDefinition|Task Definition/i);
  });
});
