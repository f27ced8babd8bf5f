import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'sessions' })
export class SessionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'account_id' })
  accountId!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  /** The User-Agent header of the sign-in, cut to USER_AGENT_MAX; null for API clients that send none. */
  @Column('text', { name: 'user_agent', nullable: true })
  userAgent!: string | null;

  /** Updated at most once a minute (SessionService.check); null until the first request after sign-in. */
  @Column('timestamptz', { name: 'last_seen_at', nullable: true })
  lastSeenAt!: Date | null;
}

export const USER_AGENT_MAX = 300;
