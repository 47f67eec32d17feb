import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../api/history.api';
import { instanceState, visibleSteps } from './instance-state.util';

const e = (key: string, elementId: string, state: string, type = 'USER_TASK'): HistoryEntry => ({
  processInstanceKey: key,
  elementId,
  name: elementId,
  type,
  state,
  startedAt: '2026-10-09T01:00:00Z',
  endedAt: null,
  completedBy: null,
});

describe('instanceState', () => {
  it('keeps to one instance and lets a re-entered element count as active', () => {
    const entries = [e('1', 'start', 'COMPLETED', 'START_EVENT'), e('1', 'review', 'COMPLETED'), e('1', 'review', 'ACTIVE'), e('2', 'handle', 'ACTIVE')];
    expect(instanceState(entries, '1')).toEqual({ active: ['review'], completed: ['start'] });
    expect(instanceState(entries, '2')).toEqual({ active: ['handle'], completed: [] });
  });

  it('hides gateways and flows from the history list', () => {
    const entries = [e('1', 'gw', 'COMPLETED', 'EXCLUSIVE_GATEWAY'), e('1', 'review', 'ACTIVE')];
    expect(visibleSteps(entries).map((x) => x.elementId)).toEqual(['review']);
  });
});
