import { demoOrganizationId } from '@pfp/identity';
import { DEMO_PASSWORD, demoAccountEmail } from '@pfp/identity/testing';
import { useTestApi } from '../authorization/harness';
import { ACCEPT, INVITE, REQUEST_RESET, RESET } from '../identity/account-links';

/** Issue 11 (4): only the newest emailed link works, and using one ends the others. */
describe('reset and invitation links: only the newest works (real HTTP)', () => {
  const t = useTestApi(['gfmd-support-unit']);
  // only the Support Unit invites accounts
  const asSupportUnit = () => ({ token: t.tokens['gfmd-support-unit'] });

  const refusedToken = { code: 'BAD_USER_INPUT', reason: 'ACCOUNT.INVALID_TOKEN', fields: { token: expect.any(String) } };

  it('refuses an older reset link once a newer one is asked for, and every link once the password is reset; the reset ends the other sessions', async () => {
    const email = demoAccountEmail('de');
    const session = await t.api.signInAsDemo('de');
    await t.api.gql(REQUEST_RESET, { input: { email } });
    const older = (await t.api.lastMailTo(email)).token!;
    await t.api.gql(REQUEST_RESET, { input: { email } });
    const newer = (await t.api.lastMailTo(email)).token!;
    expect(newer).not.toBe(older);

    const withOlder = await t.api.gql(RESET, { input: { token: older, password: 'a password from the old link' } });
    expect(withOlder.errors?.[0].extensions).toMatchObject(refusedToken);
    expect(withOlder.errors?.[0].message).toMatch(/replaced by a newer one/);
    expect(await t.api.signIn(email, DEMO_PASSWORD)).toMatch(/\./); // nothing changed

    expect((await t.api.gql(RESET, { input: { token: newer, password: 'the brand new password' } })).data).toEqual({ resetPassword: { passwordReset: true } });
    for (const token of [older, newer]) {
      expect((await t.api.gql(RESET, { input: { token, password: 'yet another password' } })).errors?.[0].extensions).toMatchObject(refusedToken);
    }
    expect(
      await t.api.count(`SELECT count(*) FROM account_tokens t JOIN accounts a ON a.id = t.account_id WHERE lower(a.email) = '${email}' AND t.used_at IS NULL`),
    ).toBe(0);
    expect((await t.api.gql(`{ viewer { id } }`, {}, { token: session })).errors?.[0].extensions.reason).toBe('AUTH.SESSION_REVOKED');
    expect(await t.api.signIn(email, 'the brand new password')).toMatch(/\./);
  });

  it('refuses an older invitation to the same address once a newer one is sent, and every invitation once one is accepted', async () => {
    const invite = (email: string, role: string, organization: string) =>
      t.api.gql<{ inviteAccount: { account: { id: string; role: string; organization: { name: string } } } }>(
        INVITE,
        { input: { email, displayName: 'Lea Novak', organizationId: demoOrganizationId(organization), role } },
        asSupportUnit(),
      );
    const first = await invite('lea.novak@example.org', 'MEMBER', 'mx');
    expect(first.errors).toBeUndefined();
    const older = (await t.api.lastMailTo('lea.novak@example.org')).token!;
    // Invited again (another case, another role and organisation): the same pending account, a new link.
    const second = await invite('Lea.Novak@Example.org', 'ADMIN', 'de');
    expect(second.errors).toBeUndefined();
    expect(second.data?.inviteAccount.account).toMatchObject({ id: first.data?.inviteAccount.account.id, role: 'ADMIN', organization: { name: 'Germany' } });
    const newer = (await t.api.lastMailTo('lea.novak@example.org')).token!;
    expect(newer).not.toBe(older);
    expect(await t.api.count(`SELECT count(*) FROM accounts WHERE lower(email) = 'lea.novak@example.org'`)).toBe(1);

    const withOlder = await t.api.gql(ACCEPT, { input: { token: older, password: 'the password of Lea' } });
    expect(withOlder.errors?.[0].extensions).toMatchObject(refusedToken);
    const accepted = await t.api.gql(ACCEPT, { input: { token: newer, password: 'the password of Lea' } });
    expect(accepted.data?.acceptInvitation).toMatchObject({ viewer: { role: 'ADMIN', organization: { name: 'Germany' } } });
    for (const token of [older, newer]) {
      expect((await t.api.gql(ACCEPT, { input: { token, password: 'another password' } })).errors?.[0].extensions).toMatchObject(refusedToken);
    }
    // Once the account is active, the address is taken: no new invitation.
    expect((await invite('lea.novak@example.org', 'MEMBER', 'mx')).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ACCOUNT.EMAIL_TAKEN' });
    expect(await t.api.signIn('lea.novak@example.org', 'the password of Lea')).toMatch(/\./);
  });
});
