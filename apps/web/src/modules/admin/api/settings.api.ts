import { api } from '../../shared/api/http-client';

export interface CalendarInfo {
  /** Years with holiday data (State Council notices shipped plus uploads). */
  years: number[];
  /** The tenant's overrides file as uploaded (processes/<tenant>/calendar.json format). */
  overrides: unknown;
  updatedAt?: string | null;
}

export interface NotificationChannel {
  id: string;
  kind: 'in-app' | 'sms' | 'email' | 'webhook' | string;
  name: string;
  enabled: boolean;
  /** Non-secret settings (URLs, sender); secrets stay in the server's environment. */
  config: Record<string, string>;
}

/** GET /api/calendar → CalendarInfo. */
export const getCalendar = () => api<CalendarInfo>('/calendar');
/** PUT /api/calendar/overrides (the JSON file's content) → CalendarInfo; 400 names the bad entries. */
export const uploadCalendar = (overrides: unknown) => api<CalendarInfo>('/calendar/overrides', { method: 'PUT', body: overrides });
/** GET /api/notification-channels → NotificationChannel[]. */
export const listChannels = () => api<NotificationChannel[]>('/notification-channels');
/** PATCH /api/notification-channels/:id {enabled?, config?} → NotificationChannel. */
export const updateChannel = (id: string, patch: Partial<Pick<NotificationChannel, 'enabled' | 'config'>>) =>
  api<NotificationChannel>(`/notification-channels/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
