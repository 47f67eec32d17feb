import { ApiProperty } from '@nestjs/swagger';
import { Column, Entity } from 'typeorm';
import { PERMISSIONS, type Permission } from '../tenancy/permission.js';
import { TenantRecord } from './tenant-record.entity.js';

export type RoleScope = 'tenant' | 'unit';

/** `code`: also the candidate group name in the BPMN files. */
@Entity({ name: 'role' })
export class Role extends TenantRecord {
  /** `tenant`: sees the whole county; `unit`: sees its own units only. */
  @ApiProperty({ enum: ['tenant', 'unit'] })
  @Column({ type: 'text' }) scope!: RoleScope;
  @ApiProperty({ enum: PERMISSIONS, isArray: true })
  @Column({ type: 'text', array: true }) permissions!: Permission[];
}
