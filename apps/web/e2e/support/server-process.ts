import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

export interface RunningProcess {
  url: string;
  child: ChildProcess;
  stop: () => Promise<void>;
}

/** Starts a Node process, logs it to a file, and waits until `readyPath` answers 200 (or the process dies). */
export async function startProcess(opts: {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  url: string;
  readyPath: string;
  logDir: string;
  timeoutMs?: number;
}): Promise<RunningProcess> {
  await mkdir(opts.logDir, { recursive: true });
  const log = createWriteStream(path.join(opts.logDir, `${opts.name}.log`));
  const child = spawn(opts.command, opts.args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));

  const deadline = Date.now() + (opts.timeoutMs ?? 120_000);
  for (;;) {
    if (exited !== null) throw new Error(`${opts.name} exited with ${exited} before it was ready; see ${opts.logDir}/${opts.name}.log`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${opts.name} not ready at ${opts.url}${opts.readyPath} in time; see ${opts.logDir}/${opts.name}.log`);
    }
    const ok = await fetch(opts.url + opts.readyPath).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 300));
  }

  const stop = () =>
    new Promise<void>((resolve) => {
      if (exited !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  return { url: opts.url, child, stop };
}
