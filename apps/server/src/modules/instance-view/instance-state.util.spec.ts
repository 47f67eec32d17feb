import type { ElementInstanceRecord } from '@duban/workflow';
import { describe, expect, it } from 'vitest';
import { instanceState } from './instance-state.util.js';

let key = 0;
const e = (elementId: string, state: ElementInstanceRecord['state'], extra: Partial<ElementInstanceRecord> = {}): ElementInstanceRecord => ({
  key: String(++key),
  processInstanceKey: '1',
  elementId,
  elementType: 'USER_TASK',
  state,
  startDate: '2026-11-02T01:00:00Z',
  ...extra,
});

describe('instanceState', () => {
  it('counts a re-entered element as active only, and leaves terminated ones out', () => {
    const state = instanceState([
      e('start', 'COMPLETED', { elementType: 'START_EVENT' }),
      e('review', 'COMPLETED'),
      e('gw', 'COMPLETED', { elementType: 'EXCLUSIVE_GATEWAY' }),
      e('review', 'ACTIVE'),
      e('reminder', 'TERMINATED', { elementType: 'BOUNDARY_EVENT' }),
      e('deadline', 'ACTIVE', { elementType: 'SERVICE_TASK', incidentKey: '99' }),
    ]);
    expect(state).toEqual({ activeElementIds: ['review', 'deadline'], completedElementIds: ['start', 'gw'], incidentElementIds: ['deadline'] });
  });
});
