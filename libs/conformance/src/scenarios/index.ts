import type { Scenario } from '../scenario/scenario.types.js';
import { basicsScenarios } from './basics/basics.scenarios.js';
import { dmnScenarios } from './dmn/dmn.scenarios.js';
import { errorScenarios } from './errors/errors.scenarios.js';
import { gatewayScenarios } from './gateways/gateways.scenarios.js';
import { jobScenarios } from './jobs/jobs.scenarios.js';
import { messageScenarios } from './messages/messages.scenarios.js';
import { multiInstanceScenarios } from './multi-instance/multi-instance.scenarios.js';
import { timerScenarios } from './timers/timers.scenarios.js';
import { userTaskScenarios } from './user-tasks/user-tasks.scenarios.js';
import { variableScenarios } from './variables/variables.scenarios.js';

export const ALL_SCENARIOS: Scenario[] = [
  ...basicsScenarios,
  ...gatewayScenarios,
  ...timerScenarios,
  ...messageScenarios,
  ...errorScenarios,
  ...multiInstanceScenarios,
  ...variableScenarios,
  ...userTaskScenarios,
  ...jobScenarios,
  ...dmnScenarios,
];

/** Scenarios whose id or title contains the text (case-insensitive); all without a filter. */
export function selectScenarios(filter?: string): Scenario[] {
  if (!filter) return ALL_SCENARIOS;
  const needle = filter.toLowerCase();
  return ALL_SCENARIOS.filter((s) => s.id.toLowerCase().includes(needle) || s.title.toLowerCase().includes(needle));
}
