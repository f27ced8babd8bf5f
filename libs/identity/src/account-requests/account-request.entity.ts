import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OrganizationKind } from '@pfp/kernel';

export type AccountRequestStatus = 'PENDING' | 'APPROVED' | 'DECLINED';

/** A new government or partner asking for an account; the Support Unit approves or declines it. */
@Entity({ name: 'account_requests' })
export class AccountRequestEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'organization_name' })
  organizationName!: string;

  @Column('text')
  kind!: Exclude<OrganizationKind, 'SUPPORT_UNIT'>;

  /** ISO 3166-1 alpha-3, for a STATE. */
  @Column('text', { nullable: true })
  country!: string | null;

  @Column('text', { name: 'contact_name' })
  contactName!: string;

  @Column('text')
  email!: string;

  @Column('text')
  reason!: string;

  @Column('text')
  status!: AccountRequestStatus;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  /** The Support Unit account that decided. */
  @Column('uuid', { name: 'decided_by', nullable: true })
  decidedBy!: string | null;

  @Column('text', { name: 'decline_reason', nullable: true })
  declineReason!: string | null;

  /** The organisation an approval created. */
  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId!: string | null;
}
