import type { Actor } from './actor';
import { ForbiddenError, UnauthenticatedError } from './domain-error';
import { all, allow, authorize, authorizeActor, deny, requireSignIn, supportUnitOnly, type Policy } from './policy';

const state: Actor = { accountId: 'a', organizationId: 'o', organizationKind: 'STATE', role: 'MEMBER', country: 'MEX' };
const supportUnit: Actor = { accountId: 'b', organizationId: 'p', organizationKind: 'SUPPORT_UNIT', role: 'ADMIN' };

/** The shape every context writes: sign-in first, then a rule on the actor and the aggregate. */
const ownStateOnly: Policy<{ country: string }> = (actor, practice) =>
  all(requireSignIn(actor), () => (actor?.country === practice.country ? allow() : deny('PRACTICE.NOT_OWNER', 'Only the owner state may edit this practice.')));

describe('policy', () => {
  it('allows when every condition holds', () => {
    expect(ownStateOnly(state, { country: 'MEX' })).toEqual({ allowed: true });
    expect(() => authorize(ownStateOnly, state, { country: 'MEX' })).not.toThrow();
  });

  it('denies a visitor as UNAUTHENTICATED, before looking at the state', () => {
    expect(ownStateOnly(null, { country: 'MEX' })).toMatchObject({ allowed: false, kind: 'UNAUTHENTICATED' });
    expect(() => authorize(ownStateOnly, null, { country: 'MEX' })).toThrow(UnauthenticatedError);
  });

  it('denies a signed-in actor as FORBIDDEN with the policy code and reason', () => {
    expect(ownStateOnly(state, { country: 'CHE' })).toEqual({
      allowed: false,
      kind: 'FORBIDDEN',
      code: 'PRACTICE.NOT_OWNER',
      reason: 'Only the owner state may edit this practice.',
    });
    try {
      authorize(ownStateOnly, state, { country: 'CHE' });
      throw new Error('expected a denial');
    } catch (error) {
      expect(error).toBeInstanceOf(ForbiddenError);
      expect(error).toMatchObject({ kind: 'FORBIDDEN', code: 'PRACTICE.NOT_OWNER' });
    }
  });

  it('keeps the first denial when several conditions fail', () => {
    expect(all(deny('A', 'a'), deny('B', 'b'))).toMatchObject({ code: 'A' });
    expect(all(allow(), deny('B', 'b'))).toMatchObject({ code: 'B' });
  });

  it('lets only the Support Unit through supportUnitOnly', () => {
    expect(supportUnitOnly(supportUnit, undefined).allowed).toBe(true);
    expect(supportUnitOnly(state, undefined)).toMatchObject({ kind: 'FORBIDDEN', code: 'AUTH.SUPPORT_UNIT_ONLY' });
    expect(supportUnitOnly(null, undefined)).toMatchObject({ kind: 'UNAUTHENTICATED' });
  });

  it('authorizeActor returns the signed-in actor and refuses a visitor even under a permissive policy', () => {
    expect(authorizeActor(supportUnitOnly, supportUnit, undefined)).toBe(supportUnit);
    expect(() => authorizeActor(() => allow(), null, undefined)).toThrow(UnauthenticatedError);
  });
});
