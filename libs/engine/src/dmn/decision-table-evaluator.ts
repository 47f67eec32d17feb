import type { JsonValue } from '@duban/workflow';
import { evaluateFeel, evaluateUnaryTests, type FeelOptions } from '../feel/feel-evaluator.js';
import type { DecisionTable } from './decision-model.js';

export interface DecisionTableResult {
  output: JsonValue;
  matchedRules: { ruleId: string; ruleIndex: number }[];
}

type Row = { [outputName: string]: JsonValue };

/**
 * Evaluates a decision table with dmn-scala's semantics (the DMN engine inside Zeebe): no match → the default output
 * entries or null, for every hit policy; one output → bare values; several → contexts keyed by output name.
 * Throws an Error with dmn-scala's message when a hit policy is violated.
 */
export function evaluateDecisionTable(
  table: DecisionTable,
  context: Record<string, unknown>,
  options: FeelOptions,
): DecisionTableResult {
  const inputValues = table.inputs.map((input) => evaluateFeel(input.expression, context, options));
  const matched: number[] = [];
  table.rules.forEach((rule, index) => {
    const met = rule.inputEntries.every((entry, column) =>
      evaluateUnaryTests(entry, inputValues[column], context, options),
    );
    if (met) matched.push(index);
  });
  if (matched.length === 0) return { output: defaultOutput(table, context, options), matchedRules: [] };

  const applied = table.hitPolicy === 'FIRST' ? matched.slice(0, 1) : matched;
  const rows: Row[] = applied.map((index) => {
    const row: Row = {};
    table.rules[index].outputEntries.forEach((entry, column) => {
      row[table.outputs[column].name] = entry.trim() === '' ? null : evaluateFeel(entry, context, options);
    });
    return row;
  });
  const matchedRules = applied.map((index) => ({ ruleId: table.rules[index].id, ruleIndex: index + 1 }));
  return { output: applyHitPolicy(table, rows), matchedRules };
}

function applyHitPolicy(table: DecisionTable, rows: Row[]): JsonValue {
  switch (table.hitPolicy) {
    case 'FIRST':
      return single(rows);
    case 'UNIQUE':
      if (rows.length > 1)
        throw new Error(`multiple values aren't allowed for UNIQUE hit policy. found: '${show(rows)}'`);
      return single(rows);
    case 'ANY': {
      const distinct = [...new Map(rows.map((row) => [JSON.stringify(row), row])).values()];
      if (distinct.length > 1)
        throw new Error(`different values aren't allowed for ANY hit policy. found: '${show(distinct)}'`);
      return single(rows);
    }
    case 'PRIORITY':
      return single(byPriority(table, rows));
    case 'OUTPUT ORDER':
      return many(byPriority(table, rows));
    case 'RULE ORDER':
      return many(rows);
    case 'COLLECT':
      return collect(table, rows);
  }
}

function collect(table: DecisionTable, rows: Row[]): JsonValue {
  if (table.aggregation === undefined) return many(rows);
  if (table.aggregation === 'COUNT') return rows.length;
  if (Object.keys(rows[0]).length > 1) throw new Error(`multiple values aren't allowed. found: ${show(rows)}`);
  const numbers = rows.map((row) => {
    const value = Object.values(row)[0];
    if (typeof value !== 'number') throw new Error(`expected number but found '${JSON.stringify(value)}'`);
    return value;
  });
  if (table.aggregation === 'SUM') return numbers.reduce((sum, value) => sum + value, 0);
  return table.aggregation === 'MIN' ? Math.min(...numbers) : Math.max(...numbers);
}

function single(rows: Row[]): JsonValue {
  const [first] = rows;
  if (!first) return null;
  const values = Object.values(first);
  return values.length === 1 ? values[0] : first;
}

function many(rows: Row[]): JsonValue {
  if (rows.length === 0) return null;
  return Object.keys(rows[0]).length === 1 ? rows.map((row) => Object.values(row)[0]) : rows;
}

/** Sorts rows by the position of each output's value in its list of output values (stable; unknown values last). */
function byPriority(table: DecisionTable, rows: Row[]): Row[] {
  const rank = (row: Row): number[] =>
    table.outputs.map((output) => {
      const position = output.values.findIndex((literal) => literalMatches(literal, row[output.name]));
      return position === -1 ? Number.MAX_SAFE_INTEGER : position;
    });
  return rows
    .map((row, index) => ({ row, index, rank: rank(row) }))
    .sort((a, b) => compareRanks(a.rank, b.rank) || a.index - b.index)
    .map((entry) => entry.row);
}

function literalMatches(literal: string, value: JsonValue): boolean {
  const unquoted = literal.replace(/^"(.*)"$/, '$1');
  return typeof value === 'string' ? unquoted === value : typeof value === 'number' && Number(literal) === value;
}

function compareRanks(a: number[], b: number[]): number {
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return a[index] - b[index];
  return 0;
}

function defaultOutput(table: DecisionTable, context: Record<string, unknown>, options: FeelOptions): JsonValue {
  const defaults = table.outputs.filter((output) => output.defaultValue !== undefined);
  if (defaults.length === 0) return null;
  const row: Row = {};
  for (const output of defaults) row[output.name] = evaluateFeel(output.defaultValue!, context, options);
  return defaults.length === 1 ? row[defaults[0].name] : row;
}

function show(rows: Row[]): string {
  return JSON.stringify(rows);
}
