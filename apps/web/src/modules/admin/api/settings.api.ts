import { api } from '../../shared/api/http-client';

export interface CalendarInfo {
  /** Years with holiday data (State Council notices shipped plus uploads). */
  years: number[];
  /** The tenant's overrides file as uploaded (processes/<tenant>/calendar.json format). */
  overrides: unknown;
  updatedAt?: string | null;
  /** database: uploaded here; file: processes/<tenant>/calendar.json; none: shipped data only. */
  source?: 'database' | 'file' | 'none';
}

export interface NotificationChannel {
  id: string;
  kind: 'in-app' | 'sms' | 'email' | string;
  name: string;
  enabled: boolean;
  /** Readable settings (sender, gateway URL, names of environment variables). */
  config: Record<string, string>;
  /** Write-only settings that are set (SMTP URL, SMS token); their values are never sent back. */
  secretsSet?: string[];
  /** The settings the channel has: `config` readable, `secrets` write-only. */
  fields?: { config: string[]; secrets: string[] };
  source?: 'database' | 'file';
}

/** A PATCH: null or '' removes a setting; a secret is only sent when it is to change. */
export interface ChannelPatch {
  enabled?: boolean;
  config?: Record<string, string | null>;
}

/** GET /api/calendar → CalendarInfo. */
export const getCalendar = () => api<CalendarInfo>('/calendar');
/** PUT /api/calendar/overrides (the JSON file's content) → CalendarInfo; 400 names the bad entries in `fields`. */
export const uploadCalendar = (overrides: unknown) => api<CalendarInfo>('/calendar/overrides', { method: 'PUT', body: overrides });
/** GET /api/notification-channels → NotificationChannel[]. */
export const listChannels = () => api<NotificationChannel[]>('/notification-channels');
/** PATCH /api/notification-channels/:id {enabled?, config?} → NotificationChannel; 400 names `config.<key>`. */
export const updateChannel = (id: string, patch: ChannelPatch) =>
  api<NotificationChannel>(`/notification-channels/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
