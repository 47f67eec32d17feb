/** `--name=value` and `--flag` arguments; anything else is rejected so typos do not pass silently. */
export function parseArgs(argv: string[], known: string[]): Map<string, string> {
  const result = new Map<string, string>();
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match || !known.includes(match[1])) {
      throw new Error(`unknown argument ${arg}; known: ${known.map((k) => `--${k}`).join(' ')}`);
    }
    result.set(match[1], match[2] ?? 'true');
  }
  return result;
}
