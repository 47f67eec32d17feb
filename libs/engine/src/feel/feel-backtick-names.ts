const ALIAS_PREFIX = '__duban_name_';

/**
 * Camunda's FEEL lets a name hold any character between backticks (`` `order-id` ``, `` x.`due date` ``); feelin
 * cannot parse them. We replace each backticked name by an alias identifier and give every object in the context
 * that has the original key an alias key with the same value. Without backticks nothing is touched.
 */
export function resolveBacktickNames(
  expression: string,
  context: Record<string, unknown>,
): { expression: string; context: Record<string, unknown> } {
  if (!expression.includes('`')) return { expression, context };
  const aliases = new Map<string, string>();
  let rewritten = '';
  let index = 0;
  while (index < expression.length) {
    const char = expression[index];
    const skip = char === '"' ? stringEnd(expression, index) : commentEnd(expression, index);
    if (skip > index) {
      rewritten += expression.slice(index, skip);
      index = skip;
    } else if (char === '`') {
      const close = expression.indexOf('`', index + 1);
      if (close === -1) return { expression, context }; // the parser reports the syntax error
      const name = expression.slice(index + 1, close);
      if (!aliases.has(name)) aliases.set(name, `${ALIAS_PREFIX}${aliases.size}`);
      rewritten += aliases.get(name);
      index = close + 1;
    } else {
      rewritten += char;
      index += 1;
    }
  }
  if (aliases.size === 0) return { expression, context };
  return { expression: rewritten, context: withAliases(context, aliases) as Record<string, unknown> };
}

function stringEnd(expression: string, start: number): number {
  let index = start + 1;
  while (index < expression.length && expression[index] !== '"') index += expression[index] === '\\' ? 2 : 1;
  return Math.min(index + 1, expression.length);
}

function commentEnd(expression: string, start: number): number {
  if (expression.startsWith('//', start)) {
    const end = expression.indexOf('\n', start);
    return end === -1 ? expression.length : end;
  }
  if (expression.startsWith('/*', start)) {
    const end = expression.indexOf('*/', start + 2);
    return end === -1 ? expression.length : end + 2;
  }
  return start;
}

function withAliases(value: unknown, aliases: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => withAliases(item, aliases));
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) copy[key] = withAliases(entry, aliases);
  for (const [name, alias] of aliases) if (name in copy) copy[alias] = copy[name];
  return copy;
}
