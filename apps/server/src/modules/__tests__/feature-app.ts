import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestApp, type TestApp } from '../../__tests__/test-app.js';
import { InboxProjector } from '../inbox/inbox-projector.service.js';

/** The repository's tenant folders (the feature specs walk real procedures, so they may name counties). */
export const REPOSITORY_PROCESSES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../processes');

export interface FeatureApp extends TestApp {
  /** Projects user-task jobs and reconciles at once, instead of waiting for the projector's timers. */
  sync(): Promise<void>;
}

/** The real application seeded from some of the repository's tenant folders (linked into a temporary folder). */
export async function createFeatureApp(purpose: string, tenants: string[]): Promise<FeatureApp> {
  const dir = mkdtempSync(path.join(tmpdir(), 'duban-processes-'));
  for (const tenant of tenants) symlinkSync(path.join(REPOSITORY_PROCESSES, tenant), path.join(dir, tenant), 'dir');
  const t = await createTestApp(purpose, { seed: true, env: { DUBAN_PROCESSES_DIR: dir } });
  const projector = t.app.get(InboxProjector);
  return { ...t, sync: () => projector.syncNow() };
}

/** Polls until `probe` returns something other than undefined, or fails after `ms`. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
