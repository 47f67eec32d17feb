import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateFormData } from './form-data.validator.js';

const processes = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../processes');
const register = JSON.parse(readFileSync(path.join(processes, 'gu/gu-register.form'), 'utf8'));

const good = {
  title: '县城老旧小区改造',
  source: 'decision',
  category: 'ordinary',
  content: '年内完成县城三个老旧小区的改造。',
  requirements: '按月报送进展',
  units: [{ unit: 'gu-zjj', lead: true }, { unit: 'gu-czj', lead: false, limit: '5wd' }],
};

describe('validateFormData on a real start form', () => {
  it('accepts complete data', () => {
    expect(validateFormData(register, good)).toEqual({});
  });

  it('names every missing, mistyped, unknown or off-list field', () => {
    const problems = validateFormData(register, {
      ...good,
      title: '短',
      source: 'rumour',
      category: undefined,
      statedLimit: 'soon',
      units: [{ unit: 'gu-nowhere', lead: 'yes' }, { unit: 'gu-czj', extra: 1 }],
      hacked: true,
    });
    expect(Object.keys(problems).sort()).toEqual(
      ['category', 'hacked', 'source', 'statedLimit', 'title', 'units[0].lead', 'units[0].unit', 'units[1].extra'].sort(),
    );
    expect(problems.category[0]).toContain('必填');
    expect(problems.statedLimit[0]).toContain('7d');
  });

  it('checks numbers, checkboxes and dates', () => {
    const schema = {
      components: [
        { type: 'number', key: 'score', validate: { min: 0, max: 100 } },
        { type: 'checkbox', key: 'sealed', validate: { required: true } },
        { type: 'datetime', key: 'plannedDate', subtype: 'date' },
        { type: 'group', components: [{ type: 'textfield', key: 'note' }] },
      ],
    };
    expect(validateFormData(schema, { score: 101, sealed: false, plannedDate: '2026-13-01', note: 5 })).toEqual({
      score: [expect.stringContaining('100')],
      sealed: [expect.stringContaining('必填')],
      plannedDate: [expect.stringContaining('日期')],
      note: [expect.stringContaining('文本')],
    });
    expect(validateFormData(schema, { score: 7, sealed: true, plannedDate: '2026-12-01', note: 'ok' })).toEqual({});
  });
});
