import { evaluate, parseExpression, parseUnaryTests, SyntaxError as FeelSyntaxError, unaryTest } from 'feelin';
import type { EvaluationResult, FeelFunction } from 'feelin';
import type { JsonValue } from '@duban/workflow';
import { FeelEvaluationError, formatFeelWarnings, type FeelWarning } from './feel-evaluation-error.js';
import { camundaFunctions, FeelAssertionFailure, type FeelOptions } from './feel-functions.js';
import { resolveBacktickNames } from './feel-backtick-names.js';
import { separateFunctionNamespace } from './feel-function-calls.js';
import { feelToJson } from './feel-to-json.js';

export type { FeelOptions } from './feel-functions.js';

export interface FeelResult {
  value: JsonValue;
  /** Why parts evaluated to null (missing variable, bad argument…): Zeebe adds these to incident messages. */
  warnings: FeelWarning[];
}

/**
 * Evaluates a FEEL expression (without the leading `=`) against plain JSON variables.
 *
 * Zeebe 8.x is null-friendly (docs.camunda.io, FEEL "Error handling"): a missing variable or context entry, an
 * unknown function, a failed invocation or an undefined operation evaluate to null and are reported as warnings.
 * Only a syntax error, a failed `assert()` or an internal failure throws `FeelEvaluationError`. Whether null is
 * acceptable is the caller's decision — use `evaluateFeelExpecting` to fail like Zeebe does.
 */
export function evaluateFeelWithWarnings(
  expression: string,
  context: Record<string, unknown>,
  options: FeelOptions = {},
): FeelResult {
  return run(expression, () => {
    const prepared = prepare(expression, 'expression', context, options);
    return evaluate(prepared.expression, prepared.context);
  });
}

export function evaluateFeel(
  expression: string,
  context: Record<string, unknown>,
  options: FeelOptions = {},
): JsonValue {
  return evaluateFeelWithWarnings(expression, context, options).value;
}

/** Zeebe's result types, as named in its "Expected result of the expression …" incident messages. */
export type FeelResultType = 'NULL' | 'BOOLEAN' | 'NUMBER' | 'STRING' | 'ARRAY' | 'OBJECT';

export function feelResultType(value: JsonValue): FeelResultType {
  if (value === null) return 'NULL';
  if (Array.isArray(value)) return 'ARRAY';
  if (typeof value === 'object') return 'OBJECT';
  return typeof value === 'boolean' ? 'BOOLEAN' : typeof value === 'number' ? 'NUMBER' : 'STRING';
}

/** Evaluates and fails, with Zeebe's message and the warnings, unless the result has one of the expected types. */
export function evaluateFeelExpecting(
  expression: string,
  context: Record<string, unknown>,
  expected: FeelResultType[],
  options: FeelOptions = {},
): JsonValue {
  const { value, warnings } = evaluateFeelWithWarnings(expression, context, options);
  const actual = feelResultType(value);
  if (expected.includes(actual)) return value;
  // Zeebe's ExpressionProcessor#typeCheck wording
  const wanted = expected.length === 1 ? `'${expected[0]}'` : `one of '[${expected.join(', ')}]'`;
  throw new FeelEvaluationError(
    expression,
    `Expected result of the expression '${expression}' to be ${wanted}, but was '${actual}'.` +
      formatFeelWarnings(warnings),
    warnings,
  );
}

/** True for Zeebe's expression syntax: a value starting with `=`. */
export function isFeelExpression(value: string): boolean {
  return value.trimStart().startsWith('=');
}

/** `=expr` is evaluated; anything else is Zeebe's static value and is returned as is. */
export function evaluateMaybeFeel(
  value: string,
  context: Record<string, unknown>,
  options: FeelOptions = {},
): JsonValue {
  return isFeelExpression(value) ? evaluateFeel(stripEquals(value), context, options) : value;
}

export function stripEquals(value: string): string {
  return value.trimStart().replace(/^=/, '');
}

export type FeelSyntaxCheck = { valid: true } | { valid: false; message: string; from: number; to: number };

