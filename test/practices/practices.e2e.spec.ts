import { demoAccountId, demoOrganizationId } from '@pfp/identity';
import { startTestApi, type TestApi } from '../authorization/harness';
import { draft, mexicoDraft, mutate } from '@pfp/practices/testing';

/** The review workflow of the issue, over HTTP GraphQL against the real app. */
describe('practices end to end: Mexico drafts, the Support Unit reviews, a visitor finds it', () => {
  let api: TestApi;
  let mexico: string;
  let supportUnit: string;

  beforeAll(async () => {
    api = await startTestApi();
    mexico = await api.signInAsDemo('mx');
    supportUnit = await api.signInAsDemo('gfmd-support-unit');
  });
  afterAll(() => api?.close());

  it('takes a practice from draft to published and lets a visitor find it, see its history and look back in time', async () => {
    const drafted = await draft(api, mexico, mexicoDraft);
    expect(drafted.practice).toMatchObject({ status: 'DRAFT', title: mexicoDraft.title, ownerOrganizationId: demoOrganizationId('mx'), ownerCountry: 'MEX' });
    const id = drafted.practice.id as string;
    expect(id).toMatch(/^practice-[0-9a-f-]{36}$/);
    expect(drafted.revision).toBe(0);

    // Read-your-writes: the owner reads the draft right after the mutation; a visitor does not see it.
    const own = await api.gql<{ practice: { status: string; bodyHtml: string } }>(
      `query($id: ID!) { practice(id: $id) { status bodyHtml } }`,
      { id },
      { token: mexico },
    );
    expect(own.data?.practice.status).toBe('DRAFT');
    expect(own.data?.practice.bodyHtml).toContain('<strong>free of charge</strong>');
    expect((await api.gql<{ practice: null }>(`query($id: ID!) { practice(id: $id) { id } }`, { id })).data?.practice).toBeNull();

    const submitted = await mutate(api, mexico, 'submitPractice', 'SubmitPracticeInput', { id, expectedRevision: 0 });
    expect(submitted).toMatchObject({ revision: 1, practice: { status: 'IN_REVIEW' } });

    const sentBack = await mutate(api, supportUnit, 'requestPracticeChanges', 'RequestPracticeChangesInput', {
      id,
      expectedRevision: 1,
      reason: 'Please give the number of officials trained.',
    });
    expect(sentBack).toMatchObject({
      revision: 2,
      practice: { status: 'CHANGES_REQUESTED', changesRequested: 'Please give the number of officials trained.' },
    });

    const revised = await mutate(api, mexico, 'revisePractice', 'RevisePracticeInput', {
      ...mexicoDraft,
      id,
      expectedRevision: 2,
      results: [{ indicator: 'officials trained', value: '3500' }],
    });
    expect(revised).toMatchObject({ revision: 3, practice: { status: 'CHANGES_REQUESTED', results: [{ indicator: 'officials trained', value: '3500' }] } });
    await mutate(api, mexico, 'submitPractice', 'SubmitPracticeInput', { id, expectedRevision: 3 });
    const beforePublication = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    const published = await mutate(api, supportUnit, 'publishPractice', 'PublishPracticeInput', { id, expectedRevision: 4 });
    expect(published).toMatchObject({ revision: 5, practice: { status: 'PUBLISHED' } });

    // A visitor finds it by full text and by facets (theme + country HND).
    type Search = {
      practices: {
        totalCount: number;
        edges: Array<{ node: { id: string; title: string } }>;
        facets: Record<string, Array<{ value: string; count: number; label: string | null }>>;
      };
    };
    const SEARCH = `query($search: String, $filter: PracticeFilter, $orderBy: PracticeOrder) {
      practices(search: $search, filter: $filter, orderBy: $orderBy, first: 10) {
        totalCount edges { node { id title } }
        facets { theme { value count label } country { value count } region { value count label } owner { value count } gcmObjective { value count } implementationStatus { value count } }
      }
    }`;
    const byText = await api.gql<Search>(SEARCH, { search: 'unaccompanied' });
    expect(byText.errors).toBeUndefined();
    expect(byText.data!.practices.edges.map((e) => e.node.id)).toContain(id);
    // Title weighs more than body: ours has the word in its title, so it ranks first or beside the demo one.
    expect(byText.data!.practices.edges.slice(0, 2).map((e) => e.node.id)).toContain(id);
    expect(byText.data!.practices.facets.country).toEqual(expect.arrayContaining([{ value: 'HND', count: byText.data!.practices.totalCount }]));
    expect(byText.data!.practices.facets.region).toEqual(expect.arrayContaining([expect.objectContaining({ value: '013', label: 'Central America' })]));
    expect(byText.data!.practices.facets.gcmObjective).toEqual(expect.arrayContaining([{ value: 'gcm-7', count: 1 }]));

    const byFacets = await api.gql<Search>(SEARCH, { filter: { themes: ['migrant-children'], countries: ['HND'] }, orderBy: 'NEWEST' });
    expect(byFacets.data!.practices.edges[0].node.id).toBe(id);
    expect(byFacets.data!.practices.facets.theme).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: 'migrant-children', label: 'Gender, family and children' })]),
    );
    expect(byFacets.data!.practices.facets.owner).toEqual([{ value: demoOrganizationId('mx'), count: byFacets.data!.practices.totalCount }]);
    // labels in the reader's language (a plain resolver, libs/graphql plain-resolvers.ts); a language outside the six refused, naming it
    const LABELS = `query($language: String) { practices(search: "unaccompanied", first: 1) { facets { region { value label(language: $language) } theme { value label(language: $language) } } } }`;
    type Labels = { practices: { facets: Record<string, Array<{ value: string; label: string | null }>> } };
    const french = await api.gql<Labels>(LABELS, { language: 'fr' });
    expect(french.errors).toBeUndefined();
    expect(french.data!.practices.facets.region).toContainEqual({ value: '013', label: 'Amérique centrale' });
    const refused = await api.gql<Labels>(LABELS, { language: 'de' });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INPUT.INVALID',
      fields: { language: expect.stringContaining('must be one of') as unknown },
    });
    const elsewhere = await api.gql<Search>(SEARCH, { search: 'unaccompanied', filter: { countries: ['PHL'] } });
    expect(elsewhere.data!.practices.totalCount).toBe(0);

    // History: every event with its actor and time.
    const history = await api.gql<{
      history: Array<{ revision: number; type: string; occurredAt: string; reason: string | null; actor: { accountId: string; organizationId: string } }>;
    }>(`query($id: ID!) { history(id: $id) { revision type occurredAt reason actor { accountId organizationId } } }`, { id });
    expect(history.data!.history.map((h) => [h.type, h.actor.organizationId])).toEqual([
      ['PracticeDrafted', demoOrganizationId('mx')],
      ['PracticeSubmitted', demoOrganizationId('mx')],
      ['PracticeChangesRequested', demoOrganizationId('gfmd-support-unit')],
      ['PracticeRevised', demoOrganizationId('mx')],
      ['PracticeSubmitted', demoOrganizationId('mx')],
      ['PracticePublished', demoOrganizationId('gfmd-support-unit')],
    ]);
    expect(history.data!.history[0].actor.accountId).toBe(demoAccountId('mx'));
    expect(history.data!.history[2].reason).toBeNull(); // review feedback is not public
    const ownHistory = await api.gql<{ history: Array<{ reason: string | null }> }>(
      `query($id: ID!) { history(id: $id) { reason } }`,
      { id },
      { token: mexico },
    );
    expect(ownHistory.data!.history[2].reason).toBe('Please give the number of officials trained.');
    expect(history.data!.history.every((h) => !Number.isNaN(Date.parse(h.occurredAt)))).toBe(true);

    // asOf before publication: the practice as it stood then, in review (the owner sees it; a visitor does not).
    const then = await api.gql<{ practice: { status: string; revision: number; publishedAt: string | null } }>(
      `query($id: ID!, $asOf: DateTime) { practice(id: $id, asOf: $asOf) { status revision publishedAt } }`,
      { id, asOf: beforePublication },
      { token: mexico },
    );
    expect(then.data!.practice).toEqual({ status: 'IN_REVIEW', revision: 4, publishedAt: null });
    const firstDraft = await api.gql<{ practice: { status: string; results: unknown[] } }>(
      `query($id: ID!, $asOf: DateTime) { practice(id: $id, asOf: $asOf) { status results { value } } }`,
      { id, asOf: history.data!.history[0].occurredAt },
      { token: mexico },
    );
    expect(firstDraft.data!.practice).toEqual({ status: 'DRAFT', results: [] });
    const visitorThen = await api.gql<{ practice: null }>(`query($id: ID!, $asOf: DateTime) { practice(id: $id, asOf: $asOf) { id } }`, {
      id,
      asOf: beforePublication,
    });
    expect(visitorThen.data!.practice).toBeNull();

    // A revision of the published practice goes to review; the public keeps seeing the published text.
    await mutate(api, mexico, 'revisePractice', 'RevisePracticeInput', {
      ...mexicoDraft,
      id,
      title: 'A newer title in review',
      results: [{ indicator: 'officials trained', value: '3500' }],
    });
    const publicView = await api.gql<{ practice: { title: string; status: string; hasPendingRevision: boolean } }>(
      `query($id: ID!) { practice(id: $id) { title status hasPendingRevision } }`,
      { id },
    );
    expect(publicView.data!.practice).toEqual({ title: mexicoDraft.title, status: 'PUBLISHED', hasPendingRevision: true });
    const ownerView = await api.gql<{ practice: { title: string; status: string } }>(
      `query($id: ID!) { practice(id: $id) { title status } }`,
      { id },
      { token: mexico },
    );
    expect(ownerView.data!.practice).toEqual({ title: 'A newer title in review', status: 'IN_REVIEW' });
  });

  it('serves the seven demo practices, published and owned by their organisations, and the taxonomy', async () => {
    const all = await api.gql<{ practices: { totalCount: number; edges: Array<{ node: { owner: { name: string; kind: string } } }> } }>(
      `{ practices(first: 50, orderBy: NEWEST) { totalCount edges { node { owner { name kind } } } } }`,
    );
    expect(all.errors).toBeUndefined();
    expect(all.data!.practices.totalCount).toBeGreaterThanOrEqual(7);
    const themes = await api.gql<{ themes: Array<{ id: string; kind: string }> }>(`{ themes { id kind label } }`);
    expect(themes.data!.themes.filter((t) => t.kind === 'GCM_OBJECTIVE')).toHaveLength(23);
    expect(themes.data!.themes.map((t) => t.id)).toEqual(expect.arrayContaining(['migrant-children', 'sdg-10.7', 'sdg-10.c']));
  });

  it('offers similar published practices while drafting', async () => {
    const similar = await api.gql<{ similarPractices: Array<{ title: string }> }>(
      `query($title: String, $themes: [String!], $countries: [String!]) { similarPractices(title: $title, themes: $themes, countries: $countries) { title } }`,
      { title: 'Training officers who protect unaccompanied children', themes: [], countries: [] },
    );
    expect(similar.errors).toBeUndefined();
    expect(similar.data!.similarPractices[0].title).toMatch(/unaccompanied/i);
    const byTags = await api.gql<{ similarPractices: Array<{ title: string }> }>(
      `query($themes: [String!], $countries: [String!]) { similarPractices(themes: $themes, countries: $countries) { title } }`,
      { themes: ['diaspora'], countries: ['DEU'] },
    );
    expect(byTags.data!.similarPractices.map((p) => p.title)).toContain('Pilot programme for non-profit projects of migrant associations');
  });

  it('publishes open data as JSON and CSV, without contacts', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    const json = (await (await fetch(`${base}/export/practices.json`)).json()) as { practices: Array<{ title: string; countries: string[] }> };
    expect(json.practices.length).toBeGreaterThanOrEqual(7);
    expect(json.practices.map((p) => p.title)).toContain('Prague Process');
    const csv = await fetch(`${base}/export/practices.csv`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toMatch(/^id,revision,title,summary,body,language/);
    expect(text).toContain('Prague Process');
    expect(text).not.toMatch(/@example\.org/);
  });
});
