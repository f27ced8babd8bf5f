import { demoOrganizationId } from '@pfp/identity';
import { DEMO_PASSWORD, demoAccountEmail } from '@pfp/identity/testing';
import { useTestApi, type TestApi } from '../authorization/harness';

const REQUEST = `mutation($input: RequestAccountInput!) { requestAccount(input: $input) { received } }`;
const REQUESTS = `query($status: AccountRequestStatus) { accountRequests(status: $status, first: 50) { totalCount edges { node { id organizationName email status organizationId declineReason } } } }`;
const APPROVE = `mutation($input: ApproveAccountRequestInput!) { approveAccountRequest(input: $input) { request { status organizationId } } }`;
const DECLINE = `mutation($input: DeclineAccountRequestInput!) { declineAccountRequest(input: $input) { request { status declineReason } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token viewer { id role organization { id name } } } }`;
const ACCOUNTS = `query($id: ID!) { organizationAccounts(organizationId: $id) { id email role activated } }`;
const CHANGE_ROLE = `mutation($input: ChangeAccountRoleInput!) { changeAccountRole(input: $input) { account { role } } }`;
const REMOVE = `mutation($input: RemoveAccountInput!) { removeAccount(input: $input) { account { id } } }`;
const INVITE = `mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { account { id } } }`;
const SESSIONS = `{ mySessions { id userAgent current lastSeenAt } }`;
const PASSWORD = 'a brand new password';

const reason = (result: { errors?: Array<{ extensions: Record<string, unknown> }> }): unknown => result.errors?.[0]?.extensions.reason;

async function requestAndApprove(
  api: TestApi,
  su: string,
  input: Record<string, unknown>,
): Promise<{ organizationId: string; token: string; accountId: string }> {
  expect((await api.gql(REQUEST, { input })).data).toEqual({ requestAccount: { received: true } });
  const listed = await api.gql<{ accountRequests: { edges: Array<{ node: { id: string; email: string } }> } }>(REQUESTS, { status: 'PENDING' }, { token: su });
  const request = listed.data!.accountRequests.edges.find((edge) => edge.node.email === input.email)!.node;
  const approved = await api.gql<{ approveAccountRequest: { request: { organizationId: string } } }>(
    APPROVE,
    { input: { requestId: request.id } },
    { token: su },
  );
  expect(approved.errors).toBeUndefined();
  const mail = await api.lastMailTo(String(input.email));
  const accepted = await api.gql<{ acceptInvitation: { token: string; viewer: { id: string; role: string } } }>(ACCEPT, {
    input: { token: mail.token, password: PASSWORD },
  });
  expect(accepted.data?.acceptInvitation.viewer.role).toBe('ADMIN');
  return {
    organizationId: approved.data!.approveAccountRequest.request.organizationId,
    token: accepted.data!.acceptInvitation.token,
    accountId: accepted.data!.acceptInvitation.viewer.id,
  };
}

