import JSZip from 'jszip';
import type { WorkersDatabase } from '@duban/workers';

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

  /** Every filed material: which document, under which hash, from which variable (一事一档). */
  archiveMaterials(): Promise<{ itemId: string; position: number; documentId: string; name: string; sha256: string; size: number; sourceVariable: string | null }[]> {
    return this.db.query(
      `SELECT a.item_id AS "itemId", m.position, m.document_id AS "documentId", m.name, m.sha256, m.size,
              m.source_variable AS "sourceVariable"
         FROM archive_material m JOIN archive a ON a.id = m.archive_id ORDER BY a.archived_at, m.position`,
    );
  }

  /** The text of a generated .docx (paragraphs joined by newlines), to check what a document says. */
  async documentText(documentId: string): Promise<string> {
    const rows = await this.db.query<{ content: Buffer }>(`SELECT content FROM document WHERE id = $1`, [documentId]);
    if (!rows[0]) throw new Error(`no document ${documentId}`);
    const xml = await (await JSZip.loadAsync(rows[0].content)).file('word/document.xml')?.async('string');
    if (xml === undefined) throw new Error(`document ${documentId} is not a .docx`);
    return xml.split(/<\/w:p>/).map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1])).join('')).filter(Boolean).join('\n');
  }

  /**
   * Tries to change a stored document as anyone with database access could; returns the database's refusal, or
   * undefined when the change went through (always rolled back, so the check leaves nothing behind).
   */
  async refusesChange(documentId: string): Promise<string | undefined> {
    const refusal = await this.db
      .transaction(async (client) => {
        await client.query(`UPDATE document SET content = content || '\\x00'::bytea WHERE id = $1`, [documentId]);
        throw new ChangeAccepted();
      })
      .catch((error: unknown) => (error instanceof ChangeAccepted ? undefined : error instanceof Error ? error.message : String(error)));
    return refusal;
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

/** Thrown to roll back a change that should have been refused. */
class ChangeAccepted extends Error {}

function unescapeXml(text: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]);
}
