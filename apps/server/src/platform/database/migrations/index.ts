import type { MigrationInterface } from 'typeorm';
import { Organisation1763700000000 } from './1763700000000-organisation.js';
import { AccountsSessions1763700100000 } from './1763700100000-accounts-sessions.js';
import { AuditLog1763700200000 } from './1763700200000-audit-log.js';
import { Inbox1763800200000 } from '../../../modules/inbox/migrations/1763800200000-inbox.js';
import { Items1763800100000 } from '../../../modules/items/migrations/1763800100000-items.js';
import { ProcessAdmin1763800000000 } from '../../../modules/process-admin/migrations/1763800000000-process-admin.js';

type MigrationClass = new () => MigrationInterface;

/** Every migration, oldest first. Listed by hand so that ESM builds and tests need no file globbing. */
export const MIGRATIONS: MigrationClass[] = [
  Organisation1763700000000,
  AccountsSessions1763700100000,
  AuditLog1763700200000,
  // Feature modules keep their migrations beside them (modules/<feature>/migrations).
  ProcessAdmin1763800000000,
  Items1763800100000,
  Inbox1763800200000,
];
