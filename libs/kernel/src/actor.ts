export type OrganizationKind = 'STATE' | 'INTERNATIONAL_ORGANIZATION' | 'CIVIL_SOCIETY' | 'PRIVATE_SECTOR' | 'ACADEMIA' | 'SUPPORT_UNIT';

export type OrganizationRole = 'MEMBER' | 'ADMIN';

/** A signed-in account acting for its organisation. A visitor is `null` wherever an actor is optional. */
export interface Actor {
  accountId: string;
  organizationId: string;
  organizationKind: OrganizationKind;
  role: OrganizationRole;
  /** ISO 3166-1 alpha-3, for STATE organisations. */
  country?: string;
}
