import { describe, expect, it } from 'vitest';
import { navEntries, selectedNavKey } from './nav.util';

describe('nav', () => {
  it('shows only the entries the user may use', () => {
    expect(navEntries(new Set(['inbox'])).map((e) => e.path)).toEqual(['/inbox', '/items']);
  });

  it('selects the longest matching entry', () => {
    expect(selectedNavKey('/items/new')).toBe('/items/new');
    expect(selectedNavKey('/items/42')).toBe('/items');
    expect(selectedNavKey('/tasks/7')).toBe('/inbox');
    expect(selectedNavKey('/itemsx')).toBe('/inbox');
    expect(selectedNavKey('/admin/calendar')).toBe('/admin');
  });
});
