import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DecisionEvaluationError } from './decision-evaluation-error.js';
import { evaluateDecision, evaluateDecisionWithAudit } from './decision-evaluator.js';
import type { DecisionRequirementsGraph } from './decision-model.js';
import { parseDecisionRequirements } from './decision-requirements-parser.js';

const load = (name: string) =>
  parseDecisionRequirements(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'), name);

let supervision: DecisionRequirementsGraph;
let policies: DecisionRequirementsGraph;

beforeAll(async () => {
  supervision = await load('supervision-priority.dmn');
  policies = await load('hit-policies.dmn');
});

describe('decision tables', () => {
  it('returns a context for several outputs, evaluating FEEL output entries', () => {
    expect(evaluateDecision(supervision, 'priority', { item: { category: '紧急' }, daysLeft: 2 })).toEqual({
      level: '特急',
      hours: 4,
    });
    expect(evaluateDecision(supervision, 'priority', { item: { category: '日常' }, daysLeft: 5 })).toEqual({
      level: '常规',
      hours: 120,
    });
  });

  it('returns null when no rule matches and there is no default output', () => {
    expect(evaluateDecision(supervision, 'priority', { item: { category: '紧急' } })).toBeNull();
  });

  it('uses the default output entry when no rule matches', () => {
    expect(evaluateDecision(policies, 'withDefault', { x: 1 })).toBe('normal');
    expect(evaluateDecision(policies, 'withDefault', { x: 101 })).toBe('huge');
  });
});

describe('hit policies (rules: >=0 low, >=5 mid, >=10 high, >=5 mid)', () => {
  it.each([
    ['unique', 7, 'mid'],
    ['unique', 12, 'high'],
    ['first', 12, 'low'],
    ['any', -5, null],
    ['collect', 12, ['low', 'mid', 'high', 'mid']],
    ['collect', 1, ['low']],
    ['collect', -1, null],
    ['collectSum', 12, 8],
    ['collectSum', 6, 5],
    ['collectMin', 12, 1],
    ['collectMax', 12, 3],
    ['collectCount', 12, 4],
    ['collectCount', -1, null],
    ['ruleOrder', 7, ['low', 'mid', 'mid']],
    [
      'ruleOrderTwo',
      7,
      [
        { label: 'low', score: 1 },
        { label: 'mid', score: 2 },
        { label: 'mid', score: 2 },
      ],
    ],
    ['priority', 12, 'high'],
    ['priority', 7, 'mid'],
    ['outputOrder', 12, ['high', 'mid', 'mid', 'low']],
  ] as const)('%s with x = %s → %j', (decisionId, x, expected) => {
    expect(evaluateDecision(policies, decisionId, { x })).toEqual(expected);
  });

  it('ANY accepts overlapping rules with equal outputs', () => {
    expect(evaluateDecision(policies, 'any', { x: 1 })).toBe('same');
  });

  it('UNIQUE fails when more than one rule matches', () => {
    expect(() => evaluateDecision(policies, 'unique', { x: 10 })).toThrow(
      "failed to evaluate decision 'unique': multiple values aren't allowed for UNIQUE hit policy",
    );
  });

  it('ANY fails when matching rules differ', () => {
    expect(() => evaluateDecision(policies, 'any', { x: 150 })).toThrow(
      "different values aren't allowed for ANY hit policy",
    );
  });

  it('COLLECT with an aggregator counts rows of several outputs, but cannot sum them', () => {
    expect(evaluateDecision(policies, 'collectSumTwo', { x: 7 })).toBe(3);
  });
});

describe('literal expressions and required decisions', () => {
  it('evaluates a literal expression', () => {
    expect(evaluateDecision(supervision, 'urgency', { daysLeft: 1 })).toBe(10);
  });

  it('evaluates required decisions first and exposes them by result name', () => {
    const context = { item: { category: '领导批示' }, daysLeft: 1 };
    expect(evaluateDecision(supervision, 'escalation', context)).toBe('县领导');
    expect(evaluateDecision(supervision, 'escalation', { ...context, daysLeft: 4 })).toBe('督查室');
  });

  it('records every evaluated decision with its matched rules', () => {
    const { output, evaluatedDecisions } = evaluateDecisionWithAudit(supervision, 'escalation', {
      item: { category: '紧急' },
      daysLeft: 1,
    });
    expect(output).toBe('县领导');
    expect(evaluatedDecisions).toEqual([
      {
        decisionId: 'priority',
        decisionName: '办理时限',
        decisionType: 'DECISION_TABLE',
        output: { level: '特急', hours: 4 },
        matchedRules: [{ ruleId: 'urgent-short', ruleIndex: 1 }],
      },
      {
        decisionId: 'urgency',
        decisionName: '紧迫度',
        decisionType: 'LITERAL_EXPRESSION',
        output: 10,
        matchedRules: [],
      },
      {
        decisionId: 'escalation',
        decisionName: '升级对象',
        decisionType: 'DECISION_TABLE',
        output: '县领导',
        matchedRules: [{ ruleId: 'e1', ruleIndex: 1 }],
      },
    ]);
  });
});

describe('errors', () => {
  it('names an unknown decision', () => {
    expect(() => evaluateDecision(supervision, 'nope', {})).toThrow(DecisionEvaluationError);
    expect(() => evaluateDecision(supervision, 'nope', {})).toThrow(
      "no decision with id 'nope' in 'supervision-priority.dmn'",
    );
  });

  it('wraps FEEL failures with the decision id', () => {
    const broken: DecisionRequirementsGraph = {
      ...supervision,
      decisions: [
        {
          id: 'checked',
          name: 'checked',
          resultName: 'checked',
          requiredDecisions: [],
          logic: { kind: 'literalExpression', id: 'e', expression: 'assert(x, x > 0, "x must be positive")' },
        },
      ],
    };
    const error = (() => {
      try {
        evaluateDecision(broken, 'checked', { x: -1 });
      } catch (caught) {
        return caught as DecisionEvaluationError;
      }
      throw new Error('expected an error');
    })();
    expect(error).toBeInstanceOf(DecisionEvaluationError);
    expect(error.decisionId).toBe('checked');
    expect(error.message).toContain('x must be positive');
  });

  it('fails COLLECT SUM over non-numbers', () => {
    const table = policies.decisions.find((decision) => decision.id === 'collectSum')!;
    const textual: DecisionRequirementsGraph = {
      ...policies,
      decisions: [
        {
          ...table,
          logic:
            table.logic.kind === 'decisionTable'
              ? { ...table.logic, rules: table.logic.rules.map((rule) => ({ ...rule, outputEntries: ['"x"'] })) }
              : table.logic,
        },
      ],
    };
    expect(() => evaluateDecision(textual, 'collectSum', { x: 1 })).toThrow('expected number but found \'"x"\'');
  });
});
