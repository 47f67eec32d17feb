import { api } from '../../shared/api/http-client';
import type { RoleRef, UnitRef } from '../../shared/api/reference.api';

export interface Person {
  id: string;
  code: string;
  name: string;
  unitId: string | null;
  email: string | null;
  mobile: string | null;
  active: boolean;
}

export interface PersonDetail extends Person {
  roles: { roleId: string; roleCode: string; unitId: string | null }[];
  account: { username: string; lockedUntil: string | null; lastLoginAt: string | null } | null;
}

export type UnitInput = Pick<UnitRef, 'code' | 'name' | 'kind' | 'parentId'> & { active?: boolean };
export type RoleInput = Pick<RoleRef, 'code' | 'name' | 'scope' | 'permissions'>;
export type PersonInput = Pick<Person, 'code' | 'name' | 'unitId' | 'email' | 'mobile'> & { active?: boolean };

const json = (method: 'POST' | 'PATCH' | 'PUT', body: unknown) => ({ method, body });

// apps/server: /api/units, /api/roles, /api/people (org.manage for changes; every change is audited).
export const createUnit = (u: UnitInput) => api<UnitRef>('/units', json('POST', u));
export const updateUnit = (id: string, u: Partial<UnitInput>) => api<UnitRef>(`/units/${id}`, json('PATCH', u));
export const createRole = (r: RoleInput) => api<RoleRef>('/roles', json('POST', r));
export const updateRole = (id: string, r: Partial<RoleInput>) => api<RoleRef>(`/roles/${id}`, json('PATCH', { name: r.name, scope: r.scope, permissions: r.permissions }));
export const listPeople = () => api<Person[]>('/people');
export const getPerson = (id: string) => api<PersonDetail>(`/people/${id}`);
export const createPerson = (p: PersonInput) => api<Person>('/people', json('POST', p));
export const updatePerson = (id: string, p: Partial<PersonInput>) => api<Person>(`/people/${id}`, json('PATCH', { name: p.name, unitId: p.unitId, email: p.email, mobile: p.mobile, active: p.active }));
export const setPersonRoles = (id: string, roles: { roleId: string; unitId: string | null }[]) => api(`/people/${id}/roles`, json('PUT', { roles }));
export const setAccount = (id: string, username: string, password: string) => api<void>(`/people/${id}/account`, json('PUT', { username, password }));
export const unlockAccount = (id: string) => api<void>(`/people/${id}/account/unlock`, { method: 'POST' });