describe('account requests, an organisation’s accounts, and a person’s own account', () => {
  const t = useTestApi(['gfmd-support-unit', 'mx']);
  let api: TestApi;
  let su: string;
  beforeAll(() => {
    ({ api } = t);
    su = t.tokens['gfmd-support-unit'];
  });

  it('refuses a bad request naming its fields and writes nothing', async () => {
    const before = await api.count('SELECT count(*) FROM account_requests');
    const refused = await api.gql(REQUEST, {
      input: { organizationName: ' ', kind: 'SUPPORT_UNIT', country: 'XX', contactName: 'A', email: 'not-an-email', reason: 'x' },
    });
    expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(refused.errors?.[0]?.extensions.fields as object).sort()).toEqual(expect.arrayContaining(['country', 'email']));
    const supportUnit = await api.gql(REQUEST, {
      input: { organizationName: 'Shadow unit', kind: 'SUPPORT_UNIT', contactName: 'A', email: 'a@example.org', reason: 'x' },
    });
    expect(reason(supportUnit)).toBe('ACCOUNT_REQUEST.INVALID');
    expect(await api.count('SELECT count(*) FROM account_requests')).toBe(before);
  });

  it('approves a request: the organisation exists and its contact, invited as ADMIN, manages its accounts', async () => {
    const norway = await requestAndApprove(api, su, {
      organizationName: 'Norway',
      kind: 'STATE',
      country: 'NOR',
      contactName: 'Kari Nordmann',
      email: 'kari@example.no',
      reason: 'To share our labour mobility practices.',
    });
    const again = await api.gql(REQUEST, {
      input: { organizationName: 'Norway', kind: 'STATE', country: 'NOR', contactName: 'K', email: 'kari2@example.no', reason: 'again' },
    });
    expect(again.errors).toBeUndefined();
    const second = (
      await api.gql<{ accountRequests: { edges: Array<{ node: { id: string; email: string } }> } }>(REQUESTS, { status: 'PENDING' }, { token: su })
    ).data!.accountRequests.edges.find((edge) => edge.node.email === 'kari2@example.no')!.node;
    expect(reason(await api.gql(APPROVE, { input: { requestId: second.id } }, { token: su }))).toBe('ORGANIZATION.STATE_EXISTS');

    // The new admin invites a colleague, makes them ADMIN, then cannot demote themself once alone.
    await api.gql(
      INVITE,
      { input: { email: 'ola@example.no', displayName: 'Ola', organizationId: norway.organizationId, role: 'MEMBER' } },
      { token: norway.token },
    );
    const ola = await api.gql<{ acceptInvitation: { token: string; viewer: { id: string } } }>(ACCEPT, {
      input: { token: (await api.lastMailTo('ola@example.no')).token, password: PASSWORD },
    });
    const olaId = ola.data!.acceptInvitation.viewer.id;
    const listed = await api.gql<{ organizationAccounts: Array<{ email: string; role: string }> }>(
      ACCOUNTS,
      { id: norway.organizationId },
      { token: norway.token },
    );
    expect(listed.data?.organizationAccounts.map((account) => [account.email, account.role])).toEqual([
      ['kari@example.no', 'ADMIN'],
      ['ola@example.no', 'MEMBER'],
    ]);
    expect(reason(await api.gql(ACCOUNTS, { id: norway.organizationId }, { token: ola.data!.acceptInvitation.token }))).toBe('ACCOUNT.NOT_ADMIN');
    expect(reason(await api.gql(CHANGE_ROLE, { input: { accountId: norway.accountId, role: 'MEMBER' } }, { token: norway.token }))).toBe('ACCOUNT.LAST_ADMIN');
    expect(reason(await api.gql(REMOVE, { input: { accountId: norway.accountId } }, { token: norway.token }))).toBe('ACCOUNT.LAST_ADMIN');
    expect((await api.gql(CHANGE_ROLE, { input: { accountId: olaId, role: 'ADMIN' } }, { token: norway.token })).data).toEqual({
      changeAccountRole: { account: { role: 'ADMIN' } },
    });
    // Mexico's admin manages Mexico, not Norway.
    expect(reason(await api.gql(REMOVE, { input: { accountId: olaId } }, { token: t.tokens.mx }))).toBe('ACCOUNT.NOT_ADMIN');
    // Removed: its session ends and it cannot sign in.
    expect((await api.gql(REMOVE, { input: { accountId: olaId } }, { token: norway.token })).errors).toBeUndefined();
    expect((await api.gql(SESSIONS, {}, { token: ola.data!.acceptInvitation.token })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(
      reason(await api.gql(`mutation($input: SignInInput!) { signIn(input: $input) { token } }`, { input: { email: 'ola@example.no', password: PASSWORD } })),
    ).toBe('AUTH.INVALID_CREDENTIALS');
  });

  it('declines a request with a reason mailed to the requester; a decided request stays decided', async () => {
    await api.gql(REQUEST, {
      input: { organizationName: 'Acme Recruiters', kind: 'PRIVATE_SECTOR', contactName: 'Wile', email: 'wile@example.com', reason: 'We place workers.' },
    });
    expect(
      reason(
        await api.gql(REQUEST, {
          input: { organizationName: 'Acme Recruiters', kind: 'PRIVATE_SECTOR', contactName: 'Wile', email: 'WILE@example.com', reason: 'Again.' },
        }),
      ),
    ).toBe('ACCOUNT_REQUEST.PENDING');
    const listed = await api.gql<{ accountRequests: { edges: Array<{ node: { id: string; email: string } }> } }>(
      REQUESTS,
      { status: 'PENDING' },
      { token: su },
    );
    const request = listed.data!.accountRequests.edges.find((edge) => edge.node.email === 'wile@example.com')!.node;
    expect(reason(await api.gql(REQUESTS, {}, { token: t.tokens.mx }))).toBe('AUTH.SUPPORT_UNIT_ONLY');
    const declined = await api.gql(DECLINE, { input: { requestId: request.id, reason: 'Recruiters join through a government.' } }, { token: su });
    expect(declined.data).toEqual({ declineAccountRequest: { request: { status: 'DECLINED', declineReason: 'Recruiters join through a government.' } } });
    expect((await api.lastMailTo('wile@example.com')).text).toContain('Recruiters join through a government.');
    expect(reason(await api.gql(APPROVE, { input: { requestId: request.id } }, { token: su }))).toBe('ACCOUNT_REQUEST.DECIDED');
  });

  it('a person renames themself, lists and ends sessions, and changes the password (others end, this one stays)', async () => {
    const email = demoAccountEmail('hn');
    const first = await api.signIn(email, DEMO_PASSWORD);
    const second = await api.signIn(email, DEMO_PASSWORD);
    const third = await api.signIn(email, DEMO_PASSWORD);
    const renamed = await api.gql(
      `mutation { changeDisplayName(input: { displayName: "  Honduras desk  " }) { account { displayName } } }`,
      {},
      { token: first },
    );
    expect(renamed.data).toEqual({ changeDisplayName: { account: { displayName: 'Honduras desk' } } });

    const sessions = await api.gql<{ mySessions: Array<{ id: string; current: boolean; userAgent: string | null }> }>(SESSIONS, {}, { token: first });
    expect(sessions.data!.mySessions.filter((session) => session.current)).toHaveLength(1);
    expect(sessions.data!.mySessions.length).toBeGreaterThanOrEqual(3);
    const secondId = (await api.gql<{ mySessions: Array<{ id: string; current: boolean }> }>(SESSIONS, {}, { token: second })).data!.mySessions.find(
      (s) => s.current,
    )!.id;
    expect(
      (await api.gql(`mutation($input: EndSessionInput!) { endSession(input: $input) { ended } }`, { input: { sessionId: secondId } }, { token: first })).data,
    ).toEqual({
      endSession: { ended: true },
    });
    expect((await api.gql(SESSIONS, {}, { token: second })).errors?.[0]?.extensions.reason).toBe('AUTH.SESSION_REVOKED');
    // Someone else's session is not found.
    expect(
      reason(
        await api.gql(`mutation($input: EndSessionInput!) { endSession(input: $input) { ended } }`, { input: { sessionId: secondId } }, { token: t.tokens.mx }),
      ),
    ).toBe('SESSION.NOT_FOUND');

    const wrong = await api.gql(
      `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { otherSessionsEnded } }`,
      {
        input: { currentPassword: 'not the password', newPassword: PASSWORD },
      },
      { token: first },
    );
    expect(reason(wrong)).toBe('ACCOUNT.WRONG_PASSWORD');
    expect(wrong.errors?.[0]?.extensions.fields).toEqual({ currentPassword: 'is not your current password' });
    const changed = await api.gql<{ changePassword: { otherSessionsEnded: number } }>(
      `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { otherSessionsEnded } }`,
      { input: { currentPassword: DEMO_PASSWORD, newPassword: PASSWORD } },
      { token: first },
    );
    expect(changed.data?.changePassword.otherSessionsEnded).toBeGreaterThanOrEqual(1);
    expect((await api.gql(SESSIONS, {}, { token: third })).errors?.[0]?.extensions.reason).toBe('AUTH.SESSION_REVOKED');
    expect((await api.gql(SESSIONS, {}, { token: first })).errors).toBeUndefined();
    await expect(api.signIn(email, PASSWORD)).resolves.toEqual(expect.any(String));
  });

  it('the Support Unit lists any organisation’s accounts', async () => {
    const listed = await api.gql<{ organizationAccounts: Array<{ email: string }> }>(ACCOUNTS, { id: demoOrganizationId('mx') }, { token: su });
    expect(listed.data?.organizationAccounts.map((account) => account.email)).toContain('mx@demo.pfp.example');
  });
});
