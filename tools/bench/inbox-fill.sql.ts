/**
 * Bulk fill of the inbox benchmark, all in SQL (`INSERT … SELECT generate_series`), deterministic (setseed).
 * 5 tenants × 40 units × 400 people; tasks: 50 % assigned to a person, 45 % to a unit group
 * (`unit-contact@<unit>`), 5 % to a tenant-wide role group; due dates from 30 days ago to 60 days ahead, 5 % none.
 */
export const TENANTS = 5;
export const UNITS_PER_TENANT = 40;
export const PEOPLE_PER_TENANT = 400;

export const PLACES = ['城区', '岳阳镇', '开发区', '北平镇', '古阳镇', '旧县镇', '石壁乡', '永乐乡'];
export const SUBJECTS = ['老旧小区改造', '背街小巷路灯维修', '农村饮水安全', '校舍维修加固', '乡村道路硬化', '生活垃圾清运', '河道综合治理', '专项资金拨付', '营商环境优化', '信访积案化解'];
const TASK_NAMES = ['确认通知送达', '研究部署', '书面反馈办理情况', '办结回复', '审核办理情况'];

const sqlArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(',')}]`;

export const fillOrganisation = [
  `SELECT setseed(0.42)`,
  `INSERT INTO tenant (code, name) SELECT 'bench' || i, '基准县' || i FROM generate_series(1, ${TENANTS}) i`,
  `INSERT INTO unit (tenant_id, code, name) SELECT t.id, t.code || '-u' || u, '单位' || u FROM tenant t, generate_series(1, ${UNITS_PER_TENANT}) u`,
  `INSERT INTO role (tenant_id, code, name, scope) SELECT t.id, r.code, r.code, r.scope FROM tenant t,
     (VALUES ('supervision-staff', 'tenant'), ('unit-contact', 'unit'), ('unit-head', 'unit'), ('secretary-section', 'tenant'), ('deputy-leader', 'tenant')) r(code, scope)`,
  `INSERT INTO person (tenant_id, code, name, unit_id)
     SELECT t.id, t.code || '-p' || p, '人员' || p, u.id FROM tenant t, generate_series(1, ${PEOPLE_PER_TENANT}) p
     JOIN LATERAL (SELECT id FROM unit WHERE tenant_id = t.id AND code = t.code || '-u' || (1 + p % ${UNITS_PER_TENANT})) u ON true`,
  // p % 10: 0 supervision-staff, 1–5 unit-contact, 6–8 unit-head, 9 secretary-section; every 50th also deputy-leader.
  `INSERT INTO person_role (tenant_id, person_id, role_id)
     SELECT p.tenant_id, p.id, r.id FROM person p JOIN role r ON r.tenant_id = p.tenant_id
     WHERE r.code = CASE substring(p.code from '-p(\\d+)$')::int % 10 WHEN 0 THEN 'supervision-staff' WHEN 9 THEN 'secretary-section'
       WHEN 6 THEN 'unit-head' WHEN 7 THEN 'unit-head' WHEN 8 THEN 'unit-head' ELSE 'unit-contact' END
       OR (r.code = 'deputy-leader' AND substring(p.code from '-p(\\d+)$')::int % 50 = 0)`,
];

/** Tasks `from`..`to` (ids) of one tenant (1-based index). */
export function fillTasks(tenant: number, from: number, to: number): string {
  return `INSERT INTO inbox_task (id, tenant_id, process_instance_key, element_instance_key, bpmn_process_id, process_version,
      process_definition_key, element_id, name, assignee, candidate_groups, due_at, priority, title, item_number, unit_code, created_at, seen_at)
    SELECT g, t.id, g / 4, g, 'bench-item', 1, '1', 'handle', (${sqlArray(TASK_NAMES)})[1 + g % ${TASK_NAMES.length}],
      CASE WHEN r.kind < 50 THEN t.code || '-p' || (1 + floor(random() * ${PEOPLE_PER_TENANT})::int) END,
      CASE WHEN r.kind >= 95 THEN ARRAY[(ARRAY['supervision-staff', 'secretary-section', 'deputy-leader'])[1 + g % 3]]
           WHEN r.kind >= 50 THEN ARRAY['unit-contact@' || t.code || '-u' || r.unit] ELSE '{}'::text[] END,
      CASE WHEN g % 20 = 0 THEN NULL ELSE now() + (random() * 90 - 30) * interval '1 day' END,
      (ARRAY[30, 50, 50, 50, 80])[1 + g % 5],
      (${sqlArray(PLACES)})[1 + floor(random() * ${PLACES.length})::int] || (${sqlArray(SUBJECTS)})[1 + floor(random() * ${SUBJECTS.length})::int] || '（第' || (g % 97) || '批）',
      '基督〔2026〕' || (g / 4) || '号', t.code || '-u' || r.unit, now() - random() * interval '60 days', now()
    FROM generate_series(${from}, ${to}) g
    CROSS JOIN LATERAL (SELECT floor(random() * 100)::int + 0 * g AS kind, 1 + floor(random() * ${UNITS_PER_TENANT})::int AS unit) r
    JOIN tenant t ON t.code = 'bench${tenant}'`;
}

/** The audience rows the trigger would have written, in one statement (the trigger is off during the fill). */
export const fillAudience = `INSERT INTO inbox_audience (task_id, tenant_id, who, due_sort)
  SELECT id, tenant_id, 'a:' || assignee, due_sort FROM inbox_task WHERE status = 'open' AND assignee IS NOT NULL
  UNION ALL
  SELECT t.id, t.tenant_id, 'g:' || g, t.due_sort FROM inbox_task t, unnest(t.candidate_groups) g WHERE t.status = 'open' AND t.assignee IS NULL`;
