import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Practice } from '../domain/practice';

/** One row per practice; only `visible` ones (published, not archived) are searched. */
@Entity({ name: 'practice_search' })
export class PracticeSearchEntity {
  @PrimaryColumn('text')
  id!: string;

  @Column('integer')
  revision!: number;

  @Column('boolean')
  visible!: boolean;

  @Column('jsonb')
  state!: Practice;

  @Column('text')
  title!: string;

  @Column('text')
  language!: string;

  /** Weights: A title, B summary, C body; in the configuration of each text's language. */
  @Column('tsvector', { select: false })
  document!: string;

  /** Title (A) and summary (B) only: what relevance ranks on. */
  @Column('tsvector', { select: false })
  head!: string;

  @Column('text', { array: true })
  themes!: string[];

  @Column('text', { array: true, name: 'gcm_objectives' })
  gcmObjectives!: string[];

  @Column('text', { array: true })
  regions!: string[];

  @Column('text', { array: true })
  countries!: string[];

  @Column('text', { name: 'owner_organization_id' })
  ownerOrganizationId!: string;

  @Column('text', { name: 'implementation_status', nullable: true })
  implementationStatus!: string | null;

  /** `<facet>:<value>` for every facet, and `total:`: all counts in one pass. */
  @Column('text', { array: true, name: 'facet_values' })
  facetValues!: string[];

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;
}
