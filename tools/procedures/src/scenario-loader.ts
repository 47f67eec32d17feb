import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ProcedureScenario } from './scenario.types.js';

/** Every `processes/<tenant>/scenarios/*.scenario.ts`, ids checked unique; `filter` matches id or tenant. */
export async function loadScenarios(processesDir: string, filter?: string): Promise<ProcedureScenario[]> {
  const scenarios: ProcedureScenario[] = [];
  const tenants = (await readdir(processesDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  for (const tenant of tenants) {
    const dir = join(processesDir, tenant, 'scenarios');
    const files = await readdir(dir).catch(() => [] as string[]);
    for (const file of files.filter((name) => name.endsWith('.scenario.ts')).sort()) {
      const module = (await import(pathToFileURL(join(dir, file)).href)) as { default?: ProcedureScenario[] };
      if (!Array.isArray(module.default)) throw new Error(`${join(dir, file)} must export default defineScenarios(…)`);
      for (const scenario of module.default) {
        if (scenario.tenant !== tenant) throw new Error(`${scenario.id} in ${tenant}/scenarios names tenant ${scenario.tenant}`);
        scenarios.push(scenario);
      }
    }
  }
  const seen = new Set<string>();
  for (const { id } of scenarios) {
    if (seen.has(id)) throw new Error(`scenario id ${id} is used twice`);
    seen.add(id);
  }
  return filter ? scenarios.filter((s) => s.id.includes(filter) || s.tenant === filter) : scenarios;
}
