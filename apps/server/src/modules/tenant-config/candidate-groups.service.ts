import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Principal } from '../../platform/tenancy/principal.js';

/**
 * The candidate groups a person belongs to, as the BPMN files name them (processes/README.md): every role code
 * held, and `role@unit` for the unit it is held in — the person's own unit, or the unit a role is held for
 * (role bindings such as the 分管领导 of a bureau).
 */
@Injectable()
export class CandidateGroups {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(principal: Principal): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT r.code AS role, u.code AS unit
       FROM person_role pr JOIN role r ON r.id = pr.role_id JOIN person p ON p.id = pr.person_id
       LEFT JOIN unit u ON u.id = COALESCE(pr.unit_id, p.unit_id)
       WHERE pr.person_id = $1 AND pr.tenant_id = $2`,
      [principal.personId, principal.tenantId],
    )) as { role: string; unit: string | null }[];
    const groups = new Set<string>();
    for (const row of rows) {
      groups.add(row.role);
      if (row.unit) groups.add(`${row.role}@${row.unit}`);
    }
    return [...groups].sort();
  }
}
