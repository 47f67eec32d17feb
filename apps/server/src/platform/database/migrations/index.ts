import type { MigrationInterface } from 'typeorm';

type MigrationClass = new () => MigrationInterface;

/** Every migration, oldest first. Listed by hand so that ESM builds and tests need no file globbing. */
export const MIGRATIONS: MigrationClass[] = [];
