import { ApiProperty } from '@nestjs/swagger';
import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** What units, roles and people have alike: a tenant's row, known by a code from the organisation file. */
export abstract class TenantRecord {
  @ApiProperty({ format: 'uuid' })
  @PrimaryGeneratedColumn('uuid') id!: string;
  @ApiProperty({ format: 'uuid' })
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  /** Stable within the tenant. A person's code is also the engine's assignee id, a role's the candidate group. */
  @ApiProperty()
  @Column({ type: 'text' }) code!: string;
  @ApiProperty()
  @Column({ type: 'text' }) name!: string;
  @ApiProperty()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @ApiProperty()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
