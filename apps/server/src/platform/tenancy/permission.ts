/** What a role may do beyond reading its own tenant. Roles carry these; the organisation files may grant them. */
export const PERMISSIONS = [
  /** Edit the tenant, its units, roles, people and accounts. */
  'org.manage',
  /** Read the audit log and verify its chain. */
  'audit.read',
  /** Deploy and administer processes. */
  'process.manage',
  /** See every item and task of the tenant (督查室). */
  'items.all',
  /** Read the tenant's reports and dashboard figures without handling items (县领导, 办领导). */
  'reports.read',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}
