import type { DriverFactory, DriverOptions, EngineUnderTest } from '../driver/engine-under-test.js';

export const KNOWN_ENGINES = ['embedded', 'zeebe'] as const;
export type EngineName = (typeof KNOWN_ENGINES)[number];

export function isEngineName(value: string): value is EngineName {
  return (KNOWN_ENGINES as readonly string[]).includes(value);
}

/**
 * Loads `./<name>-driver.js` only when asked for, so an engine package that does not build yet
 * breaks only its own runs.
 */
export async function loadDriver(name: EngineName, options: DriverOptions): Promise<EngineUnderTest> {
  // A plain specifier (not a template in import()) so Vite leaves it to run-time resolution.
  const specifier = `./${name}-driver.js`;
  const module = (await import(/* @vite-ignore */ specifier)) as { createDriver?: DriverFactory };
  if (typeof module.createDriver !== 'function') {
    throw new Error(`driver module ${name}-driver does not export createDriver(options)`);
  }
  return module.createDriver(options);
}
