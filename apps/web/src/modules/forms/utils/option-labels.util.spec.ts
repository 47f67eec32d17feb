import { describe, expect, it } from 'vitest';
import { optionLabels } from './option-labels.util';

describe('optionLabels', () => {
  it('finds options in nested components (dynamic lists, groups)', () => {
    const labels = optionLabels({
      components: [
        { type: 'select', key: 'source', values: [{ label: '领导重要批示', value: 'instruction' }] },
        { type: 'dynamiclist', path: 'units', components: [{ type: 'select', key: 'unit', values: [{ label: '县财政局', value: 'czj' }] }] },
      ],
    });
    expect(labels.get('instruction')).toBe('领导重要批示');
    expect(labels.get('czj')).toBe('县财政局');
  });

  it('copes with a missing schema and options bound to an input variable (no static values)', () => {
    expect(optionLabels(null).size).toBe(0);
    expect(optionLabels({ components: [{ type: 'select', valuesKey: 'units' }] }).size).toBe(0);
  });
});
