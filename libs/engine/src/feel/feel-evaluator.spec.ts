import { describe, expect, it } from 'vitest';
import { FeelEvaluationError } from './feel-evaluation-error.js';
import {
  assertFeelParses,
  evaluateFeel,
  evaluateFeelExpecting,
  evaluateFeelWithWarnings,
  evaluateMaybeFeel,
  evaluateUnaryTests,
  parseFeel,
} from './feel-evaluator.js';

const NOW = Date.parse('2026-03-31T20:30:00Z');

describe('evaluateFeel', () => {
  it.each([
    ['1 + 2', {}, 3],
    ['amount > 100', { amount: 150 }, true],
    ['customer.name', { customer: { name: '张三' } }, '张三'],
    ['{a: 1, b: [1, x]}', { x: 'y' }, { a: 1, b: [1, 'y'] }],
    ['for i in [1, 2, 3] return i * 2', {}, [2, 4, 6]],
    ['[1, 2, 3][item > 1]', {}, [2, 3]],
    ['if level = "urgent" then "PT4H" else "P1D"', { level: 'urgent' }, 'PT4H'],
    ['string join(["a", "b"], ",")', {}, 'a,b'],
    ['count(items)', { items: [1, 2] }, 2],
    ['10 / 4', {}, 2.5],
    ['1 / 0', {}, null],
  ])('%s → %j', (expression, context, expected) => {
    expect(evaluateFeel(expression, context)).toEqual(expected);
  });

  it('converts temporal results to the strings Zeebe stores', () => {
    expect(evaluateFeel('date("2026-01-01")', {})).toBe('2026-01-01');
    expect(evaluateFeel('date and time("2026-01-01T10:00:00")', {})).toBe('2026-01-01T10:00:00');
    expect(evaluateFeel('date and time("2026-01-01T10:00:00.5+08:00")', {})).toBe('2026-01-01T10:00:00.5+08:00');
    expect(evaluateFeel('date and time("2026-01-01T10:00:00@Asia/Shanghai")', {})).toBe(
      '2026-01-01T10:00:00+08:00[Asia/Shanghai]',
    );
    expect(evaluateFeel('date and time("2026-07-01T10:00:00@Europe/London")', {})).toBe(
      '2026-07-01T10:00:00+01:00[Europe/London]',
    );
    expect(evaluateFeel('date and time("2026-01-01T10:00:00+00:00")', {})).toBe('2026-01-01T10:00:00Z');
    expect(evaluateFeel('time("10:00:00")', {})).toBe('10:00');
    expect(evaluateFeel('time("10:00:05")', {})).toBe('10:00:05');
    expect(evaluateFeel('time("10:00:00+01:00")', {})).toBe('10:00:00+01:00');
    expect(evaluateFeel('duration("P1D")', {})).toBe('P1D');
    expect(evaluateFeel('duration("PT36H")', {})).toBe('P1DT12H');
    expect(evaluateFeel('duration("PT0S")', {})).toBe('P0D');
    expect(evaluateFeel('duration("-PT90M")', {})).toBe('-PT1H30M');
    expect(evaluateFeel('duration("P14M")', {})).toBe('P1Y2M');
    expect(evaluateFeel('duration("P0Y")', {})).toBe('P0Y');
    expect(evaluateFeel('[1..3]', {})).toBeNull();
    expect(evaluateFeel('function(x) x', {})).toBeNull();
  });

  it('reads now() and today() from the injected clock, in UTC unless a zone is given', () => {
    expect(evaluateFeel('now()', {}, { now: NOW })).toBe('2026-03-31T20:30:00Z');
    expect(evaluateFeel('today()', {}, { now: NOW })).toBe('2026-03-31');
    expect(evaluateFeel('today()', {}, { now: NOW, zone: 'Asia/Shanghai' })).toBe('2026-04-01');
    expect(evaluateFeel('now()', {}, { now: NOW, zone: 'Asia/Shanghai' })).toBe(
      '2026-04-01T04:30:00+08:00[Asia/Shanghai]',
    );
    expect(evaluateFeel('now() + duration("P1D")', {}, { now: NOW })).toBe('2026-04-01T20:30:00Z');
    expect(evaluateFeel('now() > date and time(deadline)', { deadline: '2026-03-01T00:00:00Z' }, { now: NOW })).toBe(
      true,
    );
    // a variable named like the function does not break the clock
    expect(evaluateFeel('now()', { now: 'x' }, { now: NOW })).toBe('2026-03-31T20:30:00Z');
  });

  it('evaluates missing variables and unknown functions to null with warnings, as Zeebe 8 does', () => {
    const missing = evaluateFeelWithWarnings('x', {});
    expect(missing.value).toBeNull();
    expect(missing.warnings).toEqual([{ type: 'NO_VARIABLE_FOUND', message: "Variable 'x' not found" }]);
    expect(evaluateFeel('x = null', {})).toBe(true);
    expect(evaluateFeel('a.b > 10', { a: {} })).toBeNull();
    const unknown = evaluateFeelWithWarnings('nosuchfunction(1)', {});
    expect(unknown.value).toBeNull();
    expect(unknown.warnings.map((warning) => warning.type)).toContain('NO_FUNCTION_FOUND');
    expect(evaluateFeel('"a" + 1', {})).toBeNull();
  });

  it('throws FeelEvaluationError with the expression on a syntax error', () => {
    const error = catchError(() => evaluateFeel('1 +', {}));
    expect(error).toBeInstanceOf(FeelEvaluationError);
    expect(error.expression).toBe('1 +');
    expect(error.message).toContain("failed to parse expression '1 +'");
  });

  it('offers the Camunda extension functions feelin lacks', () => {
    expect(evaluateFeel('get or else(x, "默认")', {})).toBe('默认');
    expect(evaluateFeel('get or else(value: x, default: 3)', { x: 1 })).toBe(1);
    expect(evaluateFeel('is empty([])', {})).toBe(true);
    expect(evaluateFeel('is blank("  ")', {})).toBe(true);
    expect(evaluateFeel('trim("  a ")', {})).toBe('a');
    expect(evaluateFeel('last day of month(date("2028-02-10"))', {})).toBe('2028-02-29');
    expect(evaluateFeel('duplicate values([1, 2, 1, 3, 2])', {})).toEqual([1, 2]);
    expect(evaluateFeel('partition([1, 2, 3], 2)', {})).toEqual([[1, 2], [3]]);
    expect(evaluateFeel('assert(x, x != null)', { x: 5 })).toBe(5);
    const failed = catchError(() => evaluateFeel('assert(x, x != null, "x is required")', {}));
    expect(failed.message).toBe(
      'Assertion failure on evaluate the expression \'assert(x, x != null, "x is required")\': x is required',
    );
  });

  it('keeps functions and variables apart, as FEEL does, when a variable is named like a function', () => {
    expect(evaluateFeel('trim', { trim: 'kept' })).toBe('kept');
    expect(evaluateFeel('trim(" a ") + trim', { trim: 'kept' })).toBe('akept');
    expect(evaluateFeel('count(items) + count', { count: 10, items: [1, 2] })).toBe(12);
    expect(evaluateFeel('sum([max, min]) + max([1, 5])', { max: 3, min: 1 })).toBe(9);
    expect(evaluateFeel('string join(["a", "b"], "-")', { 'string join': 'x' })).toBe('a-b');
    expect(evaluateFeel('now() + " " + now', { now: 'variable' }, { now: NOW })).toBeNull(); // date + string
    expect(evaluateFeel('[string(now()), now]', { now: 'variable' }, { now: NOW })).toEqual([
      '2026-03-31T20:30:00Z',
      'variable',
    ]);
    expect(evaluateUnaryTests('count(?) > count', [1, 2, 3], { count: 2 })).toBe(true);
  });

  it('still calls a function passed in as a variable', () => {
    expect(evaluateFeel('double(21)', { double: (value: number) => value * 2 })).toBe(42);
  });
});

