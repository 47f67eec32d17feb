import type { WorkersDatabase } from './workers.import.js';

/** What the generic workers wrote for a scenario, read back from their own schema. */
export class WorkersRecords {
  constructor(readonly db: WorkersDatabase) {}

  notifications(): Promise<{ personId: string; template: string; title: string; body: string; itemId: string; createdAt: Date }[]> {
    return this.db.query(
      `SELECT person_id AS "personId", template, title, body, item_id AS "itemId", created_at AS "createdAt"
         FROM notification ORDER BY created_at, person_id`,
    );
  }

  outbox(): Promise<{ channel: string; address: string | null; subject: string; status: string }[]> {
    return this.db.query(`SELECT channel, address, subject, status FROM outbox ORDER BY id`);
  }

  escalations(): Promise<{ level: number; roles: string[]; people: string[]; elementId: string; itemId: string; at: Date }[]> {
    return this.db.query(
      `SELECT level, roles, people, element_id AS "elementId", item_id AS "itemId", escalated_at AS at
         FROM escalation ORDER BY escalated_at, id`,
    );
  }

  facts(): Promise<{ unit: string; fact: string; itemId: string; at: Date }[]> {
    return this.db.query(
      `SELECT unit, fact, item_id AS "itemId", occurred_at AS at FROM evaluation_fact ORDER BY occurred_at, id`,
    );
  }

  numbers(): Promise<{ scheme: string; year: number; seq: number; number: string; itemId: string }[]> {
    return this.db.query(
      `SELECT scheme, year, seq, number, item_id AS "itemId" FROM number_issued ORDER BY scheme, year, seq`,
    );
  }

  documents(): Promise<{ id: string; template: string | null; name: string; size: number; sha256: string; archived: boolean }[]> {
    return this.db.query(
      `SELECT id, template, name, size, sha256, archived_at IS NOT NULL AS archived FROM document ORDER BY created_at, name`,
    );
  }

  archives(): Promise<{ id: string; itemId: string; count: number }[]> {
    return this.db.query(
      `SELECT a.id, a.item_id AS "itemId", count(m.*)::int AS count
         FROM archive a LEFT JOIN archive_material m ON m.archive_id = a.id GROUP BY a.id ORDER BY a.archived_at`,
    );
  }

  inspections(): Promise<{ itemId: string; targets: string[]; periodStart: string; periodEnd: string }[]> {
    return this.db.query(
      `SELECT item_id AS "itemId", targets, to_char(period_start, 'YYYY-MM-DD') AS "periodStart",
              to_char(period_end, 'YYYY-MM-DD') AS "periodEnd" FROM inspection ORDER BY registered_at`,
    );
  }

  draws(): Promise<{ registry: string; result: string[]; excluded: string[] }[]> {
    return this.db.query(`SELECT registry, result, excluded FROM draw_log ORDER BY seq`);
  }
}
