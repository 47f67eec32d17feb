import { DmnModdle, type DmnElement } from 'dmn-moddle';
import { WorkflowError, WorkflowErrorCode, type DeploymentProblem } from '@duban/workflow';
import { parseFeel } from '../feel/feel-evaluator.js';
import { assertWellFormedSafeXml } from '../xml/safe-xml.js';
import type {
  Aggregation,
  DecisionRequirementsGraph,
  DecisionTable,
  HitPolicy,
  ParsedDecision,
} from './decision-model.js';

const HIT_POLICIES: HitPolicy[] = ['UNIQUE', 'FIRST', 'ANY', 'PRIORITY', 'COLLECT', 'RULE ORDER', 'OUTPUT ORDER'];
const DMN_13 = 'not a DMN 1.3 document (expected <definitions> in https://www.omg.org/spec/DMN/20191111/MODEL/)';
const AGGREGATIONS: Aggregation[] = ['SUM', 'MIN', 'MAX', 'COUNT'];
// DRG elements that only document a diagram; evaluation never needs them.
const DOCUMENTATION_ONLY = new Set(['dmn:InputData', 'dmn:KnowledgeSource']);

/**
 * Parses a DMN 1.3 resource into what evaluation needs. Anything Zeebe would evaluate that we do not support
 * (business knowledge models, decision services, boxed contexts, invocations…) and every FEEL syntax error is
 * rejected with the element id, all problems at once.
 */
export async function parseDecisionRequirements(xml: string, resourceName: string): Promise<DecisionRequirementsGraph> {
  assertWellFormedSafeXml(xml, resourceName);
  const problems: DeploymentProblem[] = [];
  const problem = (elementId: string | undefined, message: string) =>
    problems.push({ resourceName, elementId, message });

  const parsed = await new DmnModdle().fromXML(xml, 'dmn:Definitions').catch((error: Error) => {
    problem(undefined, `${DMN_13}: ${error.message}`);
    throw rejection(resourceName, problems);
  });
  const { rootElement, warnings } = parsed;
  for (const warning of warnings) problem(warning.element?.id, warning.message);
  if (rootElement?.$type !== 'dmn:Definitions') {
    problem(undefined, DMN_13);
    throw rejection(resourceName, problems);
  }

  const decisions: ParsedDecision[] = [];
  for (const element of list(rootElement.drgElement)) {
    if (element.$type === 'dmn:Decision') {
      const decision = readDecision(element, problem);
      if (decision) decisions.push(decision);
    } else if (!DOCUMENTATION_ONLY.has(element.$type)) {
      problem(element.id, `${element.$type.replace('dmn:', '')} is not supported`);
    }
  }
  if (decisions.length === 0) problem(rootElement.id, 'the resource contains no decision');
  checkRequirements(decisions, problem);
  if (problems.length > 0) throw rejection(resourceName, problems);
  return { id: rootElement.id ?? '', name: rootElement.name ?? rootElement.id ?? '', resourceName, decisions };
}

type Problem = (elementId: string | undefined, message: string) => void;

