import { api, setCsrfToken } from '../../shared/api/http-client';

export interface SessionUser {
  id: string;
  login: string;
  name: string;
  tenant: { id: string; name: string };
  unit: { id: string; code?: string; name: string } | null;
  roles: { code: string; name: string }[];
  /** Coarse capabilities the server grants (menus only; the server checks every request itself). */
  permissions?: string[];
}

export interface SessionResponse {
  user: SessionUser;
  csrfToken: string;
}

/** GET /api/auth/session → 200 SessionResponse | 401. */
export async function fetchSession(): Promise<SessionResponse> {
  const session = await api<SessionResponse>('/auth/session');
  setCsrfToken(session.csrfToken);
  return session;
}

/** POST /api/auth/login {login, password} → 200 SessionResponse | 401 | 429 (locked). */
export async function login(credentials: { login: string; password: string }): Promise<SessionResponse> {
  const session = await api<SessionResponse>('/auth/login', { method: 'POST', body: credentials });
  setCsrfToken(session.csrfToken);
  return session;
}

/** POST /api/auth/logout → 204. */
export async function logout(): Promise<void> {
  await api<void>('/auth/logout', { method: 'POST' });
  setCsrfToken(undefined);
}
