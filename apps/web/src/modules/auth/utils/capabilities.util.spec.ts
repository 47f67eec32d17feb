import { describe, expect, it } from 'vitest';
import { capabilitiesOf } from './capabilities.util';

const caps = (...permissions: string[]) => [...capabilitiesOf({ permissions })].sort();

describe('capabilitiesOf', () => {
  it('gives a handling unit its inbox only', () => {
    expect(caps()).toEqual(['inbox']);
  });

  it('lets 督查室 (items.all) register, see everything and the dashboard', () => {
    expect(caps('items.all')).toEqual(['allItems', 'dashboard', 'inbox', 'register']);
  });

  it('maps process and organisation administration to their pages', () => {
    expect(caps('process.manage', 'org.manage')).toEqual(['admin', 'inbox', 'modeler']);
    expect(caps('reports.read')).toEqual(['dashboard', 'inbox']);
  });
});
