import { describe, expect, it } from 'vitest';
import { buildPrincipal } from '../../platform/tenancy/principal.js';
import { LiveEventsService, mayReceive, type LiveEvent, type SseMessage } from './live-events.service.js';

const person = (code: string, tenantId = 't1', permissions: 'items.all'[] = []) =>
  buildPrincipal(
    { personId: `id-${code}`, personCode: code, name: code, username: code, tenantId, tenantCode: 'x', unitId: null },
    [{ code: 'r', scope: 'unit', permissions, unitId: null }],
  );
const event = (audience: LiveEvent['audience'], tenantId = 't1'): LiveEvent => ({ tenantId, type: 'task.created', data: { taskId: '1' }, audience });

describe('mayReceive', () => {
  it('sends a task to its assignee, its candidate groups and the tenant-wide supervisors, never to another tenant', () => {
    const groups = new Set(['unit-contact@czj']);
    expect(mayReceive(event({ persons: ['li'] }), person('li'), new Set())).toBe(true);
    expect(mayReceive(event({ groups: ['unit-contact@czj'] }), person('wang'), groups)).toBe(true);
    expect(mayReceive(event({ groups: ['unit-contact@fgj'] }), person('wang'), groups)).toBe(false);
    expect(mayReceive(event({}), person('boss', 't1', ['items.all']), new Set())).toBe(true);
    expect(mayReceive(event({ persons: ['li'] }, 't2'), person('li'), new Set())).toBe(false);
    expect(mayReceive(event({ personIds: ['id-zhao'] }), person('zhao'), new Set())).toBe(true);
  });
});

describe('LiveEventsService', () => {
  it('streams only what the subscriber may see', async () => {
    const service = new LiveEventsService();
    const received: SseMessage[] = [];
    const subscription = service.stream(person('li'), new Set()).subscribe((m) => received.push(m));
    service.publish(event({ persons: ['wang'] }));
    service.publish({ ...event({ persons: ['li'] }), data: { taskId: '2' } });
    subscription.unsubscribe();
    expect(received).toEqual([{ type: 'task.created', data: { taskId: '2' } }]);
  });
});
