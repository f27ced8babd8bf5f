import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OrganizationKind } from '@pfp/kernel';

export const ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  'STATE',
  'INTERNATIONAL_ORGANIZATION',
  'CIVIL_SOCIETY',
  'PRIVATE_SECTOR',
  'ACADEMIA',
  'SUPPORT_UNIT',
];

@Entity({ name: 'organizations' })
export class OrganizationEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  kind!: OrganizationKind;

  @Column('text')
  name!: string;

  /** ISO 3166-1 alpha-3, for STATE only. */
  @Column('text', { nullable: true })
  country!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'deactivated_at', nullable: true })
  deactivatedAt!: Date | null;
}
