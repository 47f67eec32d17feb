import { ApiProperty } from '@nestjs/swagger';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'tenant' })
export class Tenant {
  @ApiProperty({ format: 'uuid' })
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** The folder name under processes/, e.g. `demo`. */
  @ApiProperty({ example: 'demo', description: 'processes/ 下的目录名' })
  @Column({ type: 'text' }) code!: string;
  @ApiProperty({ example: '某县' })
  @Column({ type: 'text' }) name!: string;
  @ApiProperty({ nullable: true, type: String })
  @Column({ name: 'full_name', type: 'text', nullable: true }) fullName!: string | null;
  @ApiProperty()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @ApiProperty()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
