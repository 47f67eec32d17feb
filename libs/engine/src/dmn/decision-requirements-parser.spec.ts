import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isWorkflowError, WorkflowErrorCode, type WorkflowError } from '@duban/workflow';
import { parseDecisionRequirements } from './decision-requirements-parser.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

async function rejection(xml: string): Promise<WorkflowError> {
  const error = await parseDecisionRequirements(xml, 'bad.dmn').then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!isWorkflowError(error, WorkflowErrorCode.DeploymentRejected))
    throw new Error(`expected a rejection, got ${error}`);
  return error;
}

describe('parseDecisionRequirements', () => {
  it('reads decisions, tables, literal expressions and requirements', async () => {
    const drg = await parseDecisionRequirements(fixture('supervision-priority.dmn'), 'supervision-priority.dmn');
    expect(drg).toMatchObject({
      id: 'supervision-priority',
      name: '督办优先级',
      resourceName: 'supervision-priority.dmn',
    });
    expect(drg.decisions.map(({ id, name }) => ({ id, name }))).toEqual([
      { id: 'priority', name: '办理时限' },
      { id: 'urgency', name: '紧迫度' },
      { id: 'escalation', name: '升级对象' },
    ]);
    const [priority, urgency, escalation] = drg.decisions;
    expect(priority.logic).toMatchObject({ kind: 'decisionTable', hitPolicy: 'UNIQUE' });
    expect(priority.resultName).toBe('priority');
    expect(urgency).toMatchObject({ resultName: 'urgencyScore', logic: { kind: 'literalExpression' } });
    expect(escalation.requiredDecisions).toEqual(['priority', 'urgency']);
    // the parsed graph is plain data the runtime can cache or store
    expect(JSON.parse(JSON.stringify(drg))).toEqual(drg);
  });

  it('reads hit policies and aggregations', async () => {
    const drg = await parseDecisionRequirements(fixture('hit-policies.dmn'), 'hit-policies.dmn');
    const policy = (id: string) => {
      const logic = drg.decisions.find((decision) => decision.id === id)!.logic;
      return logic.kind === 'decisionTable' ? [logic.hitPolicy, logic.aggregation] : [];
    };
    expect(policy('unique')).toEqual(['UNIQUE', undefined]);
    expect(policy('ruleOrder')).toEqual(['RULE ORDER', undefined]);
    expect(policy('collectSum')).toEqual(['COLLECT', 'SUM']);
    expect(policy('outputOrder')).toEqual(['OUTPUT ORDER', undefined]);
  });

  it('rejects every unsupported construct and FEEL error at once, naming the elements', async () => {
    const error = await rejection(fixture('unsupported.dmn'));
    const byElement = Object.fromEntries(error.problems.map((problem) => [problem.elementId, problem.message]));
    expect(byElement['bkm']).toContain('BusinessKnowledgeModel is not supported');
    expect(byElement['uses-bkm']).toContain('knowledge requirements');
    expect(byElement['boxed-context']).toContain('decision logic Context is not supported');
    expect(byElement['bad-input']).toContain("FEEL expression 'a +'");
    expect(byElement['bad-entry']).toContain("FEEL unary tests '[1..'");
    expect(byElement['bad-output-entry']).toContain('FEEL expression');
    expect(byElement['missing-requirement']).toContain("required decision 'nowhere' is not in this resource");
    expect(byElement['cycle-a'] ?? byElement['cycle-b']).toContain('cycle');
    expect(byElement['agg-table']).toContain('only allowed with hit policy COLLECT');
    expect(error.problems.every((problem) => problem.resourceName === 'bad.dmn')).toBe(true);
    expect(error.message).toContain('bkm: BusinessKnowledgeModel is not supported');
  });

  it('rejects malformed and hostile XML before parsing it', async () => {
    const malformed = await rejection('<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/">\n<decision>');
    expect(malformed.problems[0].line).toBeDefined();
    const xxe = await rejection('<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><definitions>&x;</definitions>');
    expect(xxe.message).toContain('DOCTYPE');
  });

  it('rejects a document that is not DMN 1.3', async () => {
    const dmn11 =
      '<definitions xmlns="http://www.omg.org/spec/DMN/20151101/dmn.xsd" id="old"><decision id="d" /></definitions>';
    const error = await rejection(dmn11);
    expect(error.message).toMatch(/DMN 1\.3|unparsable|no decision/);
  });

  it('rejects a table whose rules do not fit its columns', async () => {
    const xml = fixture('hit-policies.dmn').replace(
      '<inputEntry id="first-r1-i"><text>&gt;= 0</text></inputEntry>',
      '',
    );
    const error = await rejection(xml);
    expect(error.problems[0]).toMatchObject({ elementId: 'first-r1', message: expect.stringContaining('0/1 entries') });
  });
});
