import { demoOrganizationId } from '@pfp/identity';
import { DEMO_PASSWORD, demoAccountEmail } from '@pfp/identity/testing';
import { useTestApi } from '../authorization/harness';
import { ACCEPT, INVITE, REQUEST_RESET, RESET } from './account-links';

describe('invitation and password reset, end to end through the outbox', () => {
  const t = useTestApi(['gfmd-support-unit']);
  // only the Support Unit invites accounts
  const asSupportUnit = () => ({ token: t.tokens['gfmd-support-unit'] });

  it('invites a person, mails a 7-day link, and the link sets the password and signs in', async () => {
    const invited = await t.api.gql<{ inviteAccount: { invitationExpiresAt: string } }>(
      INVITE,
      { input: { email: 'Ana.Lopez@example.org', displayName: 'Ana López', organizationId: demoOrganizationId('mx'), role: 'MEMBER' } },
      asSupportUnit(),
    );
    expect(invited.data?.inviteAccount).toMatchObject({
      account: { email: 'Ana.Lopez@example.org', role: 'MEMBER', activated: false, organization: { name: 'Mexico' } },
    });
    const days = (Date.parse(invited.data!.inviteAccount.invitationExpiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);

    const mail = await t.api.lastMailTo('ana.lopez@example.org');
    expect(mail.subject).toMatch(/invited.*Mexico/);
    expect(mail.text).toContain('Ana López');
    expect(mail.text).toMatch(/http:\/\/localhost:\d+\/accept-invitation\?token=[A-Za-z0-9_-]{43}/);
    const [{ n: stored }] = await t.api.dataSource.query(`SELECT count(*)::int AS n FROM account_tokens WHERE token_hash = $1`, [mail.token]);
    expect(stored).toBe(0); // only its hash is kept

    // Not yet active: cannot sign in, no reset mail either.
    expect(
      (await t.api.gql(`mutation { signIn(input: { email: "ana.lopez@example.org", password: "whatever password" }) { token } }`)).errors?.[0].extensions
        .reason,
    ).toBe('AUTH.INVALID_CREDENTIALS');

    const short = await t.api.gql(ACCEPT, { input: { token: mail.token, password: 'too short' } });
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { password: expect.any(String) } });

    const accepted = await t.api.gql<{ acceptInvitation: { token: string; viewer: unknown } }>(ACCEPT, {
      input: { token: mail.token, password: 'a password of Ana' },
    });
    expect(accepted.data?.acceptInvitation.viewer).toEqual({ email: 'Ana.Lopez@example.org', role: 'MEMBER', organization: { name: 'Mexico' } });
    expect(accepted.headers.get('set-cookie')).toMatch(/^pfp_session=.*HttpOnly/);
    const viewer = await t.api.gql(`{ viewer { email } }`, {}, { token: accepted.data!.acceptInvitation.token });
    expect(viewer.data).toEqual({ viewer: { email: 'Ana.Lopez@example.org' } });

    const again = await t.api.gql(ACCEPT, { input: { token: mail.token, password: 'a password of Ana' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ACCOUNT.INVALID_TOKEN' });
    expect(await t.api.signIn('ana.lopez@example.org', 'a password of Ana')).toMatch(/\./);
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const duplicate = await t.api.gql(
      INVITE,
      { input: { email: 'MX@demo.pfp.example', displayName: 'Dup', organizationId: demoOrganizationId('mx'), role: 'ADMIN' } },
      asSupportUnit(),
    );
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ACCOUNT.EMAIL_TAKEN' });
    const badEmail = await t.api.gql(INVITE, { input: { email: 'not-an-email', displayName: 'X', organizationId: demoOrganizationId('mx') } }, asSupportUnit());
    expect(badEmail.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { email: expect.any(String) } });
  });

  it('answers a reset request the same for known and unknown emails, mailing only the known', async () => {
    const known = await t.api.gql(REQUEST_RESET, { input: { email: demoAccountEmail('de') } });
    const unknown = await t.api.gql(REQUEST_RESET, { input: { email: 'nobody@example.org' } });
    expect(known.data).toEqual(unknown.data);
    expect(known.errors).toBeUndefined();
    await expect(t.api.lastMailTo('nobody@example.org')).rejects.toThrow(/no mail/);

    const session = await t.api.signInAsDemo('de');
    const mail = await t.api.lastMailTo(demoAccountEmail('de'));
    expect(mail.text).toMatch(/\/reset-password\?token=/);
    const reset = await t.api.gql(RESET, { input: { token: mail.token, password: 'a brand new password' } });
    expect(reset.data).toEqual({ resetPassword: { passwordReset: true } });

    // Every session of the account is signed out; the old password is gone; the link was single-use.
    expect((await t.api.gql(`{ viewer { id } }`, {}, { token: session })).errors?.[0].extensions.reason).toBe('AUTH.SESSION_REVOKED');
    expect(
      (await t.api.gql(`mutation { signIn(input: { email: "de@demo.pfp.example", password: "${DEMO_PASSWORD}" }) { token } }`)).errors?.[0].extensions.reason,
    ).toBe('AUTH.INVALID_CREDENTIALS');
    expect(await t.api.signIn(demoAccountEmail('de'), 'a brand new password')).toMatch(/\./);
    const reused = await t.api.gql(RESET, { input: { token: mail.token, password: 'yet another password' } });
    expect(reused.errors?.[0].extensions.reason).toBe('ACCOUNT.INVALID_TOKEN');
  });

  it('refuses an expired reset link', async () => {
    await t.api.gql(REQUEST_RESET, { input: { email: demoAccountEmail('es') } });
    const mail = await t.api.lastMailTo(demoAccountEmail('es'));
    await t.api.dataSource.query(`UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE purpose = 'PASSWORD_RESET'`);
    const expired = await t.api.gql(RESET, { input: { token: mail.token, password: 'a brand new password' } });
    expect(expired.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ACCOUNT.INVALID_TOKEN' });
  });
});
