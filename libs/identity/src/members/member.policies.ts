import { all, allow, deny, requireSignIn, signedIn, type Policy } from '@pfp/kernel';

/**
 * An organisation's accounts are its admins' to manage, and the Support Unit's for every
 * organisation (listing, inviting, removing, changing roles). A MEMBER manages nobody.
 */
export const manageAccountsPolicy: Policy<{ organizationId: string }> = (actor, { organizationId }) =>
  all(requireSignIn(actor), () =>
    actor?.organizationKind === 'SUPPORT_UNIT' || (actor?.role === 'ADMIN' && actor.organizationId === organizationId)
      ? allow()
      : deny('ACCOUNT.NOT_ADMIN', 'Only an administrator of the organisation or the Support Unit may manage its accounts.'),
  );

/** Changing one's own name, password and sessions: any signed-in person, for themself only. */
export const ownAccountPolicy: Policy<unknown> = signedIn;
