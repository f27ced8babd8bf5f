import { randomUUID } from 'node:crypto';
import { demoOrganizationId } from '../global-ids';
import type { GraphQLResult } from './index';

/**
 * The shape of test/authorization/table.ts's rows, for the contexts' own rows (importing the
 * table would be a cycle): exported from @pfp/identity/testing so that each context need not
 * restate it.
 */
export type ActorKind = 'visitor' | 'state' | 'partner' | 'supportUnit';
export interface TableActor {
  token: string | null;
  email: string | null;
  password: string | null;
}
export type TableActors = Record<ActorKind, TableActor>;
export interface TableApi {
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, credentials?: { token?: string | null }): Promise<GraphQLResult<T>>;
  signIn(email: string, password: string): Promise<string>;
  lastMailTo(to: string): Promise<{ token: string | null }>;
}
export interface TableRow<P, A = TableApi> {
  mutation: string;
  prepare?(api: A, actors: TableActors, actor: TableActor): Promise<P>;
  run(api: A, actor: TableActor, prepared: P): Promise<GraphQLResult>;
  expected: Record<ActorKind, 'allowed' | 'denied'>;
}

const ALLOWED = 'allowed' as const;
const DENIED = 'denied' as const;
const ANYONE = { visitor: ALLOWED, state: ALLOWED, partner: ALLOWED, supportUnit: ALLOWED };
const SIGNED_IN = { visitor: DENIED, state: ALLOWED, partner: ALLOWED, supportUnit: ALLOWED };
/** The table's state and partner actors are MEMBERs: managing accounts is for admins and the Support Unit. */
const SUPPORT_UNIT_ONLY = { visitor: DENIED, state: DENIED, partner: DENIED, supportUnit: ALLOWED };

/** What the identity rows below write besides identity_audit, organizations, accounts and account_tokens (counted by the table already). */
export const IDENTITY_WRITE_COUNTERS = [
  'SELECT count(*) FROM account_requests',
  `SELECT count(*) FROM account_requests WHERE status <> 'PENDING'`,
  'SELECT count(*) FROM sessions WHERE revoked_at IS NOT NULL',
  `SELECT count(*) FROM accounts WHERE removed_at IS NOT NULL OR role = 'ADMIN'`,
  'SELECT coalesce(sum(length(display_name)), 0) FROM accounts',
];

const unique = (): string => randomUUID().slice(0, 8);

async function ok<T>(result: Promise<GraphQLResult<T>>): Promise<T> {
  const { data, errors } = await result;
  if (!data) throw new Error(JSON.stringify(errors));
  return data;
}

/** A pending account request, by its id. */
async function pendingRequest(api: TableApi, supportUnitToken: string | null): Promise<string> {
  const email = `request-${unique()}@example.org`;
  await ok(
    api.gql(`mutation($input: RequestAccountInput!) { requestAccount(input: $input) { received } }`, {
      input: { organizationName: `Requested ${unique()}`, kind: 'CIVIL_SOCIETY', contactName: 'Table Contact', email, reason: 'For the table.' },
    }),
  );
  const listed = await ok(
    api.gql<{ accountRequests: { edges: Array<{ node: { id: string; email: string } }> } }>(
      `{ accountRequests(status: PENDING, first: 100) { edges { node { id email } } } }`,
      {},
      { token: supportUnitToken },
    ),
  );
  return listed.accountRequests.edges.find((edge) => edge.node.email === email)!.node.id;
}

/** An invited (not yet activated) MEMBER of IOM, by account id. */
async function invitedMember(api: TableApi, supportUnitToken: string | null): Promise<string> {
  const invited = await ok(
    api.gql<{ inviteAccount: { account: { id: string } } }>(
      `mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { account { id } } }`,
      { input: { email: `member-${unique()}@example.org`, displayName: 'Table Member', organizationId: demoOrganizationId('iom'), role: 'MEMBER' } },
      { token: supportUnitToken },
    ),
  );
  return invited.inviteAccount.account.id;
}

