import type { Actor, OrganizationKind } from '@pfp/kernel';

/** A member (account `account-<organisation id>`) acting for an organisation: the actors of decider specs. */
export function member(organizationId: string, organizationKind: OrganizationKind, extra: Partial<Actor> = {}): Actor {
  return { accountId: `account-${organizationId}`, organizationId, organizationKind, role: 'MEMBER', ...extra };
}
