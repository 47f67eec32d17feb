import type { JsonValue } from '@duban/workflow';
import {
  evaluateFeelExpecting,
  evaluateFeelWithWarnings,
  isFeelExpression,
  parseFeel,
  stripEquals,
  type FeelResultType,
} from '../feel/feel-evaluator.js';
import { formatFeelWarnings } from '../feel/feel-evaluation-error.js';

/** The runtime's door to FEEL: every evaluation reads the engine clock for now() and today(). */
export class FeelError extends Error {}

export function evalFeel(expression: string, context: Record<string, unknown>, now: number, expected?: FeelResultType[]): JsonValue {
  try {
    if (expected) return evaluateFeelExpecting(expression, context, expected, { now });
    return evaluateFeelWithWarnings(expression, context, { now }).value;
  } catch (error) {
    throw new FeelError((error as Error).message);
  }
}

/** `=expr` is FEEL; anything else is the static string itself (Zeebe's rule for attributes). */
export function evalMaybeFeel(value: string, context: Record<string, unknown>, now: number, expected?: FeelResultType[]): JsonValue {
  return isFeelExpression(value) ? evalFeel(stripEquals(value), context, now, expected) : value;
}

/** The parse error of an expression (without `=`), or undefined when it parses. */
export function feelSyntaxError(expression: string): string | undefined {
  const check = parseFeel(expression);
  return check.valid ? undefined : check.message;
}

export { formatFeelWarnings };
