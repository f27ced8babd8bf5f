import { Column, Entity, PrimaryColumn } from 'typeorm';

export type AccountTokenPurpose = 'INVITATION' | 'PASSWORD_RESET';

/** A single-use emailed token; only its SHA-256 is stored, so a leaked table lets no one in. */
@Entity({ name: 'account_tokens' })
export class AccountTokenEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'account_id' })
  accountId!: string;

  @Column('text')
  purpose!: AccountTokenPurpose;

  @Column('text', { name: 'token_hash' })
  tokenHash!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt!: Date | null;
}
