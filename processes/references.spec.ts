// What the diagrams refer to exists: job types and headers in the workers' catalogue, forms, called processes and
// decisions in the same tenant folder, roles and units in the tenant's organisation, time limits the calendar accepts.
import { describe, expect, it } from 'vitest';
import { parseFeedbackSchedule, parseTimeLimit } from '@duban/calendar';
import { jobTypeSpec } from '../libs/workers/src/job-types.js';
import { bpmnFacts, rolesInGroups, type BpmnFacts } from './tools/bpmn-facts.util.js';
import { parseBpmn } from './tools/moddle.util.js';
import { loadTenant, tenantIds, type TenantFolder } from './tools/tenant-files.util.js';

const tenants = tenantIds().map(loadTenant);

async function factsOf(t: TenantFolder): Promise<BpmnFacts[]> {
  return Promise.all(t.bpmn.map(async (f) => bpmnFacts((await parseBpmn(f.text)).definitions)));
}

const formIdsOf = (t: TenantFolder) => t.forms.map((f) => (JSON.parse(f.text) as { id: string }).id);
const decisionIdsOf = (t: TenantFolder) => t.dmn.flatMap((f) => [...f.text.matchAll(/<decision id="([^"]+)"/g)].map((m) => m[1]));

describe.each(tenants.map((t) => [t.id, t] as const))('%s', (_id, t) => {
  const roles = new Set(t.organisation.roles.map((r) => r.code));
  const units = new Set(t.organisation.units.map((u) => u.code));

  it('every service task uses a catalogued job type with its required headers, known header names and allowed values', async () => {
    const problems: string[] = [];
    for (const facts of await factsOf(t)) {
      for (const task of facts.serviceTasks) {
        const where = `${facts.processId}/${task.id}`;
        const spec = jobTypeSpec(task.type);
        if (!spec) { problems.push(`${where}: unknown job type ${task.type}`); continue; }
        for (const header of spec.headers) {
          const value = task.headers[header.name];
          if (header.required && !value) problems.push(`${where}: missing header ${header.name}`);
          if (value && header.values) {
            const given = header.list ? value.split(',').map((v) => v.trim()) : [value];
            for (const v of given) if (!header.values.includes(v)) problems.push(`${where}: ${header.name}=${v} not in ${header.values.join('/')}`);
          }
        }
        for (const name of Object.keys(task.headers)) {
          if (!spec.headers.some((h) => h.name === name)) problems.push(`${where}: header ${name} is not in the catalogue of ${task.type}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('static time limits and feedback schedules parse with the calendar', async () => {
    const problems: string[] = [];
    for (const facts of await factsOf(t)) {
      for (const task of facts.serviceTasks) {
        const { limit, schedule, remindBefore } = task.headers;
        try {
          if (limit) parseTimeLimit(limit);
          if (remindBefore) parseTimeLimit(remindBefore);
          if (schedule) parseFeedbackSchedule(schedule);
        } catch (error) {
          problems.push(`${facts.processId}/${task.id}: ${(error as Error).message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('every role named in headers and candidate groups exists in the organisation, every static unit too', async () => {
    const problems: string[] = [];
    for (const facts of await factsOf(t)) {
      for (const task of facts.serviceTasks) {
        for (const header of ['roles', 'to', 'recipients']) {
          for (const role of (task.headers[header] ?? '').split(',').map((r) => r.trim()).filter(Boolean)) {
            if (!roles.has(role)) problems.push(`${facts.processId}/${task.id}: ${header} names unknown role ${role}`);
          }
        }
        const registry = task.headers.registry;
        if (registry && !t.organisation.registries?.[registry]) problems.push(`${facts.processId}/${task.id}: unknown registry ${registry}`);
      }
      for (const task of facts.userTasks) {
        if (!task.assignee && !task.candidateGroups && !task.candidateUsers) problems.push(`${facts.processId}/${task.id}: nobody can take this task`);
        for (const group of rolesInGroups(task.candidateGroups ?? '')) {
          if (!roles.has(group.role)) problems.push(`${facts.processId}/${task.id}: unknown role ${group.role}`);
          if (group.unit && !units.has(group.unit)) problems.push(`${facts.processId}/${task.id}: unknown unit ${group.unit}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('every user task has a form of this tenant; every form is used', async () => {
    const forms = new Set(formIdsOf(t));
    const used = new Set<string>(t.tenant.processes.flatMap((p) => (p.startForm ? [p.startForm] : [])));
    const problems: string[] = [];
    for (const facts of await factsOf(t)) {
      for (const task of facts.userTasks) {
        if (!task.formId || !forms.has(task.formId)) problems.push(`${facts.processId}/${task.id}: form ${task.formId} missing`);
        if (task.formId) used.add(task.formId);
      }
    }
    for (const p of t.tenant.processes) if (p.startForm && !forms.has(p.startForm)) problems.push(`start form ${p.startForm} missing`);
    for (const id of forms) if (!used.has(id)) problems.push(`form ${id} is used nowhere`);
    expect(problems).toEqual([]);
  });

  it('called processes and decisions exist in the same tenant; tenant.json lists exactly the processes', async () => {
    const all = await factsOf(t);
    const processIds = new Set(all.map((f) => f.processId));
    const decisions = new Set(decisionIdsOf(t));
    const problems: string[] = [];
    for (const facts of all) {
      for (const c of facts.calledProcesses) if (!processIds.has(c.processId)) problems.push(`${facts.processId}/${c.id}: calls unknown ${c.processId}`);
      for (const d of facts.calledDecisions) if (!decisions.has(d.decisionId)) problems.push(`${facts.processId}/${d.id}: unknown decision ${d.decisionId}`);
    }
    expect(problems).toEqual([]);
    expect(t.tenant.processes.map((p) => p.id).sort()).toEqual([...processIds].sort());
  });

  it('messages have tenant-prefixed names and a correlation key', async () => {
    for (const facts of await factsOf(t)) {
      for (const m of facts.messages) {
        expect(m.name.startsWith(`${t.id}-`), m.name).toBe(true);
        expect(m.correlationKey, m.name).toMatch(/^=/);
      }
    }
  });
});

describe('across tenants', () => {
  it('form ids and decision ids never clash between tenants', () => {
    const forms = tenants.flatMap(formIdsOf);
    const decisions = tenants.flatMap(decisionIdsOf);
    expect(new Set(forms).size).toBe(forms.length);
    expect(new Set(decisions).size).toBe(decisions.length);
    for (const t of tenants) for (const id of [...formIdsOf(t), ...decisionIdsOf(t)]) expect(id.startsWith(`${t.id}-`), id).toBe(true);
  });
});
