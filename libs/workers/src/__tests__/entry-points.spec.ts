import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as main from '../index.js';
import * as nest from '../nest/index.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

describe('entry points', () => {
  it('keeps the Nest module out of the main entry and shares the database token', () => {
    expect(main).not.toHaveProperty('WorkersModule');
    expect(nest.WorkersModule).toBeTypeOf('function');
    expect(nest.WORKERS_DATABASE).toBe(main.WORKERS_DATABASE);
  });

  // tsx (esbuild) cannot compile parameter decorators: the main entry must load without the Nest module.
  it('loads the main entry under tsx', { timeout: 60_000 }, async () => {
    const script = "import('@duban/workers').then((m) => console.log(typeof m.startWorkers, typeof m.WorkersDatabase))";
    const { stdout } = await promisify(execFile)(`${root}node_modules/.bin/tsx`, ['--conditions=development', '-e', script], { cwd: root });
    expect(stdout.trim()).toBe('function function');
  });
});
