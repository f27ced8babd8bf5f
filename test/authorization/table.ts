import { randomUUID } from 'node:crypto';
import { demoOrganizationId } from '@pfp/identity';
import { IDENTITY_WRITE_COUNTERS, identityRows, type GraphQLResult } from '@pfp/identity/testing';
import { PRACTICE_WRITE_COUNTERS, practiceRows } from '@pfp/practices/testing';
import { DISCUSSION_WRITE_COUNTERS, discussionRows } from './discussion-rows';
import type { TestApi } from './harness';
import { PARTNERSHIP_WRITE_COUNTERS, partnershipRows } from './partnership-rows';
import { POLICY_TOOL_WRITE_COUNTERS, policyToolRows } from './policy-tool-rows';
import { INSIGHT_WRITE_COUNTERS, insightRows } from './insight-rows';
import { QUALITY_WRITE_COUNTERS, qualityRows } from './quality-rows';
import { WEBHOOK_WRITE_COUNTERS, webhookRows } from './webhook-rows';
import { NEWSLETTER_WRITE_COUNTERS, newsletterRows } from '../newsletter/newsletter-rows';

/**
 * Who may call which mutation, checked over HTTP GraphQL against the real app.
 * Every mutation in the schema must have a row here (the spec checks): add yours.
 */
export type ActorKind = 'visitor' | 'state' | 'partner' | 'supportUnit';
export const ACTOR_KINDS: readonly ActorKind[] = ['visitor', 'state', 'partner', 'supportUnit'];

export interface TableActor {
  kind: ActorKind;
  /** Bearer token; null for the visitor. */
  token: string | null;
  email: string | null;
  password: string | null;
}

/** The four actors, for a row's preparation (e.g. the Support Unit creating what the row acts on). */
export type TableActors = Record<ActorKind, TableActor>;

export interface Row<P = unknown> {
  mutation: string;
  /** Runs before the write counters are read: creates what `run` needs. Not part of the check. */
  prepare?(api: TestApi, actors: TableActors, actor: TableActor): Promise<P>;
  run(api: TestApi, actor: TableActor, prepared: P): Promise<GraphQLResult>;
  expected: Record<ActorKind, 'allowed' | 'denied'>;
}

/**
 * SQL counting every row a mutation may write; a denied call must leave each unchanged.
 * Contexts add theirs (their event store's events, their audit).
 */
export const WRITE_COUNTERS: string[] = [
  'SELECT count(*) FROM identity_audit',
  'SELECT count(*) FROM organizations',
  'SELECT count(*) FROM accounts',
  'SELECT count(*) FROM account_tokens',
  ...IDENTITY_WRITE_COUNTERS,
  ...PRACTICE_WRITE_COUNTERS,
  ...PARTNERSHIP_WRITE_COUNTERS,
  ...WEBHOOK_WRITE_COUNTERS,
  ...POLICY_TOOL_WRITE_COUNTERS,
  ...QUALITY_WRITE_COUNTERS,
  ...INSIGHT_WRITE_COUNTERS,
  ...DISCUSSION_WRITE_COUNTERS,
  ...NEWSLETTER_WRITE_COUNTERS,
];

const ALL_ALLOWED = { visitor: 'allowed', state: 'allowed', partner: 'allowed', supportUnit: 'allowed' } as const;
const SUPPORT_UNIT_ONLY = { visitor: 'denied', state: 'denied', partner: 'denied', supportUnit: 'allowed' } as const;

const unique = (): string => randomUUID().slice(0, 8);