/**
 * Parses without evaluating, for deployment. The Camunda extension functions are passed as context so names with
 * spaces such as `get or else` are recognised.
 */
export function parseFeel(expression: string, kind: 'expression' | 'unaryTests' = 'expression'): FeelSyntaxCheck {
  if (expression.trim() === '') return { valid: false, message: 'expression is empty', from: 0, to: 0 };
  try {
    const parse = kind === 'expression' ? parseExpression : parseUnaryTests;
    const named = resolveBacktickNames(expression, {});
    const tree = parse(named.expression, PARSE_CONTEXT, undefined);
    let error: { from: number; to: number } | undefined;
    tree.iterate({
      enter(node) {
        if (error) return false;
        if (node.type.isError) error = { from: node.from, to: node.to };
        return undefined;
      },
    });
    return error
      ? { valid: false, message: `syntax error at ${describe(named.expression, error.from)}`, ...error }
      : { valid: true };
  } catch (error) {
    return { valid: false, message: (error as Error).message, from: 0, to: expression.length };
  }
}

export function assertFeelParses(expression: string, kind: 'expression' | 'unaryTests' = 'expression'): void {
  const check = parseFeel(expression, kind);
  if (!check.valid) {
    throw new FeelEvaluationError(expression, `failed to parse expression '${expression}': ${check.message}`, [], {
      from: check.from,
      to: check.to,
    });
  }
}

/**
 * DMN input entry: true when `input` satisfies the unary tests. `-` and an empty entry match everything. A test that
 * evaluates to null (e.g. comparing a string with a number) does not match: feel-scala 1.17+ returns false there
 * (camunda/feel-scala#969), where dmn-scala would otherwise fail with "input entry must return true or false".
 */
export function evaluateUnaryTests(
  tests: string,
  input: unknown,
  context: Record<string, unknown>,
  options: FeelOptions = {},
): boolean {
  const trimmed = tests.trim();
  if (trimmed === '' || trimmed === '-') return true;
  const result = run(tests, () => {
    const prepared = prepare(tests, 'unaryTests', { ...context, '?': input ?? null }, options);
    return unaryTest(prepared.expression, prepared.context);
  });
  return result.value === true;
}

const PARSE_CONTEXT = camundaFunctions({});

/** Adds the Camunda functions (clock-aware now()/today()) and keeps variables from hiding functions. */
function prepare(
  expression: string,
  kind: 'expression' | 'unaryTests',
  context: Record<string, unknown>,
  options: FeelOptions,
): { expression: string; context: Record<string, unknown> } {
  // Only the functions the text can call: each extra context entry costs feelin's parser time.
  const functions: Record<string, FeelFunction> = {};
  for (const [name, fn] of Object.entries(camundaFunctions(options))) {
    if (expression.includes(name)) functions[name] = fn;
  }
  const named = resolveBacktickNames(expression, context);
  return separateFunctionNamespace(named.expression, kind, { ...functions, ...named.context }, functions);
}

function run(expression: string, evaluation: () => EvaluationResult<unknown>): FeelResult {
  let result: EvaluationResult<unknown>;
  try {
    result = evaluation();
  } catch (error) {
    if (error instanceof FeelSyntaxError) {
      const position = error.position;
      throw new FeelEvaluationError(
        expression,
        `failed to parse expression '${expression}': ${error.message} at ${describe(expression, position.from)}`,
        [],
        position,
      );
    }
    if (error instanceof FeelAssertionFailure) {
      throw new FeelEvaluationError(
        expression,
        `Assertion failure on evaluate the expression '${expression}': ${error.message}`,
      );
    }
    throw new FeelEvaluationError(
      expression,
      `failed to evaluate expression '${expression}': ${(error as Error).message ?? String(error)}`,
    );
  }
  const warnings = result.warnings.map(({ type, message }) => ({ type, message }));
  return { value: feelToJson(result.value), warnings };
}

function describe(expression: string, offset: number): string {
  return offset >= expression.length
    ? 'end of input'
    : `position ${offset + 1} ('${expression.slice(offset, offset + 10)}')`;
}
