import { demoOrganizationId } from '@pfp/identity';
import { useTestApi } from '../authorization/harness';

const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id kind name country active } } }`;

describe('organisations over HTTP', () => {
  const t = useTestApi(['gfmd-support-unit']);
  // only the Support Unit creates organisations
  const asSupportUnit = () => ({ token: t.tokens['gfmd-support-unit'] });

  it('lists the demo organisations as a Relay connection, filtered by kind, page by page', async () => {
    const page = `query($kind: OrganizationKind, $first: Int, $after: String) {
      organizations(kind: $kind, first: $first, after: $after) { totalCount edges { cursor node { id name kind country } } pageInfo { hasNextPage endCursor } }
    }`;
    type Page = {
      organizations: {
        totalCount: number;
        edges: Array<{ node: { id: string; name: string; country: string | null } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const all = await t.api.gql<Page>(page, {});
    expect(all.data?.organizations.totalCount).toBe(26);
    const first = await t.api.gql<Page>(page, { kind: 'STATE', first: 10 });
    if (!first.data) throw new Error(JSON.stringify(first.errors));
    expect(first.data?.organizations.totalCount).toBe(17);
    expect(first.data?.organizations.edges).toHaveLength(10);
    expect(first.data?.organizations.pageInfo.hasNextPage).toBe(true);
    const second = await t.api.gql<Page>(page, { kind: 'STATE', first: 10, after: first.data?.organizations.pageInfo.endCursor });
    expect(second.data?.organizations.edges).toHaveLength(7);
    expect(second.data?.organizations.pageInfo.hasNextPage).toBe(false);
    const names = [...first.data!.organizations.edges, ...second.data!.organizations.edges].map((edge) => edge.node.name);
    expect(names).toEqual([...names].sort());
    expect(names).toContain('Mexico');
  });

  it('finds one organisation by its stable demo id', async () => {
    const result = await t.api.gql(`query($id: ID!) { organization(id: $id) { id name kind country } }`, { id: demoOrganizationId('mx') });
    expect(result.data).toEqual({ organization: { id: demoOrganizationId('mx'), name: 'Mexico', kind: 'STATE', country: 'MEX' } });
    const missing = await t.api.gql(`query($id: ID!) { organization(id: $id) { id } }`, { id: 'organization-00000000-0000-4000-8000-000000000000' });
    expect(missing.data).toEqual({ organization: null });
    const malformed = await t.api.gql(`query($id: ID!) { organization(id: $id) { id } }`, { id: 'account-x' });
    expect(malformed.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses bad input with BAD_USER_INPUT naming the fields, and writes nothing', async () => {
    const before = await t.api.count('SELECT count(*) FROM identity_audit');
    const noCountry = await t.api.gql(CREATE, { input: { kind: 'STATE', name: 'Atlantis' } }, asSupportUnit());
    expect(noCountry.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { country: expect.any(String) } });
    const fakeCountry = await t.api.gql(CREATE, { input: { kind: 'STATE', name: 'Atlantis', country: 'ATL' } }, asSupportUnit());
    expect(fakeCountry.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { country: expect.any(String) } });
    const badKind = await t.api.gql(CREATE, { input: { kind: 'GUILD', name: 'Guild' } }, asSupportUnit());
    expect(badKind.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const longName = await t.api.gql(CREATE, { input: { kind: 'ACADEMIA', name: 'x'.repeat(201) } }, asSupportUnit());
    expect(longName.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { name: expect.any(String) } });
    const blank = await t.api.gql(CREATE, { input: { kind: 'ACADEMIA', name: '   ' } }, asSupportUnit());
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { name: expect.any(String) } });
    expect(await t.api.count('SELECT count(*) FROM identity_audit')).toBe(before);
  });

  it('creates, renames and deactivates, auditing each change with who did it', async () => {
    const created = await t.api.gql<{ createOrganization: { organization: { id: string } } }>(
      CREATE,
      { input: { kind: 'STATE', name: 'Norway', country: 'nor' } },
      asSupportUnit(),
    );
    expect(created.data?.createOrganization.organization).toMatchObject({ kind: 'STATE', name: 'Norway', country: 'NOR', active: true });
    const id = created.data!.createOrganization.organization.id;
    const renamed = await t.api.gql(
      `mutation($input: RenameOrganizationInput!) { renameOrganization(input: $input) { organization { name } } }`,
      { input: { id, name: 'Kingdom of Norway' } },
      asSupportUnit(),
    );
    expect(renamed.data).toEqual({ renameOrganization: { organization: { name: 'Kingdom of Norway' } } });
    const deactivate = `mutation($input: DeactivateOrganizationInput!) { deactivateOrganization(input: $input) { organization { active deactivatedAt } } }`;
    const deactivated = await t.api.gql(deactivate, { input: { id } }, asSupportUnit());
    expect(deactivated.data).toEqual({ deactivateOrganization: { organization: { active: false, deactivatedAt: expect.any(String) } } });
    expect((await t.api.gql(deactivate, { input: { id } }, asSupportUnit())).errors?.[0].extensions.code).toBe('CONFLICT');
    const own = await t.api.gql(deactivate, { input: { id: demoOrganizationId('gfmd-support-unit') } }, asSupportUnit());
    expect(own.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ORGANIZATION.OWN_ORGANIZATION' });

    const trail: Array<{ action: string; actor_organization_id: string; data: { to?: string } }> = await t.api.dataSource.query(
      `SELECT action, actor_organization_id, data FROM identity_audit WHERE data->>'organizationId' = $1 ORDER BY id`,
      [id.replace('organization-', '')],
    );
    expect(trail.map((row) => row.action)).toEqual(['OrganizationCreated', 'OrganizationRenamed', 'OrganizationDeactivated']);
    expect(new Set(trail.map((row) => `organization-${row.actor_organization_id}`))).toEqual(new Set([demoOrganizationId('gfmd-support-unit')]));
    expect(trail[1].data.to).toBe('Kingdom of Norway');
  });

  it('signs out the accounts of a deactivated organisation', async () => {
    const token = await t.api.signInAsDemo('li');
    await t.api.gql(
      `mutation($input: DeactivateOrganizationInput!) { deactivateOrganization(input: $input) { organization { active } } }`,
      { input: { id: demoOrganizationId('li') } },
      asSupportUnit(),
    );
    const viewer = await t.api.gql(`{ viewer { id } }`, {}, { token });
    expect(viewer.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.ACCOUNT_INACTIVE' });
  });
});
