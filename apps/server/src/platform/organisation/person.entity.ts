import { ApiProperty } from '@nestjs/swagger';
import { Column, Entity } from 'typeorm';
import { TenantRecord } from './tenant-record.entity.js';

/** `code`: stable id from the organisation file (also the engine's assignee id), e.g. `demo-dcs-wang`. */
@Entity({ name: 'person' })
export class Person extends TenantRecord {
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  @Column({ name: 'unit_id', type: 'uuid', nullable: true }) unitId!: string | null;
  @ApiProperty({ nullable: true, type: String })
  @Column({ type: 'text', nullable: true }) email!: string | null;
  @ApiProperty({ nullable: true, type: String })
  @Column({ type: 'text', nullable: true }) mobile!: string | null;
  @ApiProperty()
  @Column({ type: 'boolean' }) active!: boolean;
}
