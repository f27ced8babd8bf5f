import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what, when: one row per change to organisations, accounts and sessions, written in the same transaction. */
@Entity({ name: 'identity_audit' })
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('timestamptz')
  at!: Date;

  /** Null for changes made by the platform itself (the demo seed). */
  @Column('uuid', { name: 'actor_account_id', nullable: true })
  actorAccountId!: string | null;

  @Column('uuid', { name: 'actor_organization_id', nullable: true })
  actorOrganizationId!: string | null;

  /** Past tense, like events: `OrganizationCreated`, `SessionStarted`. */
  @Column('text')
  action!: string;

  @Column('jsonb')
  data!: Record<string, unknown>;
}
