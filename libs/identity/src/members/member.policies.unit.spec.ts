import type { Actor } from '@pfp/kernel';
import { manageAccountsPolicy, ownAccountPolicy } from './member.policies';

const MEXICO = 'organization-00000000-0000-4000-8000-000000000001';
const NORWAY = 'organization-00000000-0000-4000-8000-000000000002';
const actor = (overrides: Partial<Actor>): Actor => ({
  accountId: 'account-00000000-0000-4000-8000-000000000009',
  organizationId: MEXICO,
  organizationKind: 'STATE',
  role: 'MEMBER',
  country: 'MEX',
  ...overrides,
});

describe('who manages an organisation’s accounts', () => {
  it.each([
    ['a visitor', null, MEXICO, 'AUTH.UNAUTHENTICATED'],
    ['a member of it', actor({}), MEXICO, 'ACCOUNT.NOT_ADMIN'],
    ['an admin of another organisation', actor({ role: 'ADMIN' }), NORWAY, 'ACCOUNT.NOT_ADMIN'],
    ['an admin of it', actor({ role: 'ADMIN' }), MEXICO, null],
    ['the Support Unit, for any organisation', actor({ organizationKind: 'SUPPORT_UNIT', organizationId: NORWAY.replace('2', '3') }), NORWAY, null],
  ])('%s', (_who, who, organizationId, refusal) => {
    const decision = manageAccountsPolicy(who, { organizationId });
    expect(decision.allowed ? null : decision.code).toBe(refusal);
  });

  it('anyone signed in changes their own account; a visitor signs in first', () => {
    expect(ownAccountPolicy(actor({}), undefined).allowed).toBe(true);
    expect(ownAccountPolicy(null, undefined)).toMatchObject({ allowed: false, kind: 'UNAUTHENTICATED' });
  });
});