describe('Camunda extension functions, examples from docs.camunda.io (8.8)', () => {
  it.each([
    ['get or else("this", "default")', 'this'],
    ['get or else(null, "default")', 'default'],
    ['get or else(null, null)', null],
    ['is defined(1)', true],
    ['is defined(null)', false],
    ['is defined(x)', false],
    ['is defined(x.y)', false],
    ['is empty([])', true],
    ['is empty([1, 2, 3])', false],
    ['is blank("")', true],
    ['is blank("hello world")', false],
    ['trim("  hello world  ")', 'hello world'],
    ['to base64("FEEL")', 'RkVFTA=='],
    ['extract("references are 1234, 1256, 1378", "12[0-9]*")', ['1234', '1256']],
    ['duplicate values([1, 2, 3, 2, 1])', [1, 2]],
    ['partition([1, 2, 3, 4, 5], 2)', [[1, 2], [3, 4], [5]]],
    ['last day of month(date("2022-10-01"))', '2022-10-31'],
    ['from json("{\\"a\\": 1, \\"b\\": [true, null]}")', { a: 1, b: [true, null] }],
    ['from json("not json")', null],
    ['to json({a: 1, b: [1, "x"], c: date("2026-01-01")})', '{"a":1,"b":[1,"x"],"c":"2026-01-01"}'],
    ['string join(["a", "b", "c"], ", ")', 'a, b, c'],
    ['context put({x: 1}, "y", 2)', { x: 1, y: 2 }],
    ['get value({a: 1}, "a")', 1],
  ])('%s → %j', (expression, expected) => {
    expect(evaluateFeel(expression, {})).toEqual(expected);
  });

  it('random number() and uuid() vary', () => {
    const number = evaluateFeel('random number()', {}) as number;
    expect(number).toBeGreaterThanOrEqual(0);
    expect(number).toBeLessThan(1);
    expect(evaluateFeel('uuid()', {})).toMatch(/^[0-9a-f-]{36}$/);
    expect(evaluateFeel('uuid()', {})).not.toBe(evaluateFeel('uuid()', {}));
  });
});

