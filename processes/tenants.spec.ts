// Tenant configuration is consistent: tenant.json, organisation.json, calendar.json and the DMN tables.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeedbackSchedule, parseTimeLimit, validateCalendarOverrides } from '@duban/calendar';
import { CHANNELS } from '../libs/workers/src/job-types.js';
import { createDmnModdle, type ModdleElement } from './tools/moddle.util.js';
import { loadTenant, tenantIds } from './tools/tenant-files.util.js';

const CHINESE = /[\u4e00-\u9fff]/;
const tenants = tenantIds().map(loadTenant);

/** The server's permission names, read from its source (a spec of processes/ imports no app code). */
function serverPermissions(): string[] {
  const source = readFileSync(new URL('../apps/server/src/platform/tenancy/permission.ts', import.meta.url), 'utf8');
  const list = /PERMISSIONS = \[([^\]]*)\]/.exec(source)?.[1] ?? '';
  return [...list.matchAll(/'([a-z.]+)'/g)].map((m) => m[1]);
}
const PERMISSIONS = serverPermissions();

describe.each(tenants.map((t) => [t.id, t] as const))('%s configuration', (id, t) => {
  const org = t.organisation;

  it('tenant.json: id is the folder, Chinese names, numbering with a year and a sequence, known channels', () => {
    expect(t.tenant.id).toBe(id);
    expect(t.tenant.name).toMatch(CHINESE);
    expect(t.tenant.numbering.default.prefix).toMatch(CHINESE);
    for (const scheme of Object.values(t.tenant.numbering)) {
      expect(scheme.pattern).toContain('{year}');
      expect(scheme.pattern).toMatch(/\{seq(:\d+)?\}/);
    }
    const notifications = t.tenant.notifications as { channels: string[] };
    for (const c of notifications.channels) expect(CHANNELS).toContain(c);
    expect(t.tenant.lights).toEqual({ yellowWithinWorkingDays: expect.any(Number), redWhenOverdue: true });
    for (const p of t.tenant.processes) expect(p.name).toMatch(CHINESE);
  });

  it('organisation.json: people hold known roles in known units; ASCII logins, Chinese names', () => {
    const roles = new Set(org.roles.map((r) => r.code));
    const units = new Set(org.units.map((u) => u.code));
    expect(org.tenant).toBe(id);
    for (const r of org.roles) {
      expect(r.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(r.name).toMatch(CHINESE);
      expect(['tenant', 'unit']).toContain(r.scope);
    }
    for (const u of org.units) {
      expect(u.code.startsWith(`${org.units[0].code.split('-')[0]}-`)).toBe(true);
      expect(u.name).toMatch(CHINESE);
    }
    const ids = new Set<string>();
    for (const p of org.people) {
      expect(p.id).toMatch(/^[a-z0-9][a-z0-9.-]*$/);
      expect(p.login).toBe(p.id);
      expect(ids.has(p.id), p.id).toBe(false);
      ids.add(p.id);
      expect(p.name).toMatch(CHINESE);
      expect(units.has(p.unit), `${p.id} in unknown unit ${p.unit}`).toBe(true);
      for (const r of p.roles) expect(roles.has(r), `${p.id} holds unknown role ${r}`).toBe(true);
    }
    for (const r of org.roles) expect(org.people.some((p) => p.roles.includes(r.code)), `nobody holds ${r.code}`).toBe(true);
    for (const b of org.roleBindings) {
      expect(roles.has(b.role) && units.has(b.unit) && ids.has(b.person), JSON.stringify(b)).toBe(true);
      expect(org.people.find((p) => p.id === b.person)!.roles).toContain(b.role);
    }
    for (const members of Object.values(org.registries ?? {})) for (const m of members) expect(ids.has(m), m).toBe(true);
  });

  it('organisation.json: roles grant only permissions the server knows; 督查室, leaders and process administrators have theirs', () => {
    expect(PERMISSIONS).toEqual(expect.arrayContaining(['items.all', 'process.manage', 'audit.read', 'reports.read']));
    for (const r of org.roles) for (const p of r.permissions ?? []) expect(PERMISSIONS, `${r.code} grants ${p}`).toContain(p);
    const grants = (code: string) => org.roles.find((r) => r.code === code)?.permissions ?? [];
    expect(grants('supervision-staff')).toContain('items.all');
    expect(grants('supervision-head')).toEqual(expect.arrayContaining(['items.all', 'audit.read']));
    expect(grants('process-admin')).toContain('process.manage');
    // leaders read the reports and the dashboard without handling items
    for (const leader of ['principal-leader', 'deputy-leader']) expect(grants(leader)).toEqual(['reports.read']);
    for (const r of org.roles.filter((role) => role.scope === 'unit')) expect(r.permissions ?? [], r.code).toEqual([]);
  });

  it('every handling unit has a contact and a head, and a bound 分管领导 where the tenant has one', () => {
    const handling = org.units.filter((u) => ['handling', 'department', 'district'].includes(u.kind));
    expect(handling.length).toBeGreaterThanOrEqual(5);
    for (const u of handling) {
      const inUnit = org.people.filter((p) => p.unit === u.code);
      expect(inUnit.some((p) => p.roles.includes('unit-contact')), u.code).toBe(true);
      expect(inUnit.some((p) => p.roles.includes('unit-head')), u.code).toBe(true);
      expect(org.roleBindings.some((b) => b.unit === u.code && b.role === 'deputy-leader'), u.code).toBe(true);
    }
  });

  it('calendar.json is valid for the calendar', () => {
    expect(() => validateCalendarOverrides(t.calendar)).not.toThrow();
  });

  it('DMN tables parse; limit and schedule outputs are valid calendar notation', async () => {
    for (const file of t.dmn) {
      const { rootElement, warnings } = await createDmnModdle().fromXML(file.text, 'dmn:Definitions');
      expect(warnings.map((w: { message: string }) => w.message)).toEqual([]);
      for (const decision of rootElement.drgElement.filter((e: ModdleElement) => e.$type === 'dmn:Decision')) {
        expect(decision.id.startsWith(`${id}-`)).toBe(true);
        expect(decision.name).toMatch(CHINESE);
        const table = decision.decisionLogic;
        expect(table.rule.length).toBeGreaterThan(0);
        table.output.forEach((output: ModdleElement, i: number) => {
          for (const rule of table.rule) {
            const literal = /^"(.*)"$/.exec(rule.outputEntry[i].text.trim())?.[1];
            if (!literal) continue;
            if (/Limit$/.test(output.name)) expect(() => parseTimeLimit(literal), literal).not.toThrow();
            if (/[sS]chedule$/.test(output.name)) expect(() => parseFeedbackSchedule(literal), literal).not.toThrow();
          }
        });
      }
    }
  });
});
