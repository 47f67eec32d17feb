import { api, setCsrfToken } from '../../shared/api/http-client';

/** The session's user as apps/server's SessionUserDto sends it. */
export interface SessionUser {
  id: string;
  /** Person code from the organisation file; also the assignee in the processes. */
  code: string;
  name: string;
  username: string;
  tenantId: string;
  tenantCode: string;
  unitId: string | null;
  /** Role codes (also the candidate groups in BPMN). */
  roles: string[];
  /** 'org.manage' | 'audit.read' | 'process.manage' | 'items.all' (| 'reports.read', proposed). */
  permissions: string[];
  unitScope: 'tenant' | string[];
}

export interface SessionResponse {
  user: SessionUser;
  csrfToken: string;
  expiresAt: string;
}

/** GET /api/auth/session → 200 SessionResponse | 401. */
export async function fetchSession(): Promise<SessionResponse> {
  const session = await api<SessionResponse>('/auth/session');
  setCsrfToken(session.csrfToken);
  return session;
}

/** POST /api/auth/login {username, password} → 200 SessionResponse | 401 | 429 (rate limit or locked). */
export async function login(credentials: { username: string; password: string }): Promise<SessionResponse> {
  const session = await api<SessionResponse>('/auth/login', { method: 'POST', body: credentials });
  setCsrfToken(session.csrfToken);
  return session;
}

/** POST /api/auth/logout → 204. */
export async function logout(): Promise<void> {
  await api<void>('/auth/logout', { method: 'POST' });
  setCsrfToken(undefined);
}
