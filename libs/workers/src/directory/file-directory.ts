import { join } from 'node:path';
import { invalidConfiguration, JsonFileCache } from '../common/json-file.cache.js';
import type { Directory, Organisation, Person, Role, Unit } from './directory.js';

/** The organisation from `<processesDir>/<tenant>/organisation.json`. */
export class FileDirectory implements Directory {
  private readonly cache = new JsonFileCache<Organisation>(parseOrganisation);

  constructor(private readonly processesDir: string) {}

  organisation(tenantId: string): Promise<Organisation | undefined> {
    return this.cache.read(join(this.processesDir, tenantId, 'organisation.json'));
  }
}

type Raw = Record<string, unknown>;

/** Validates the fields the workers use; other fields of the file are the modelling's business and ignored. */
export function parseOrganisation(raw: unknown, path: string): Organisation {
  const problems: string[] = [];
  const root = isObject(raw) ? raw : (problems.push('根应为对象 (root must be an object)'), {});
  const list = (key: string): Raw[] => {
    const value = root[key];
    if (value === undefined) return [];
    if (!Array.isArray(value) || !value.every(isObject)) {
      problems.push(`${key} 应为对象数组`);
      return [];
    }
    return value;
  };
  const text = (entry: Raw, key: string, where: string, required = true): string | undefined => {
    const value = entry[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (required || value !== undefined) problems.push(`${where}.${key} 应为非空字符串`);
    return undefined;
  };
  const roles: Role[] = list('roles').map((r, i) => ({
    code: text(r, 'code', `roles[${i}]`) ?? '',
    name: text(r, 'name', `roles[${i}]`) ?? '',
  }));
  const units: Unit[] = list('units').map((u, i) => ({
    code: text(u, 'code', `units[${i}]`) ?? '',
    name: text(u, 'name', `units[${i}]`) ?? '',
  }));
  const people: Person[] = list('people').map((p, i) => {
    const where = `people[${i}]`;
    const personRoles = Array.isArray(p['roles']) ? p['roles'].filter((r): r is string => typeof r === 'string') : [];
    if (p['roles'] !== undefined && personRoles.length !== (p['roles'] as unknown[]).length) {
      problems.push(`${where}.roles 应为字符串数组`);
    }
    return {
      id: text(p, 'id', where) ?? '',
      name: text(p, 'name', where) ?? '',
      unit: text(p, 'unit', where, false),
      roles: personRoles,
      email: text(p, 'email', where, false),
      mobile: text(p, 'mobile', where, false),
    };
  });
  const registries: Record<string, string[]> = {};
  const rawRegistries = root['registries'] ?? {};
  if (!isObject(rawRegistries)) problems.push('registries 应为对象');
  else {
    for (const [code, ids] of Object.entries(rawRegistries)) {
      if (Array.isArray(ids) && ids.every((id) => typeof id === 'string')) registries[code] = ids;
      else problems.push(`registries.${code} 应为人员标识数组`);
    }
  }
  const roleBindings = list('roleBindings').map((b, i) => ({
    role: text(b, 'role', `roleBindings[${i}]`) ?? '',
    unit: text(b, 'unit', `roleBindings[${i}]`) ?? '',
    person: text(b, 'person', `roleBindings[${i}]`) ?? '',
  }));
  const organisation = { roles, units, people, registries, roleBindings };
  checkReferences(organisation, problems);
  if (problems.length > 0) throw invalidConfiguration(path, problems);
  return organisation;
}

function checkReferences(org: Organisation, problems: string[]): void {
  const roleCodes = new Set(org.roles.map((r) => r.code));
  const unitCodes = new Set(org.units.map((u) => u.code));
  const personIds = new Set(org.people.map((p) => p.id));
  for (const person of org.people) {
    if (person.unit && !unitCodes.has(person.unit)) problems.push(`人员 ${person.id} 的单位 ${person.unit} 未定义`);
    for (const role of person.roles) if (!roleCodes.has(role)) problems.push(`人员 ${person.id} 的角色 ${role} 未定义`);
  }
  for (const [code, ids] of Object.entries(org.registries)) {
    for (const id of ids) if (!personIds.has(id)) problems.push(`名录 ${code} 中的人员 ${id} 未定义`);
  }
  for (const binding of org.roleBindings) {
    const where = `角色绑定 ${binding.role}/${binding.unit}`;
    if (!roleCodes.has(binding.role)) problems.push(`${where} 的角色未定义`);
    if (!unitCodes.has(binding.unit)) problems.push(`${where} 的单位未定义`);
    if (!personIds.has(binding.person)) problems.push(`${where} 的人员 ${binding.person} 未定义`);
  }
  if (personIds.size !== org.people.length) problems.push('人员标识重复 (duplicate person ids)');
}

function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
