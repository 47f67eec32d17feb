import type { SessionUser } from '../api/auth.api';

export type Capability = 'inbox' | 'register' | 'items' | 'modeler' | 'admin' | 'dashboard';

/**
 * Which menus to show. The server's `permissions` decide when it sends them; role codes are a fallback so a
 * server that does not yet send permissions still gets a usable menu. The server checks every request anyway.
 */
export function capabilitiesOf(user: SessionUser): Set<Capability> {
  const caps = new Set<Capability>(['inbox', 'items']);
  const perms = new Set(user.permissions ?? []);
  const roles = user.roles.map((r) => r.code);
  const has = (perm: string, rolePattern: RegExp) =>
    perms.has(perm) || (user.permissions === undefined && roles.some((r) => rolePattern.test(r)));
  if (has('items:register', /supervision|dcs|admin/)) caps.add('register');
  if (has('processes:admin', /process-admin|^admin/)) caps.add('modeler');
  if (has('organisation:admin', /process-admin|^admin|it-admin/)) caps.add('admin');
  if (has('reports:read', /leader|director|supervision-head|admin/)) caps.add('dashboard');
  return caps;
}
