import { ApiProperty } from '@nestjs/swagger';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'unit' })
export class Unit {
  @ApiProperty({ format: 'uuid' })
  @PrimaryGeneratedColumn('uuid') id!: string;
  @ApiProperty({ format: 'uuid' })
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @ApiProperty()
  @Column({ type: 'text' }) code!: string;
  @ApiProperty()
  @Column({ type: 'text' }) name!: string;
  /** e.g. leadership, office, supervision-office, handling, external. */
  @ApiProperty({ example: 'handling' })
  @Column({ type: 'text' }) kind!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty()
  @Column({ type: 'boolean' }) active!: boolean;
  @ApiProperty()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @ApiProperty()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
