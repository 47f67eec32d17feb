import type { SessionUser } from '../api/auth.api';

export type Capability = 'inbox' | 'register' | 'allItems' | 'modeler' | 'admin' | 'dashboard';

/**
 * Which menus and tabs to show, from the permissions the server grants. Only the look: the server checks
 * every request itself. `reports.read` is proposed for leaders who do not handle items themselves.
 */
export function capabilitiesOf(user: Pick<SessionUser, 'permissions'>): Set<Capability> {
  const perms = new Set(user.permissions);
  const caps = new Set<Capability>(['inbox']);
  if (perms.has('items.all')) {
    caps.add('register');
    caps.add('allItems');
    caps.add('dashboard');
  }
  if (perms.has('reports.read')) caps.add('dashboard');
  if (perms.has('process.manage')) caps.add('modeler');
  if (perms.has('org.manage')) caps.add('admin');
  return caps;
}
