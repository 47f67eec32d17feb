import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

/** One entry of Vite's build manifest (`dist/.vite/manifest.json`). */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/**
 * The JS files a browser must fetch to show a route: the chunks of the given manifest keys and everything they
 * import statically, transitively. Dynamic imports are left out: they load only when their code runs.
 */
export function routeFiles(manifest: Manifest, keys: string[]): string[] {
  const seen = new Set<string>();
  const files = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no chunk "${key}"`);
    if (chunk.file.endsWith('.js')) files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  keys.forEach(visit);
  return [...files].sort();
}

export interface SizedFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

const gzipAsync = promisify(gzip);

export async function sizeFiles(distDir: string, files: string[]): Promise<SizedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const content = await readFile(path.join(distDir, file));
      return { file, bytes: content.length, gzipBytes: (await gzipAsync(content, { level: 9 })).length };
    }),
  );
}
