import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../api/auth.api';
import { capabilitiesOf } from './capabilities.util';

const user = (roles: string[], permissions?: string[]): SessionUser => ({
  id: 'u1',
  login: 'u1',
  name: '张三',
  tenant: { id: 't', name: 'T' },
  unit: null,
  roles: roles.map((code) => ({ code, name: code })),
  permissions,
});

describe('capabilitiesOf', () => {
  it('follows the server permissions when they are sent, ignoring role names', () => {
    const caps = capabilitiesOf(user(['process-admin'], ['items:register']));
    expect([...caps].sort()).toEqual(['inbox', 'items', 'register']);
  });

  it('falls back to role codes when the server sends no permissions', () => {
    expect(capabilitiesOf(user(['supervision-staff'])).has('register')).toBe(true);
    expect(capabilitiesOf(user(['unit-contact'])).has('register')).toBe(false);
    expect(capabilitiesOf(user(['process-admin'])).has('modeler')).toBe(true);
    expect(capabilitiesOf(user(['principal-leader'])).has('dashboard')).toBe(true);
  });
});