describe('names in backticks', () => {
  it.each([
    ['`order-id`', { 'order-id': 7 }, 7],
    ['`order-id` + `order-id`', { 'order-id': 7 }, 14],
    ['x.`due date`', { x: { 'due date': '2026-01-01' } }, '2026-01-01'],
    ['items[1].`unit-price` * 2', { items: [{ 'unit-price': 3 }] }, 6],
    ['"a `quoted` text"', {}, 'a `quoted` text'],
    ['`a b` // a comment with a ` backtick', { 'a b': 1 }, 1],
  ])('%s', (expression, context, expected) => {
    expect(evaluateFeel(expression, context)).toEqual(expected);
  });

  it('evaluates an unknown backticked name to null and parses backticks', () => {
    expect(evaluateFeelWithWarnings('`no-such`', {}).value).toBeNull();
    expect(parseFeel('`order-id` > 1')).toEqual({ valid: true });
    expect(parseFeel('`never closed').valid).toBe(false);
    expect(evaluateUnaryTests('> `limit-value`', 5, { 'limit-value': 3 })).toBe(true);
  });
});

describe('evaluateFeelExpecting', () => {
  it('returns a value of an expected type', () => {
    expect(evaluateFeelExpecting('x > 1', { x: 2 }, ['BOOLEAN'])).toBe(true);
  });

  it('fails like Zeebe, listing the warnings', () => {
    const error = catchError(() => evaluateFeelExpecting('x > 1', {}, ['BOOLEAN']));
    expect(error.message).toBe(
      "Expected result of the expression 'x > 1' to be 'BOOLEAN', but was 'NULL'. " +
        "The evaluation reported the following warnings:\n[NO_VARIABLE_FOUND] Variable 'x' not found",
    );
    expect(error.warnings).toHaveLength(1);
    expect(() => evaluateFeelExpecting('"1"', {}, ['NUMBER', 'ARRAY'])).toThrow(
      "to be one of '[NUMBER, ARRAY]', but was 'STRING'.",
    );
  });
});

describe('evaluateMaybeFeel', () => {
  it('evaluates =expressions and keeps static values', () => {
    expect(evaluateMaybeFeel('=a * 2', { a: 21 })).toBe(42);
    expect(evaluateMaybeFeel('  = "x" + y', { y: 'z' })).toBe('xz');
    expect(evaluateMaybeFeel('static-job-type', { a: 1 })).toBe('static-job-type');
    expect(evaluateMaybeFeel('', {})).toBe('');
  });
});

describe('parseFeel / assertFeelParses', () => {
  it.each(['x > 1', 'get or else(x, 1)', 'for i in xs return i', '{a: 1}.a', 'date and time("2026-01-01T00:00:00Z")'])(
    'accepts %s',
    (expression) => {
      expect(parseFeel(expression)).toEqual({ valid: true });
      expect(() => assertFeelParses(expression)).not.toThrow();
    },
  );

  it.each(['1 +', 'a + * b', '(1', '', 'if x then 1', '{a: }'])('rejects %j', (expression) => {
    expect(parseFeel(expression).valid).toBe(false);
    expect(() => assertFeelParses(expression)).toThrow(FeelEvaluationError);
  });

  it('checks unary tests with their own grammar', () => {
    expect(parseFeel('>= 5, < 2', 'unaryTests')).toEqual({ valid: true });
    expect(parseFeel('>= ', 'unaryTests').valid).toBe(false);
  });
});

describe('evaluateUnaryTests', () => {
  it.each([
    ['-', 5, true],
    ['', 5, true],
    ['5', 5, true],
    ['5', 6, false],
    ['>= 5', 6, true],
    ['< 5', 6, false],
    ['[1..10]', 10, true],
    ['(1..10)', 10, false],
    ['"a", "b"', 'b', true],
    ['not("a", "b")', 'c', true],
    ['not("a", "b")', 'a', false],
    ['? > limit', 7, true],
    ['limit', 5, true],
    ['> 5', 'text', false],
    ['null', null, true],
    ['> 5', null, false],
    ['date("2026-01-01")', '2026-01-01', false],
  ])('%j with input %j → %s', (tests, input, expected) => {
    expect(evaluateUnaryTests(tests, input, { limit: 5 })).toBe(expected);
  });

  it('throws on a syntax error', () => {
    expect(() => evaluateUnaryTests('>>', 1, {})).toThrow(FeelEvaluationError);
  });
});

function catchError(action: () => unknown): FeelEvaluationError {
  try {
    action();
  } catch (error) {
    return error as FeelEvaluationError;
  }
  throw new Error('expected an error');
}
