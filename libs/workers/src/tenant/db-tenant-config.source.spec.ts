import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../__tests__/test-database.js';
import { TEST_PROCESSES_DIR } from '../__tests__/test-deps.js';
import { DbTenantConfigSource } from './db-tenant-config.source.js';
import { FileTenantConfigSource } from './file-tenant-config.source.js';
import { TenantSettingsStore } from './tenant-settings.store.js';

const TENANT = 'demo-county';
const YEAR_2027 = {
  year: 2027,
  source: '测试用通知',
  holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
  makeUpWorkingDays: [],
};

describe('DbTenantConfigSource', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let store: TenantSettingsStore;
  let now = 0;
  let source: DbTenantConfigSource;

  beforeAll(async () => {
    database = await createTestDatabase('tenant_settings');
    store = new TenantSettingsStore(<R>(sql: string, params: unknown[]) => database.db.query(sql, params) as Promise<R[]>, database.schema);
    source = new DbTenantConfigSource(database.db, new FileTenantConfigSource(TEST_PROCESSES_DIR), 5_000, () => now);
  });
  afterAll(() => database.drop());

  it('reads the files while nothing is stored, then the uploaded calendar (after invalidate or the TTL)', async () => {
    expect((await source.calendar(TENANT)).hasDataFor(2027)).toBe(false);
    await store.saveCalendar(TENANT, { years: [YEAR_2027] }, 'admin');
    // Cached: another process's upload is seen only after the TTL.
    expect((await source.calendar(TENANT)).hasDataFor(2027)).toBe(false);
    now += 5_000;
    const calendar = await source.calendar(TENANT);
    expect(calendar.hasDataFor(2027)).toBe(true);
    expect(calendar.isWorkingDay('2027-01-01')).toBe(false);

    await store.saveCalendar(TENANT, {}, 'admin');
    source.invalidate(TENANT);
    expect((await source.calendar(TENANT)).hasDataFor(2027)).toBe(false);
  });

  it('lets a stored channel replace the tenant.json setting, secrets included, and keeps the rest of the file', async () => {
    const before = await source.config(TENANT);
    expect(before.notifications.channels).toEqual(['in-app', 'email', 'sms']);
    expect(before.numbering.default?.prefix).toBe('示督');

    await store.saveChannel(TENANT, { kind: 'sms', enabled: false, config: { url: 'https://sms.example.org/send' }, secrets: { token: 't0ken' } }, 'admin');
    await store.saveChannel(TENANT, { kind: 'email', enabled: true, config: { from: '督查室 <d@example.org>' }, secrets: { smtpUrl: 'smtp://u:p@mail:25' } }, 'admin');
    source.invalidate(TENANT);
    const after = await source.config(TENANT);
    expect(after.notifications.channels).toEqual(['in-app', 'email']);
    expect(after.notifications.sms).toEqual({ url: 'https://sms.example.org/send', token: 't0ken', tokenEnv: undefined });
    expect(after.notifications.email).toEqual({ from: '督查室 <d@example.org>', smtpUrl: 'smtp://u:p@mail:25', smtpUrlEnv: undefined });
    expect(after.numbering.default?.prefix).toBe('示督');
  });
});
