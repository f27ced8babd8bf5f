import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { OrganizationRole } from '@pfp/kernel';
import { OrganizationEntity } from '../organizations/organization.entity';

@Entity({ name: 'accounts' })
export class AccountEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** As typed; unique case-insensitively (index on lower(email)). */
  @Column('text')
  email!: string;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { nullable: false })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column('text')
  role!: OrganizationRole;

  /** argon2id only; null until an invitation is accepted. */
  @Column('text', { name: 'password_hash', nullable: true })
  passwordHash!: string | null;

  /** Null while invited: an account signs in only once activated. */
  @Column('timestamptz', { name: 'activated_at', nullable: true })
  activatedAt!: Date | null;

  @Column('integer', { name: 'failed_sign_ins', default: 0 })
  failedSignIns!: number;

  @Column('timestamptz', { name: 'locked_until', nullable: true })
  lockedUntil!: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  /** The language the person chose for the mails they are sent (null: none chosen; see mailLanguage). */
  @Column('text', { nullable: true })
  language!: string | null;

  /** The site's language when they last signed in: their mails' language until they choose one. */
  @Column('text', { name: 'site_language', nullable: true })
  siteLanguage!: string | null;

  /** Set when an admin removes the account: it can no longer sign in (activatedAt is cleared too), and an invitation may bring it back. */
  @Column('timestamptz', { name: 'removed_at', nullable: true })
  removedAt!: Date | null;
}

/** The language of an account's mails, as SQL on the accounts row `alias`: the one chosen, else the site's at its last sign-in, else English. */
export const accountMailLanguageSql = (alias: string): string => `coalesce(${alias}.language, ${alias}.site_language, 'en')`;

/** The same, of a loaded row. */
export const accountMailLanguage = (row: Pick<AccountEntity, 'language' | 'siteLanguage'>): string => row.language ?? row.siteLanguage ?? 'en';
