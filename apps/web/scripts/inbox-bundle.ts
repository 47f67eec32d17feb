import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { routeFiles, sizeFiles, type Manifest, type SizedFile } from './route-chunks.util';

export const WEB_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const INBOX_ROUTE_KEYS = ['index.html', 'src/modules/inbox/components/InboxPage.tsx'];
export const INBOX_BUDGET_BYTES = 300 * 1024;

export interface InboxBundleReport {
  files: SizedFile[];
  gzipBytes: number;
  /** Source modules that are split into chunks loaded on demand (pages, dialogs). */
  lazyEntries: string[];
  /** On-demand entries whose chunk the inbox route nevertheless loads (should be the inbox page alone). */
  lazyEntriesOnRoute: string[];
}

/** Builds the app into a temporary folder (dist/ stays as it is) and measures what the inbox route loads. */
export async function measureInboxBundle(): Promise<InboxBundleReport> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'duban-web-size-'));
  try {
    // A child process with NODE_ENV=production: under a test runner NODE_ENV=test would bundle React's dev build.
    const viteBin = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
    await promisify(execFile)(process.execPath, [viteBin, 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], {
      cwd: WEB_ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
      maxBuffer: 16 * 1024 * 1024,
    });
    const manifest = JSON.parse(await readFile(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
    const files = await sizeFiles(outDir, routeFiles(manifest, INBOX_ROUTE_KEYS));
    const routeSet = new Set(files.map((f) => f.file));
    const lazy = Object.entries(manifest).filter(([, chunk]) => chunk.isDynamicEntry);
    return {
      files,
      gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
      lazyEntries: lazy.map(([key]) => key),
      lazyEntriesOnRoute: lazy.filter(([, chunk]) => routeSet.has(chunk.file)).map(([key]) => key),
    };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
