import { evaluate, FeelFunction, isFunction, parseExpression, parseUnaryTests } from 'feelin';

const ALIAS_PREFIX = '__duban_function_';
const MAX_CACHED_NAMES = 2_000;
const builtinCache = new Map<string, unknown>();

/**
 * FEEL keeps functions and variables apart: with a variable `count`, `count(items)` still calls the built-in. feelin
 * looks both up in one namespace, so the variable would hide the function. Where a call names a function that a
 * plain variable hides, we rename the call site to an alias bound to the function; everything else is untouched.
 */
export function separateFunctionNamespace(
  expression: string,
  kind: 'expression' | 'unaryTests',
  context: Record<string, unknown>,
  functions: Record<string, FeelFunction>,
): { expression: string; context: Record<string, unknown> } {
  const hidden = new Map<string, unknown>();
  for (const [name, value] of Object.entries(context)) {
    if (isCallable(value)) continue;
    const fn = functions[name] ?? builtinFunction(name);
    if (fn !== undefined) hidden.set(name, fn);
  }
  if (hidden.size === 0) return { expression, context };

  const parse = kind === 'expression' ? parseExpression : parseUnaryTests;
  const calls: { from: number; to: number; name: string }[] = [];
  let broken = false;
  parse(expression, context, undefined).iterate({
    enter(node) {
      if (node.type.isError) broken = true;
      if (node.name !== 'FunctionInvocation') return;
      const callee = node.node.firstChild;
      if (callee?.name !== 'VariableName') return;
      const name = expression.slice(callee.from, callee.to).replace(/\s+/g, ' ');
      if (hidden.has(name)) calls.push({ from: callee.from, to: callee.to, name });
    },
  });
  // A syntax error is reported by the evaluation, with positions in the text the author wrote.
  if (calls.length === 0 || broken) return { expression, context };

  let rewritten = expression;
  const aliases: Record<string, unknown> = {};
  for (const call of calls.sort((a, b) => b.from - a.from)) {
    const alias = ALIAS_PREFIX + call.name.replace(/\W/g, '_');
    aliases[alias] = hidden.get(call.name);
    rewritten = rewritten.slice(0, call.from) + alias + rewritten.slice(call.to);
  }
  return { expression: rewritten, context: { ...context, ...aliases } };
}

function isCallable(value: unknown): boolean {
  return typeof value === 'function' || isFunction(value);
}

/** feelin's built-in function of that name, if any: a bare name in an empty context resolves to it. */
function builtinFunction(name: string): unknown {
  if (builtinCache.has(name)) return builtinCache.get(name);
  let fn: unknown;
  try {
    const { value } = evaluate(name, {});
    fn = isCallable(value) ? value : undefined;
  } catch {
    fn = undefined;
  }
  if (builtinCache.size < MAX_CACHED_NAMES) builtinCache.set(name, fn);
  return fn;
}
