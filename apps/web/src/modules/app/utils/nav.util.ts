import type { Capability } from '../../auth/utils/capabilities.util';
import type { MessageKey } from '../../i18n/utils/messages.zh';

export interface NavEntry {
  path: string;
  label: MessageKey;
  capability: Capability;
}

const ENTRIES: NavEntry[] = [
  { path: '/inbox', label: 'nav.inbox', capability: 'inbox' },
  { path: '/items', label: 'nav.items', capability: 'inbox' },
  { path: '/items/new', label: 'nav.register', capability: 'register' },
  { path: '/dashboard', label: 'nav.dashboard', capability: 'dashboard' },
  { path: '/modeler', label: 'nav.modeler', capability: 'modeler' },
  { path: '/forms', label: 'nav.forms', capability: 'modeler' },
  { path: '/dmn', label: 'nav.dmn', capability: 'modeler' },
  { path: '/admin', label: 'nav.admin', capability: 'admin' },
];

export function navEntries(caps: Set<Capability>): NavEntry[] {
  return ENTRIES.filter((e) => caps.has(e.capability));
}

/** The menu entry for a page: the longest entry path that prefixes it (/items/new beats /items; /tasks/… is inbox). */
export function selectedNavKey(pathname: string): string {
  if (pathname.startsWith('/tasks/')) return '/inbox';
  const match = ENTRIES.filter((e) => pathname === e.path || pathname.startsWith(`${e.path}/`)).sort(
    (a, b) => b.path.length - a.path.length,
  )[0];
  return match?.path ?? '/inbox';
}
