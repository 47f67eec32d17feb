import { ApiProperty } from '@nestjs/swagger';
import { Column, Entity } from 'typeorm';
import { TenantRecord } from './tenant-record.entity.js';

@Entity({ name: 'unit' })
export class Unit extends TenantRecord {
  /** e.g. leadership, office, supervision-office, handling, external. */
  @ApiProperty({ example: 'handling' })
  @Column({ type: 'text' }) kind!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty()
  @Column({ type: 'boolean' }) active!: boolean;
}
