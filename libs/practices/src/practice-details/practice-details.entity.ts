import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Practice } from '../domain/practice';

/** One row per practice: its whole state as of `revision` (working and published text, translations, interest). */
@Entity({ name: 'practice_details' })
export class PracticeDetailsEntity {
  @PrimaryColumn('text')
  id!: string;

  @Column('integer')
  revision!: number;

  @Column('text')
  status!: string;

  @Column('text', { name: 'owner_organization_id' })
  ownerOrganizationId!: string;

  @Column('jsonb')
  state!: Practice;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;
}
