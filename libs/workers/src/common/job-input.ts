import type { CustomHeaders, JsonValue, Variables } from '@duban/workflow';
import { WorkerErrorCode, WorkerException } from '../worker.exception.js';

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Typed, validated access to a job's headers and variables; every complaint names the header or variable. */
export class JobInput {
  constructor(
    private readonly headers: Readonly<CustomHeaders>,
    readonly variables: Readonly<Variables>,
  ) {}

  header(name: string, fallback?: string): string | undefined {
    const value = this.headers[name]?.trim();
    return value ? value : fallback;
  }

  requiredHeader(name: string): string {
    const value = this.header(name);
    if (value === undefined) throw invalidHeader(name, '缺失', 'is required');
    return value;
  }

  listHeader(name: string): string[] {
    const value = this.header(name);
    if (value === undefined) return [];
    return value
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part.length > 0);
  }

  enumHeader<T extends string>(name: string, allowed: readonly T[], fallback?: T): T {
    const value = this.header(name, fallback);
    if (value === undefined) throw invalidHeader(name, '缺失', 'is required');
    if (!(allowed as readonly string[]).includes(value)) {
      throw invalidHeader(name, `取值 "${value}" 无效，可选 ${allowed.join(' / ')}`, `must be one of ${allowed.join(', ')}`);
    }
    return value as T;
  }

  intHeader(name: string, fallback: number, min: number, max: number): number {
    const text = this.header(name);
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw invalidHeader(name, `应为 ${min}–${max} 的整数，实为 "${text}"`, `must be an integer ${min}..${max}`);
    }
    return value;
  }

  booleanHeader(name: string, fallback: boolean): boolean {
    const value = this.enumHeader(name, ['true', 'false'] as const, fallback ? 'true' : 'false');
    return value === 'true';
  }

  /** A header that names a variable: checked to be a valid variable name. */
  variableNameHeader(name: string, fallback?: string): string | undefined {
    const value = this.header(name, fallback);
    if (value !== undefined && !VARIABLE_NAME.test(value)) {
      throw invalidHeader(name, `"${value}" 不是合法的变量名`, 'must name a variable');
    }
    return value;
  }

  variable(name: string): JsonValue | undefined {
    const value = this.variables[name];
    return value === null ? undefined : value;
  }

  /** A non-empty string (numbers are accepted and turned into strings). */
  stringVariable(name: string): string | undefined {
    const value = this.variable(name);
    if (value === undefined || value === '') return undefined;
    if (typeof value === 'string') return value.trim() || undefined;
    if (typeof value === 'number') return String(value);
    throw invalidVariable(name, '应为字符串', 'must be a string');
  }

  /** One string or a list of strings, as a list. */
  stringListVariable(name: string): string[] {
    const value = this.variable(name);
    if (value === undefined || value === '') return [];
    const list = Array.isArray(value) ? value : [value];
    return list.map((entry) => {
      if (typeof entry === 'string' && entry.trim()) return entry.trim();
      if (typeof entry === 'number') return String(entry);
      throw invalidVariable(name, '应为字符串或字符串列表', 'must be a string or a list of strings');
    });
  }
}

export function invalidHeader(name: string, zh: string, en: string): WorkerException {
  return new WorkerException(WorkerErrorCode.InvalidHeader, `任务头 "${name}" ${zh}（header "${name}" ${en}）`);
}

export function invalidVariable(name: string, zh: string, en: string): WorkerException {
  return new WorkerException(WorkerErrorCode.InvalidVariable, `变量 "${name}" ${zh}（variable "${name}" ${en}）`);
}
