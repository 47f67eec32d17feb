import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Local accounts (argon2id hashes, lockout counters) and server-side sessions. */
export class AccountsSessions1763700100000 implements MigrationInterface {
  name = 'AccountsSessions1763700100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE account (
        person_id uuid NOT NULL,
        tenant_id uuid NOT NULL,
        username text NOT NULL,
        password_hash text NOT NULL,
        failed_attempts integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        last_login_at timestamptz,
        password_changed_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_account PRIMARY KEY (person_id),
        CONSTRAINT fk_account_person FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_account_username CHECK (username = lower(username) AND length(username) BETWEEN 2 AND 64)
      )`);
    // Usernames are unique across tenants: the login form asks for no county.
    await q.query(`CREATE UNIQUE INDEX uq_account_username ON account (username)`);
    // The cookie carries a random token; only its SHA-256 is stored, so a database dump opens no session.
    await q.query(`
      CREATE TABLE session (
        token_hash text NOT NULL,
        tenant_id uuid NOT NULL,
        person_id uuid NOT NULL,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ip text,
        user_agent text,
        CONSTRAINT pk_session PRIMARY KEY (token_hash),
        CONSTRAINT fk_session_person FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_session_person ON session (person_id)`);
    await q.query(`CREATE INDEX ix_session_expires ON session (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE session`);
    await q.query(`DROP TABLE account`);
  }
}
