import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Permission } from '../tenancy/permission.js';

export type RoleScope = 'tenant' | 'unit';

@Entity({ name: 'role' })
export class Role {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  /** Also the candidate group name in the BPMN files. */
  @Column({ type: 'text' }) code!: string;
  @Column({ type: 'text' }) name!: string;
  /** `tenant`: sees the whole county; `unit`: sees its own units only. */
  @Column({ type: 'text' }) scope!: RoleScope;
  @Column({ type: 'text', array: true }) permissions!: Permission[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
