import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A role held by a person; with a unit when the role is held for that unit (分管单位). */
@Entity({ name: 'person_role' })
export class PersonRole {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId!: string;
  @Column({ name: 'role_id', type: 'uuid' }) roleId!: string;
  @Column({ name: 'unit_id', type: 'uuid', nullable: true }) unitId!: string | null;
}
