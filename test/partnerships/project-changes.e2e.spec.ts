import type { Client } from 'graphql-ws';
import { useTestApi } from '../authorization/harness';
import { launchProject, mutate, mutateRaw, org, subscribe, wsClient } from './partnership-api';

// Issue 12, projects: started directly by a state or a partner, edited by the lead, partners removed and
// re-roled, figures with units over time, the list searched and filtered, and every change live.

const P = 'partnershipProject { id summary visibility revision partners { organizationId role } metricSeries { indicator unit points { value cumulative } } }';
const LIVE = `subscription($id: ID!) { projectUpdated(projectId: $id) { type revision partnershipProject { summary partners { organizationId role } } } }`;
const LIST = `query($search: String, $filter: PartnershipProjectsFilter, $orderBy: ProjectOrder, $first: Int, $after: String) {
  partnershipProjects(search: $search, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount edges { node { title } } pageInfo { hasNextPage endCursor } } }`;

type Project = { id: string; summary: string; visibility: string; revision: number; partners: Array<{ organizationId: string; role: string }> };

describe('project changes after the launch (GraphQL, PostgreSQL, graphql-ws)', () => {
  const ctx = useTestApi(['mx', 'iom', 'hn', 'nl']);
  const clients: Client[] = [];
  afterAll(() => Promise.all(clients.map((c) => c.dispose())));

  const send = (who: string, name: string, inputType: string, input: Record<string, unknown>) =>
    mutate<{ partnershipProject: Project }>(ctx.api, ctx.tokens[who], name, inputType, input, P).then((r) => r.partnershipProject);

  it('is started directly by a state and by a partner organisation', async () => {
    const byState = await launchProject(ctx.api, ctx.tokens.mx, { title: 'Started by Mexico', partners: [{ organizationId: org('hn'), role: 'PARTNER' }] });
    const byPartner = await launchProject(ctx.api, ctx.tokens.iom, { title: 'Started by IOM', partners: [{ organizationId: org('mx'), role: 'FUNDER' }] });
    const read = await ctx.api.gql<{ a: { leadOrganizationId: string }; b: { leadOrganizationId: string } }>(
      `query($a: ID!, $b: ID!) { a: partnershipProject(id: $a) { leadOrganizationId } b: partnershipProject(id: $b) { leadOrganizationId } }`,
      { a: byState, b: byPartner },
    );
    expect(read.data).toEqual({ a: { leadOrganizationId: org('mx') }, b: { leadOrganizationId: org('iom') } });
  });

  it('lets the lead edit, re-role and remove, each an event delivered live', async () => {
    const id = await launchProject(ctx.api, ctx.tokens.mx, {
      title: 'Protection of children on the move',
      partners: [
        { organizationId: org('iom'), role: 'PARTNER' },
        { organizationId: org('hn'), role: 'PARTNER' },
      ],
    });
    const client = wsClient(ctx.api.url, ctx.tokens.iom);
    clients.push(client);
    const live = subscribe<{ projectUpdated: { type: string; revision: number; partnershipProject: Project } }>(client, LIVE, { id });
    // graphql-ws does not acknowledge a subscription: edit until the first edit arrives, then every later change must.
    let arrived = false;
    for (let n = 1; !arrived && n < 50; n++) {
      await send('mx', 'editPartnershipProject', 'EditPartnershipProjectInput', { projectId: id, summary: `Draft ${n}` });
      arrived = await live.next(200).then(
        () => true,
        () => false,
      );
    }
    expect(arrived).toBe(true);

    const edited = await send('mx', 'editPartnershipProject', 'EditPartnershipProjectInput', {
      projectId: id,
      summary: 'Training for officials.',
      visibility: 'PARTNERS',
    });
    expect(edited).toMatchObject({ summary: 'Training for officials.', visibility: 'PARTNERS' });
    const roled = await send('mx', 'changeProjectPartnerRole', 'ChangeProjectPartnerRoleInput', {
      projectId: id,
      organizationId: org('iom'),
      role: 'IMPLEMENTER',
    });
    expect(roled.partners.find((p) => p.organizationId === org('iom'))?.role).toBe('IMPLEMENTER');
    const removed = await send('mx', 'removeProjectPartner', 'RemoveProjectPartnerInput', {
      projectId: id,
      organizationId: org('hn'),
      expectedRevision: roled.revision,
    });
    expect(removed.partners.map((p) => p.organizationId)).toEqual([org('mx'), org('iom')]);

    const types: string[] = [];
    while (!types.includes('ProjectPartnerRemoved')) types.push((await live.next(5000)).data.projectUpdated.type);
    expect(types.slice(-3)).toEqual(['PartnershipProjectEdited', 'ProjectPartnerRoleChanged', 'ProjectPartnerRemoved']);
    live.dispose();

    // Now partners-only: Honduras, removed, reads nothing; the partner may not edit, nor the lead lose its role.
    const asHonduras = await ctx.api.gql<{ partnershipProject: null }>(
      `query($id: ID!) { partnershipProject(id: $id) { id } }`,
      { id },
      { token: ctx.tokens.hn },
    );
    expect(asHonduras.data?.partnershipProject).toBeNull();
    const byPartner = await mutateRaw(ctx.api, ctx.tokens.iom, 'editPartnershipProject', 'EditPartnershipProjectInput', { projectId: id, summary: 'x' });
    expect(byPartner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const leadRole = await mutateRaw(ctx.api, ctx.tokens.mx, 'changeProjectPartnerRole', 'ChangeProjectPartnerRoleInput', {
      projectId: id,
      organizationId: org('iom'),
      role: 'LEAD',
    });
    expect(leadRole.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PROJECT.LEAD_ROLE_FIXED' });
  });

  it('adds up figures with their units over time, and refuses a video link that is not https YouTube or Vimeo', async () => {
    const id = await launchProject(ctx.api, ctx.tokens.mx, { title: 'Officials trained' });
    const post = (text: string, value: number, videoUrl: string | null = null) =>
      mutateRaw(
        ctx.api,
        ctx.tokens.mx,
        'postProjectUpdate',
        'PostProjectUpdateInput',
        { projectId: id, text, videoUrl, metrics: [{ indicator: 'officials trained', value, unit: 'people' }] },
        P,
      );
    expect((await post('First courses.', 1200)).errors).toBeUndefined();
    const second = await post('3,500 officials trained.', 2300, 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(second.errors).toBeUndefined();
    expect((second.data?.postProjectUpdate as { partnershipProject: { metricSeries: unknown } }).partnershipProject.metricSeries).toEqual([
      {
        indicator: 'officials trained',
        unit: 'people',
        points: [
          { value: 1200, cumulative: 1200 },
          { value: 2300, cumulative: 3500 },
        ],
      },
    ]);
    const http = await post('Plain http.', 1, 'http://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(http.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PROJECT.VIDEO_URL_UNSUPPORTED' });
    expect(await ctx.api.count(`SELECT count(*) FROM es_events WHERE stream_name = '${id}'`)).toBe(3);
  });

  it('searches, filters and sorts the list, with its total', async () => {
    await launchProject(ctx.api, ctx.tokens.nl, {
      title: 'Zeeland diaspora mentoring',
      summary: 'Mentors for young entrepreneurs',
      themes: ['diaspora'],
      countries: ['NLD'],
    });
    await launchProject(ctx.api, ctx.tokens.nl, {
      title: 'Amsterdam remittance desk',
      summary: 'Cheaper remittances for entrepreneurs',
      countries: ['NLD', 'MAR'],
    });
    const list = (variables: Record<string, unknown>) =>
      ctx.api.gql<{ partnershipProjects: { totalCount: number; edges: Array<{ node: { title: string } }> } }>(LIST, variables).then((r) => {
        if (!r.data) throw new Error(JSON.stringify(r.errors));
        return { total: r.data.partnershipProjects.totalCount, titles: r.data.partnershipProjects.edges.map((e) => e.node.title) };
      });
    expect(await list({ search: 'ENTREPRENEURS', orderBy: 'TITLE' })).toEqual({
      total: 2,
      titles: ['Amsterdam remittance desk', 'Zeeland diaspora mentoring'],
    });
    expect(await list({ search: 'mentors entrepreneurs' })).toEqual({ total: 1, titles: ['Zeeland diaspora mentoring'] });
    expect(await list({ search: '100%' })).toEqual({ total: 0, titles: [] });
    expect(await list({ filter: { countries: ['MAR'] } })).toEqual({ total: 1, titles: ['Amsterdam remittance desk'] });
    expect(await list({ filter: { themes: ['diaspora'], organizations: [org('nl')] } })).toEqual({ total: 1, titles: ['Zeeland diaspora mentoring'] });
    const page = await list({ filter: { organizations: [org('nl')] }, orderBy: 'TITLE', first: 1 });
    // the Netherlands also funds the demo handbook project
    expect(page).toEqual({ total: 3, titles: ['Amsterdam remittance desk'] });
    const bad = await ctx.api.gql(LIST, { filter: { countries: ['XX'] } });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
