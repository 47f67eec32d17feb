import { ApiProperty } from '@nestjs/swagger';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PERMISSIONS, type Permission } from '../tenancy/permission.js';

export type RoleScope = 'tenant' | 'unit';

@Entity({ name: 'role' })
export class Role {
  @ApiProperty({ format: 'uuid' })
  @PrimaryGeneratedColumn('uuid') id!: string;
  @ApiProperty({ format: 'uuid' })
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  /** Also the candidate group name in the BPMN files. */
  @ApiProperty()
  @Column({ type: 'text' }) code!: string;
  @ApiProperty()
  @Column({ type: 'text' }) name!: string;
  /** `tenant`: sees the whole county; `unit`: sees its own units only. */
  @ApiProperty({ enum: ['tenant', 'unit'] })
  @Column({ type: 'text' }) scope!: RoleScope;
  @ApiProperty({ enum: PERMISSIONS, isArray: true })
  @Column({ type: 'text', array: true }) permissions!: Permission[];
  @ApiProperty()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @ApiProperty()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
