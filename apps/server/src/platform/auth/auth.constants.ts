export const SESSION_COOKIE = 'duban_session';
export const CSRF_HEADER = 'x-csrf-token';
/** Sliding: each request (at most once a minute) pushes the expiry this far ahead. */
export const SESSION_IDLE_HOURS = 12;
export const SESSION_TOUCH_SECONDS = 60;
/** Consecutive failed passwords before an account is locked, and for how long. */
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MINUTES = 15;
/** Per client address, on the login route (in-memory, per process). */
export const LOGIN_RATE_LIMIT = { limit: 20, ttlMs: 60_000 };
export const PASSWORD_MIN_LENGTH = 10;
