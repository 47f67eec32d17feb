import { readFile, stat } from 'node:fs/promises';
import { WorkerErrorCode, WorkerException } from '../worker.exception.js';

/**
 * Reads JSON configuration files and keeps the parsed (and converted) value until the file's mtime changes, so
 * IT can edit files under processes/ without restarting the workers.
 */
export class JsonFileCache<T> {
  private readonly entries = new Map<string, { mtimeMs: number; value: T }>();

  constructor(private readonly convert: (raw: unknown, path: string) => T) {}

  /** Undefined when the file does not exist. */
  async read(path: string): Promise<T | undefined> {
    let mtimeMs: number;
    try {
      mtimeMs = (await stat(path)).mtimeMs;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const cached = this.entries.get(path);
    if (cached && cached.mtimeMs === mtimeMs) return cached.value;
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      throw new WorkerException(
        WorkerErrorCode.InvalidConfiguration,
        `配置文件 ${path} 不是合法的 JSON（${(error as Error).message}）`,
      );
    }
    const value = this.convert(raw, path);
    this.entries.set(path, { mtimeMs, value });
    return value;
  }
}

export function invalidConfiguration(path: string, problems: string[]): WorkerException {
  return new WorkerException(
    WorkerErrorCode.InvalidConfiguration,
    `配置文件 ${path} 有误（invalid configuration）：\n- ${problems.join('\n- ')}`,
  );
}
