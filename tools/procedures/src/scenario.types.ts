import type { ScenarioSession } from './scenario-session.js';

/** One scripted run of a county's procedure (files `processes/<tenant>/scenarios/*.scenario.ts`). */
export interface ProcedureScenario {
  /** Unique, kebab-case. */
  id: string;
  /** One line: what the run proves (Chinese first). */
  title: string;
  /** Tenant folder under processes/. */
  tenant: string;
  /** The clock's start, ISO with offset (Asia/Shanghai), e.g. `2026-09-28T09:00:00+08:00`. */
  startAt: string;
  run(session: ScenarioSession): Promise<void>;
}

/** A scenario file's default export: its scenarios, all of one tenant. */
export function defineScenarios(tenant: string, scenarios: Omit<ProcedureScenario, 'tenant'>[]): ProcedureScenario[] {
  return scenarios.map((scenario) => ({ ...scenario, tenant }));
}
