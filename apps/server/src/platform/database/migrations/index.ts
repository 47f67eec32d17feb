import type { MigrationInterface } from 'typeorm';
import { Organisation1763700000000 } from './1763700000000-organisation.js';
import { AccountsSessions1763700100000 } from './1763700100000-accounts-sessions.js';
import { AuditLog1763700200000 } from './1763700200000-audit-log.js';

type MigrationClass = new () => MigrationInterface;

/** Every migration, oldest first. Listed by hand so that ESM builds and tests need no file globbing. */
export const MIGRATIONS: MigrationClass[] = [Organisation1763700000000, AccountsSessions1763700100000, AuditLog1763700200000];
