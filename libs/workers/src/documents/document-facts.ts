import type { JsonValue, Variables } from '@duban/workflow';
import type { Organisation } from '../directory/directory.js';
import { unitName } from '../directory/role-lookup.util.js';

/** Helpers that turn item variables into text for documents: unit codes become unit names, lists become lines. */
export class DocumentFacts {
  constructor(
    private readonly variables: Readonly<Variables>,
    private readonly organisation: Organisation | undefined,
  ) {}

  text(name: string): string | undefined {
    const value = this.variables[name];
    if (typeof value === 'string') return value.trim() || undefined;
    if (typeof value === 'number') return String(value);
    return undefined;
  }

  /** Unit codes (or names) as names joined by 、. */
  units(name: string): string | undefined {
    const list = this.list(name).map((entry) => (typeof entry === 'string' ? this.unitName(entry) : textOf(entry)));
    return list.length > 0 ? list.join('、') : undefined;
  }

  /** Strings, or `{ unit, text }` objects rendered as 「单位：内容」. */
  lines(name: string): string[] {
    return this.list(name)
      .map((entry) => {
        if (typeof entry === 'object' && entry !== null && !Array.isArray(entry)) {
          const unit = typeof entry.unit === 'string' ? this.unitName(entry.unit) : undefined;
          const text = textOf(entry.text ?? entry.name ?? null);
          return unit ? `${unit}：${text}` : text;
        }
        return textOf(entry);
      })
      .filter((line) => line.length > 0);
  }

  unitName(code: string): string {
    return this.organisation ? unitName(this.organisation, code) : code;
  }

  private list(name: string): JsonValue[] {
    const value = this.variables[name];
    if (value === undefined || value === null || value === '') return [];
    return Array.isArray(value) ? value : [value];
  }
}

function textOf(value: JsonValue): string {
  if (value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value).trim();
}