function readDecision(element: DmnElement, problem: Problem): ParsedDecision | undefined {
  const id = element.id ?? '';
  if (list(element.knowledgeRequirement).length > 0)
    problem(id, 'knowledge requirements (business knowledge models) are not supported');
  const requiredDecisions: string[] = [];
  for (const requirement of list(element.informationRequirement)) {
    const href = (requirement.requiredDecision as DmnElement | undefined)?.href;
    if (typeof href === 'string') requiredDecisions.push(href.replace(/^#/, ''));
  }
  const logic = element.decisionLogic as DmnElement | undefined;
  const variable = element.variable as DmnElement | undefined;
  const base = { id, name: element.name ?? id, resultName: variable?.name ?? id, requiredDecisions };
  if (logic?.$type === 'dmn:DecisionTable') return { ...base, logic: readTable(logic, problem) };
  if (logic?.$type === 'dmn:LiteralExpression') {
    const expression = text(logic);
    if (expression.trim() === '') problem(logic.id ?? id, 'the literal expression is empty');
    checkFeel(expression, 'expression', logic.id ?? id, problem);
    return { ...base, logic: { kind: 'literalExpression', id: logic.id ?? id, expression } };
  }
  problem(
    id,
    logic ? `decision logic ${logic.$type.replace('dmn:', '')} is not supported` : 'the decision has no logic',
  );
  return undefined;
}

function readTable(table: DmnElement, problem: Problem): DecisionTable {
  const id = table.id ?? '';
  const hitPolicy = (table.hitPolicy ?? 'UNIQUE') as HitPolicy;
  if (!HIT_POLICIES.includes(hitPolicy)) problem(id, `hit policy ${hitPolicy} is not supported`);
  const aggregation = table.aggregation as Aggregation | undefined;
  if (aggregation !== undefined && (!AGGREGATIONS.includes(aggregation) || hitPolicy !== 'COLLECT')) {
    problem(id, `aggregation ${aggregation} is only allowed with hit policy COLLECT (SUM, MIN, MAX, COUNT)`);
  }
  const inputs = list(table.input).map((input) => {
    const expression = text(input.inputExpression as DmnElement | undefined);
    if (expression.trim() === '') problem(input.id, 'the input has no expression');
    checkFeel(expression, 'expression', input.id, problem);
    return { id: input.id ?? '', label: input.label as string | undefined, expression };
  });
  const outputs = list(table.output).map((output) => {
    const values = splitValues(text(output.outputValues as DmnElement | undefined));
    const defaultValue = text(output.defaultOutputEntry as DmnElement | undefined) || undefined;
    if (defaultValue) checkFeel(defaultValue, 'expression', output.id, problem);
    return {
      id: output.id ?? '',
      name: (output.name as string | undefined) ?? '',
      label: output.label as string | undefined,
      values,
      defaultValue,
    };
  });
  if (outputs.length === 0) problem(id, 'a decision table needs at least one output');
  if (outputs.length > 1) {
    for (const output of outputs)
      if (!output.name) problem(output.id, 'every output of a table with several outputs needs a name');
  }
  const rules = list(table.rule).map((rule) => {
    const inputEntries = list(rule.inputEntry).map((entry) => {
      checkFeel(text(entry), 'unaryTests', entry.id, problem);
      return text(entry);
    });
    const outputEntries = list(rule.outputEntry).map((entry) => {
      checkFeel(text(entry), 'expression', entry.id, problem);
      return text(entry);
    });
    if (inputEntries.length !== inputs.length || outputEntries.length !== outputs.length) {
      problem(
        rule.id,
        `the rule has ${inputEntries.length}/${outputEntries.length} entries for ${inputs.length} inputs and ${outputs.length} outputs`,
      );
    }
    return { id: rule.id ?? '', inputEntries, outputEntries };
  });
  return { kind: 'decisionTable', id, hitPolicy, aggregation, inputs, outputs, rules };
}

function checkFeel(
  expression: string,
  kind: 'expression' | 'unaryTests',
  elementId: string | undefined,
  problem: Problem,
): void {
  const trimmed = expression.trim();
  // An empty input entry or `-` matches anything; an empty output entry is null.
  if (trimmed === '' || (kind === 'unaryTests' && trimmed === '-')) return;
  const check = parseFeel(expression, kind);
  if (!check.valid)
    problem(
      elementId,
      `FEEL ${kind === 'unaryTests' ? 'unary tests' : 'expression'} '${expression}': ${check.message}`,
    );
}

function checkRequirements(decisions: ParsedDecision[], problem: Problem): void {
  const byId = new Map(decisions.map((decision) => [decision.id, decision]));
  for (const decision of decisions) {
    for (const required of decision.requiredDecisions) {
      if (!byId.has(required)) problem(decision.id, `required decision '${required}' is not in this resource`);
    }
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (decision: ParsedDecision): void => {
    if (state.get(decision.id) === 'done') return;
    if (state.get(decision.id) === 'visiting') {
      problem(decision.id, 'the decision requires itself through a cycle of information requirements');
      return;
    }
    state.set(decision.id, 'visiting');
    for (const required of decision.requiredDecisions) {
      const next = byId.get(required);
      if (next) visit(next);
    }
    state.set(decision.id, 'done');
  };
  decisions.forEach(visit);
}

/** `"high","low", "medium"` → its FEEL literals, splitting on commas outside quotes. */
function splitValues(values: string): string[] {
  return (values.match(/"(?:[^"\\]|\\.)*"|[^,]+/g) ?? []).map((value) => value.trim()).filter((value) => value !== '');
}

function text(element: DmnElement | undefined): string {
  const value = element?.text;
  return typeof value === 'string' ? value : '';
}

function list(value: unknown): DmnElement[] {
  return Array.isArray(value) ? (value as DmnElement[]) : [];
}

function rejection(resourceName: string, problems: DeploymentProblem[]): WorkflowError {
  const summary = problems.map((p) => (p.elementId ? `${p.elementId}: ${p.message}` : p.message)).join('; ');
  return new WorkflowError(
    WorkflowErrorCode.DeploymentRejected,
    `部署被拒绝 (deployment rejected) ${resourceName}: ${summary}`,
    problems,
  );
}