/** A fresh signed-in account in the actor's own organisation (so that changing its password ends none of the table's sessions). */
async function colleague(api: TableApi, actors: TableActors, actor: TableActor): Promise<{ token: string; password: string } | null> {
  if (!actor.token) return null;
  const viewer = await ok(api.gql<{ viewer: { organization: { id: string } } }>(`{ viewer { organization { id } } }`, {}, { token: actor.token }));
  const email = `colleague-${unique()}@example.org`;
  const password = 'a colleague password';
  await ok(
    api.gql(
      `mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { account { id } } }`,
      { input: { email, displayName: 'Table Colleague', organizationId: viewer.viewer.organization.id, role: 'MEMBER' } },
      { token: actors.supportUnit.token },
    ),
  );
  const { token: invitation } = await api.lastMailTo(email);
  const accepted = await ok(
    api.gql<{ acceptInvitation: { token: string } }>(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }`, {
      input: { token: invitation, password },
    }),
  );
  return { token: accepted.acceptInvitation.token, password };
}

/** One row per identity mutation added for issue 12, for test/authorization/table.ts. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of different prepared types share one table
export const identityRows: TableRow<any>[] = [
  {
    mutation: 'requestAccount',
    run: (api, actor) =>
      api.gql(
        `mutation($input: RequestAccountInput!) { requestAccount(input: $input) { received } }`,
        { input: { organizationName: `Asking ${unique()}`, kind: 'ACADEMIA', contactName: 'Asker', email: `ask-${unique()}@example.org`, reason: 'To join.' } },
        { token: actor.token },
      ),
    expected: ANYONE,
  },
  {
    mutation: 'approveAccountRequest',
    prepare: (api, actors) => pendingRequest(api, actors.supportUnit.token),
    run: (api, actor, requestId: string) =>
      api.gql(
        `mutation($input: ApproveAccountRequestInput!) { approveAccountRequest(input: $input) { request { status } } }`,
        { input: { requestId } },
        { token: actor.token },
      ),
    expected: SUPPORT_UNIT_ONLY,
  },
  {
    mutation: 'declineAccountRequest',
    prepare: (api, actors) => pendingRequest(api, actors.supportUnit.token),
    run: (api, actor, requestId: string) =>
      api.gql(
        `mutation($input: DeclineAccountRequestInput!) { declineAccountRequest(input: $input) { request { status } } }`,
        { input: { requestId, reason: 'Not for the table.' } },
        { token: actor.token },
      ),
    expected: SUPPORT_UNIT_ONLY,
  },
  {
    mutation: 'removeAccount',
    prepare: (api, actors) => invitedMember(api, actors.supportUnit.token),
    run: (api, actor, accountId: string) =>
      api.gql(`mutation($input: RemoveAccountInput!) { removeAccount(input: $input) { account { id } } }`, { input: { accountId } }, { token: actor.token }),
    expected: SUPPORT_UNIT_ONLY,
  },
  {
    mutation: 'changeAccountRole',
    prepare: (api, actors) => invitedMember(api, actors.supportUnit.token),
    run: (api, actor, accountId: string) =>
      api.gql(
        `mutation($input: ChangeAccountRoleInput!) { changeAccountRole(input: $input) { account { role } } }`,
        { input: { accountId, role: 'ADMIN' } },
        { token: actor.token },
      ),
    expected: SUPPORT_UNIT_ONLY,
  },
  {
    mutation: 'changeDisplayName',
    run: (api, actor) =>
      api.gql(
        `mutation($input: ChangeDisplayNameInput!) { changeDisplayName(input: $input) { account { displayName } } }`,
        { input: { displayName: `Table name ${unique()}` } },
        { token: actor.token },
      ),
    expected: SIGNED_IN,
  },
  {
    mutation: 'setAccountLanguage',
    run: (api, actor) =>
      api.gql(
        `mutation($input: SetAccountLanguageInput!) { setAccountLanguage(input: $input) { account { mailLanguage } } }`,
        { input: { language: 'fr' } },
        { token: actor.token },
      ),
    expected: SIGNED_IN,
  },
  {
    mutation: 'changePassword',
    prepare: colleague,
    run: (api, _actor, prepared: { token: string; password: string } | null) =>
      api.gql(
        `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { otherSessionsEnded } }`,
        { input: { currentPassword: prepared?.password ?? 'a colleague password', newPassword: 'a changed password 2011' } },
        { token: prepared?.token ?? null },
      ),
    expected: SIGNED_IN,
  },
  {
    mutation: 'endSession',
    // Another session of the actor's own account, by id.
    prepare: async (api, _actors, actor) => {
      if (!actor.email || !actor.password) return `session-${randomUUID()}`;
      const token = await api.signIn(actor.email, actor.password);
      const sessions = await ok(api.gql<{ mySessions: Array<{ id: string; current: boolean }> }>(`{ mySessions { id current } }`, {}, { token }));
      return sessions.mySessions.find((session) => session.current)!.id;
    },
    run: (api, actor, sessionId: string) =>
      api.gql(`mutation($input: EndSessionInput!) { endSession(input: $input) { ended } }`, { input: { sessionId } }, { token: actor.token }),
    expected: SIGNED_IN,
  },
  {
    mutation: 'endOtherSessions',
    run: (api, actor) => api.gql(`mutation { endOtherSessions { sessionsEnded } }`, {}, { token: actor.token }),
    expected: SIGNED_IN,
  },
];
