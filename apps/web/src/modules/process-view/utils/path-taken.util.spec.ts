import { describe, expect, it } from 'vitest';
import { pathTaken, type FlowRef } from './path-taken.util';

// start → register → gateway → (handle | reject); handle → end
const flows: FlowRef[] = [
  { id: 'f1', sourceId: 'start', targetId: 'register' },
  { id: 'f2', sourceId: 'register', targetId: 'gw' },
  { id: 'f3', sourceId: 'gw', targetId: 'handle' },
  { id: 'f4', sourceId: 'gw', targetId: 'reject' },
  { id: 'f5', sourceId: 'handle', targetId: 'end' },
];

describe('pathTaken', () => {
  it('infers the flows between finished elements and into the current one', () => {
    expect(pathTaken(flows, ['start', 'register', 'gw'], ['handle'])).toEqual(['f1', 'f2', 'f3']);
  });

  it('does not mark the branch that was not taken nor flows out of the active element', () => {
    const taken = pathTaken(flows, ['start', 'register', 'gw'], ['handle']);
    expect(taken).not.toContain('f4');
    expect(taken).not.toContain('f5');
  });

  it('prefers the engine record, dropping ids the diagram does not have', () => {
    expect(pathTaken(flows, ['start'], [], ['f1', 'f4', 'ghost'])).toEqual(['f1', 'f4']);
  });
});