async function createOrganization(api: TestApi, supportUnitToken: string | null): Promise<string> {
  const result = await api.gql<{ createOrganization: { organization: { id: string } } }>(
    `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`,
    { input: { kind: 'CIVIL_SOCIETY', name: `Table org ${unique()}` } },
    { token: supportUnitToken },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createOrganization.organization.id;
}

/** An invited account's emailed token. */
async function invite(api: TestApi, supportUnitToken: string | null, email: string): Promise<string> {
  const result = await api.gql(
    `mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { account { id } } }`,
    { input: { email, displayName: 'Table Person', organizationId: demoOrganizationId('iom'), role: 'MEMBER' } },
    { token: supportUnitToken },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  const mail = await api.lastMailTo(email);
  if (!mail.token) throw new Error('no token in the invitation');
  return mail.token;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of different prepared types share one table
export const rows: Row<any>[] = [
  {
    mutation: 'signIn',
    run: (api, actor) =>
      api.gql(
        `mutation($input: SignInInput!) { signIn(input: $input) { token } }`,
        {
          input: { email: 'mx@demo.pfp.example', password: 'partnerships-2011' },
        },
        { token: actor.token },
      ),
    expected: ALL_ALLOWED,
  },
  {
    mutation: 'signOut',
    // A session of its own, so the actor's token stays good for the other rows.
    prepare: async (api, _actors, actor) => (actor.email && actor.password ? api.signIn(actor.email, actor.password) : null),
    run: (api, _actor, token: string | null) => api.gql(`mutation { signOut { signedOut } }`, {}, { token }),
    expected: ALL_ALLOWED,
  },
  {
    mutation: 'createOrganization',
    run: (api, actor) =>
      api.gql(
        `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`,
        { input: { kind: 'STATE', name: `Table state ${unique()}`, country: 'NOR' } },
        { token: actor.token },
      ),
    expected: SUPPORT_UNIT_ONLY,
  },
  {
    mutation: 'renameOrganization',
    prepare: (api, actors) => createOrganization(api, actors.supportUnit.token),
    run: (api, actor, id: string) =>
      api.gql(
        `mutation($input: RenameOrganizationInput!) { renameOrganization(input: $input) { organization { name } } }`,
        { input: { id, name: `Renamed ${unique()}` } },
        { token: actor.token },
      ),
    expected: SUPPORT_UNIT_ONLY,
  },
  {
    mutation: 'deactivateOrganization',
    prepare: (api, actors) => createOrganization(api, actors.supportUnit.token),
    run: (api, actor, id: string) =>
      api.gql(
        `mutation($input: DeactivateOrganizationInput!) { deactivateOrganization(input: $input) { organization { active } } }`,
        { input: { id } },
        { token: actor.token },
      ),
    expected: SUPPORT_UNIT_ONLY,
  },
  {
    mutation: 'inviteAccount',
    run: (api, actor) =>
      api.gql(
        `mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { account { id } } }`,
        { input: { email: `invitee-${unique()}@example.org`, displayName: 'Invitee', organizationId: demoOrganizationId('mx'), role: 'MEMBER' } },
        { token: actor.token },
      ),
    expected: SUPPORT_UNIT_ONLY,
  },
  {
    mutation: 'acceptInvitation',
    prepare: (api, actors) => invite(api, actors.supportUnit.token, `accept-${unique()}@example.org`),
    run: (api, actor, token: string) =>
      api.gql(
        `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }`,
        {
          input: { token, password: 'a long enough password' },
        },
        { token: actor.token },
      ),
    expected: ALL_ALLOWED,
  },
  {
    mutation: 'requestPasswordReset',
    run: (api, actor) =>
      api.gql(
        `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { accepted } }`,
        {
          input: { email: 'iom@demo.pfp.example' },
        },
        { token: actor.token },
      ),
    expected: ALL_ALLOWED,
  },
  {
    mutation: 'resetPassword',
    prepare: async (api, actors) => {
      const email = `reset-${unique()}@example.org`;
      const invitation = await invite(api, actors.supportUnit.token, email);
      await api.gql(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }`, {
        input: { token: invitation, password: 'a long enough password' },
      });
      await api.gql(`mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { accepted } }`, { input: { email } });
      const mail = await api.lastMailTo(email);
      return mail.token;
    },
    run: (api, actor, token: string) =>
      api.gql(
        `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { passwordReset } }`,
        {
          input: { token, password: 'another long password' },
        },
        { token: actor.token },
      ),
    expected: ALL_ALLOWED,
  },
  ...identityRows,
  ...practiceRows,
  ...partnershipRows,
  ...webhookRows,
  ...policyToolRows,
  ...newsletterRows,
  ...qualityRows,
  ...insightRows,
  ...discussionRows,
];
