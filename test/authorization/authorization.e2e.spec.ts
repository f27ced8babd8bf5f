import { demoOrganizationId } from '@pfp/identity';
import { startTestApi, type TestApi } from './harness';
import { ACTOR_KINDS, rows, WRITE_COUNTERS, type ActorKind, type TableActor, type TableActors } from './table';

const MEMBER_PASSWORD = 'member password 2011';

/** A MEMBER (not the demo ADMIN) of the organisation, through the real invitation flow. */
async function member(api: TestApi, supportUnitToken: string, factsId: string, email: string): Promise<TableActor> {
  const invited = await api.gql(
    `mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { account { id } } }`,
    { input: { email, displayName: `Member of ${factsId}`, organizationId: demoOrganizationId(factsId), role: 'MEMBER' } },
    { token: supportUnitToken },
  );
  if (!invited.data) throw new Error(JSON.stringify(invited.errors));
  const { token: invitation } = await api.lastMailTo(email);
  const accepted = await api.gql<{ acceptInvitation: { token: string } }>(
    `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }`,
    { input: { token: invitation, password: MEMBER_PASSWORD } },
  );
  if (!accepted.data) throw new Error(JSON.stringify(accepted.errors));
  return { kind: 'visitor', token: accepted.data.acceptInvitation.token, email, password: MEMBER_PASSWORD };
}

describe('authorization table: every mutation x every actor, over HTTP GraphQL', () => {
  let api: TestApi;
  let actors: TableActors;

  beforeAll(async () => {
    api = await startTestApi();
    const supportUnitToken = await api.signInAsDemo('gfmd-support-unit');
    actors = {
      visitor: { kind: 'visitor', token: null, email: null, password: null },
      state: { ...(await member(api, supportUnitToken, 'mx', 'state.member@example.org')), kind: 'state' },
      partner: { ...(await member(api, supportUnitToken, 'iom', 'partner.member@example.org')), kind: 'partner' },
      supportUnit: { kind: 'supportUnit', token: supportUnitToken, email: 'gfmd-support-unit@demo.pfp.example', password: 'partnerships-2011' },
    };
  });
  afterAll(() => api?.close());

  it('has a row for every mutation of the schema', async () => {
    const result = await api.gql<{ __schema: { mutationType: { fields: Array<{ name: string }> } } }>(`{ __schema { mutationType { fields { name } } } }`);
    const inSchema = result.data!.__schema.mutationType.fields.map((field) => field.name).sort();
    expect(rows.map((row) => row.mutation).sort()).toEqual(inSchema);
  });

  const writes = async (): Promise<number[]> => Promise.all(WRITE_COUNTERS.map((sql) => api.count(sql)));

  const cases = rows.flatMap((row) => ACTOR_KINDS.map((kind) => [row.mutation, kind, row.expected[kind], row] as const));

  it.each(cases)('%s by %s: %s', async (_mutation, kind: ActorKind, expected, row) => {
    const actor = actors[kind];
    const prepared = row.prepare ? await row.prepare(api, actors, actor) : undefined;
    const before = await writes();
    const result = await row.run(api, actor, prepared);
    if (expected === 'allowed') {
      expect(result.errors).toBeUndefined();
      expect(result.data?.[row.mutation]).toBeTruthy();
    } else {
      expect(result.errors?.[0]?.extensions.code).toBe(kind === 'visitor' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      expect(result.data?.[row.mutation] ?? null).toBeNull();
      expect(await writes()).toEqual(before);
    }
  });
});
