import type { Variables } from '@duban/workflow';
import type { InstanceExpectation, Scenario } from '../../scenario/scenario.types.js';
import { sameItems } from '../../scenario/matchers.js';

const area = 'dmn';

function decisionScenario(
  id: string,
  title: string,
  decision: string,
  variables: Variables,
  result: unknown,
): Scenario {
  const processId = `dmn${decision[0].toUpperCase()}${decision.slice(1)}_RUNID`;
  const expectation: InstanceExpectation = { state: 'COMPLETED', completed: ['start', 'decide', 'end'], variables: { result } };
  return { id, title, area, deploy: ['rules.dmn', `${decision}.bpmn`], steps: [{ create: { processId, variables } }], expect: { main: expectation } };
}

export const dmnScenarios: Scenario[] = [
  decisionScenario('dmn-hit-policy-unique', 'UNIQUE: the one matching rule gives the output value', 'grade', { score: 85 }, 'B'),
  decisionScenario('dmn-hit-policy-first', 'FIRST: of several matching rules the first in table order wins', 'discount', { customerType: 'vip', amount: 2000 }, 0.2),
  decisionScenario('dmn-hit-policy-any', 'ANY: several matching rules with the same output give that output', 'risk', { amount: 600 }, 'high'),
  decisionScenario('dmn-hit-policy-collect', 'COLLECT: every matching rule contributes to a list', 'approvers', { amount: 20000 }, sameItems(['office', 'finance', 'leader'])),
  decisionScenario('dmn-hit-policy-collect-sum', 'COLLECT with SUM aggregates the matching outputs', 'points', { lateDays: 12 }, 8),
  decisionScenario('dmn-hit-policy-rule-order', 'RULE ORDER: matching outputs as a list in rule order', 'steps', { kind: 'urgent' }, ['notify', 'register', 'escalate']),
  decisionScenario('dmn-multiple-outputs', 'a table with two outputs gives a context per matching rule', 'route', { level: 2 }, { unit: 'county', days: 10 }),
  decisionScenario('dmn-unique-no-match-is-null', 'UNIQUE with no matching rule gives null', 'overlap', { x: 0 }, null),
  {
    id: 'dmn-unique-violation-incident',
    title: 'UNIQUE with two matching rules fails the evaluation: DECISION_EVALUATION_ERROR incident',
    area,
    deploy: ['rules.dmn', 'overlap.bpmn'],
    steps: [
      { create: { processId: 'dmnOverlap_RUNID', variables: { x: 5 } } },
      { waitFor: { incident: 'DECISION_EVALUATION_ERROR', elementId: 'decide' } },
    ],
    expect: {
      main: {
        state: 'ACTIVE',
        absentVariables: ['result'],
        incidents: [{ errorType: 'DECISION_EVALUATION_ERROR', elementId: 'decide', state: 'ACTIVE' }],
      },
    },
  },
  {
    id: 'dmn-missing-decision-incident',
    title: 'calling a decision id that was never deployed is a CALLED_DECISION_ERROR incident',
    area,
    deploy: ['missing.bpmn'],
    steps: [
      { create: { processId: 'dmnMissing_RUNID' } },
      { waitFor: { incident: 'CALLED_DECISION_ERROR', elementId: 'decide' } },
    ],
    expect: {
      main: { state: 'ACTIVE', incidents: [{ errorType: 'CALLED_DECISION_ERROR', elementId: 'decide', state: 'ACTIVE' }] },
    },
  },
];
