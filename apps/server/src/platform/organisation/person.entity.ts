import { ApiProperty } from '@nestjs/swagger';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'person' })
export class Person {
  @ApiProperty({ format: 'uuid' })
  @PrimaryGeneratedColumn('uuid') id!: string;
  @ApiProperty({ format: 'uuid' })
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  /** Stable id from the organisation file (also the engine's assignee id), e.g. `demo-dcs-wang`. */
  @ApiProperty()
  @Column({ type: 'text' }) code!: string;
  @ApiProperty()
  @Column({ type: 'text' }) name!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  @Column({ name: 'unit_id', type: 'uuid', nullable: true }) unitId!: string | null;
  @ApiProperty({ nullable: true, type: String })
  @Column({ type: 'text', nullable: true }) email!: string | null;
  @ApiProperty({ nullable: true, type: String })
  @Column({ type: 'text', nullable: true }) mobile!: string | null;
  @ApiProperty()
  @Column({ type: 'boolean' }) active!: boolean;
  @ApiProperty()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @ApiProperty()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
