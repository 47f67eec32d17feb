import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerConfig } from '../../platform/config/server-config.js';
import type { DatabaseHost } from '../../platform/database/database-host.js';
import { buildPrincipal } from '../../platform/tenancy/principal.js';
import { TEST_DATABASE_URL } from '../../__tests__/test-app.js';
import { eventually } from '../__tests__/feature-app.js';
import { LiveEventsService, type SseMessage } from './live-events.service.js';
import { PgEventsRelay } from './pg-events.relay.js';

/** Two server processes (two relays on one channel) on the real database. */
describe('PgEventsRelay', () => {
  const host = { target: { url: TEST_DATABASE_URL, schema: 'x' } } as unknown as DatabaseHost;
  const config = { databaseSchema: `t_server_relay_${randomBytes(4).toString('hex')}` } as ServerConfig;
  const [a, b] = [new LiveEventsService(), new LiveEventsService()];
  const relays = [new PgEventsRelay(a, host, config), new PgEventsRelay(b, host, config)];
  const li = buildPrincipal({ personId: 'id-li', personCode: 'li', name: '李', username: 'li', tenantId: 't1', tenantCode: 'x', unitId: null }, []);

  beforeAll(async () => {
    for (const relay of relays) await relay.onApplicationBootstrap();
  });
  afterAll(async () => {
    for (const relay of relays) await relay.onModuleDestroy();
  });

  it('delivers what one process publishes to the other’s streams, once each', async () => {
    const [onA, onB]: SseMessage[][] = [[], []];
    const subscriptions = [a.stream(li, new Set()).subscribe((m) => onA.push(m)), b.stream(li, new Set()).subscribe((m) => onB.push(m))];
    a.publish({ tenantId: 't1', type: 'task.created', data: { taskId: '7' }, audience: { persons: ['li'] } });
    await eventually('the event on the other process', async () => (onB.length > 0 ? true : undefined), 5_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const s of subscriptions) s.unsubscribe();
    expect(onA).toEqual([{ type: 'task.created', data: { taskId: '7' } }]);
    expect(onB).toEqual([{ type: 'task.created', data: { taskId: '7' } }]);
  });
});
