import type pg from 'pg';

export interface InAppNotification {
  id: string;
  itemId: string;
  template: string;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}

/**
 * A person's in-app notifications, newest first, for the server's inbox. `client` is a transaction of
 * `WorkersDatabase`; tenant and person come from the session, never from the request.
 */
export async function listNotifications(
  client: pg.ClientBase,
  tenantId: string,
  personId: string,
  options: { unreadOnly?: boolean; limit?: number } = {},
): Promise<InAppNotification[]> {
  const { rows } = await client.query(
    `SELECT id, item_id, template, title, body, created_at, read_at FROM notification
     WHERE tenant_id = $1 AND person_id = $2 AND ($3::boolean IS FALSE OR read_at IS NULL)
     ORDER BY created_at DESC, id LIMIT $4`,
    [tenantId, personId, options.unreadOnly ?? false, Math.min(options.limit ?? 50, 500)],
  );
  return rows.map((row) => ({
    id: row.id,
    itemId: row.item_id,
    template: row.template,
    title: row.title,
    body: row.body,
    createdAt: (row.created_at as Date).toISOString(),
    readAt: row.read_at ? (row.read_at as Date).toISOString() : null,
  }));
}

/** Marks one of the person's notifications read; false when there is no such notification of theirs. */
export async function markNotificationRead(
  client: pg.ClientBase,
  tenantId: string,
  personId: string,
  notificationId: string,
  at: Date,
): Promise<boolean> {
  const result = await client.query(
    `UPDATE notification SET read_at = COALESCE(read_at, $4) WHERE tenant_id = $1 AND person_id = $2 AND id = $3`,
    [tenantId, personId, notificationId, at],
  );
  return result.rowCount === 1;
}
