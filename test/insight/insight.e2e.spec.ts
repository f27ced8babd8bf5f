import { randomUUID } from 'node:crypto';
import { CLOCK, type Clock } from '@pfp/event-sourcing';
import { demoOrganizationId } from '@pfp/identity';
import { PLATFORM_FIGURES_SQL } from '@pfp/insight';
import { demoCallId } from '@pfp/partnership-projects';
import { demoPracticeId } from '@pfp/practices';
import { mexicoDraft } from '@pfp/practices/testing';
import { useTestApi } from '../authorization/harness';

/*
 * Issue 15 points 6-8 over HTTP GraphQL on a real PostgreSQL: views counted once per reader,
 * item and day with nothing about the reader stored, robots left out by their user agent,
 * unknown ids refused with nothing written; the public figures; the owner's dashboard per role.
 */

const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const FIREFOX = 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const ROBOTS = [
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)',
  'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
  'curl/8.5.0',
];
const PRACTICE = demoPracticeId('mx-unaccompanied-children-training');
const CALL = demoCallId('call-unaccompanied-children-training');
const RECORD = `mutation($input: RecordViewInput!) { recordView(input: $input) { subjectId counted notCounted } }`;
const DASHBOARD = `query($org: ID) { ownerDashboard(organizationId: $org) { organizationId items { subjectId kind title status viewsLast30Days viewsTotal interest followers responses } } }`;

interface Result<T> {
  data?: T;
  errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
}
interface DashboardItem {
  subjectId: string;
  kind: string;
  title: string;
  status: string;
  viewsLast30Days: number;
  viewsTotal: number;
  interest: number | null;
  followers: number;
  responses: number | null;
}

describe('insight: view counts, platform figures, the owner dashboard (issue 15 points 6-8)', () => {
  const t = useTestApi(['mx', 'ph', 'gfmd-support-unit']);
  let clock: Clock;
  let systemNow: () => Date;
  const at = (iso: string) => (clock.now = () => new Date(iso));

  beforeAll(() => {
    clock = t.api.app.get<symbol, Clock>(CLOCK);
    systemNow = clock.now;
  });
  afterAll(() => {
    if (clock) clock.now = systemNow;
  });

  async function gql<T>(query: string, variables: Record<string, unknown>, options: { userAgent?: string | null; token?: string } = {}): Promise<Result<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.userAgent !== null) headers['user-agent'] = options.userAgent ?? CHROME;
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await fetch(t.api.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as Result<T>;
  }
  const view = (subjectId: string, userAgent?: string | null, token?: string) =>
    gql<{ recordView: { subjectId: string; counted: boolean; notCounted: string | null } }>(RECORD, { input: { subjectId } }, { userAgent, token });
  const views = (subjectId: string) => t.api.count(`SELECT coalesce(sum(views), 0) FROM subject_views_daily WHERE subject_id = '${subjectId}'`);
  const rows = () => t.api.count(`SELECT count(*) FROM subject_views_daily`);
  const dashboard = (token: string | undefined, org?: string) =>
    gql<{ ownerDashboard: { organizationId: string; items: DashboardItem[] } }>(DASHBOARD, { org }, { token });

  it('stores a number per item and day, nothing about the reader', async () => {
    const columns: Array<{ column_name: string }> = await t.api.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'subject_views_daily' ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(['subject_id', 'day', 'views']);
  });

  it('counts a reader once per item and day, another reader and the next day again; robots never', async () => {
    at('2026-03-10T09:00:00Z');
    expect((await view(PRACTICE)).data?.recordView).toEqual({ subjectId: PRACTICE, counted: true, notCounted: null });
    expect((await view(PRACTICE)).data?.recordView).toMatchObject({ counted: false, notCounted: 'ALREADY_COUNTED_TODAY' });
    at('2026-03-10T23:59:00Z');
    expect((await view(PRACTICE)).data?.recordView).toMatchObject({ counted: false, notCounted: 'ALREADY_COUNTED_TODAY' });
    expect((await view(PRACTICE, FIREFOX)).data?.recordView.counted).toBe(true);
    // a signed-in reader is counted like anyone: the same browser and address, the same reader
    expect((await view(PRACTICE, FIREFOX, t.tokens.ph)).data?.recordView.counted).toBe(false);
    // Mexico's own members reading Mexico's practice are not its reach
    expect((await view(PRACTICE, `${CHROME} Mexico`, t.tokens.mx)).data?.recordView).toMatchObject({ counted: false, notCounted: 'OWN_ORGANIZATION' });
    expect(await views(PRACTICE)).toBe(2);

    const before = await rows();
    for (const robot of [...ROBOTS, null]) {
      expect({ robot, result: (await view(PRACTICE, robot)).data?.recordView }).toEqual({
        robot,
        result: { subjectId: PRACTICE, counted: false, notCounted: 'ROBOT' },
      });
    }
    expect(await views(PRACTICE)).toBe(2);
    expect(await rows()).toBe(before);

    at('2026-03-11T00:01:00Z');
    expect((await view(PRACTICE)).data?.recordView.counted).toBe(true);
    expect((await view(CALL)).data?.recordView.counted).toBe(true);
    const days: Array<{ day: string; views: number }> = await t.api.dataSource.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, views FROM subject_views_daily WHERE subject_id = $1 ORDER BY day`,
      [PRACTICE],
    );
    expect(days).toEqual([
      { day: '2026-03-10', views: 2 },
      { day: '2026-03-11', views: 1 },
    ]);
  });

  it('refuses an id that names no countable item, with a stable reason, and writes nothing', async () => {
    at('2026-03-12T10:00:00Z');
    const before = await rows();
    const unknown = await view(`practice-${randomUUID()}`);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'INSIGHT.SUBJECT_NOT_FOUND' });
    for (const id of [`organization-${randomUUID()}`, 'practice-1', '', 'x'.repeat(300)]) {
      const refused = await view(id);
      expect({ id, extensions: refused.errors?.[0].extensions }).toMatchObject({
        id,
        extensions: { code: 'BAD_USER_INPUT', fields: { subjectId: expect.any(String) } },
      });
    }
    // a draft is not public: a visitor's view of it is refused like an unknown id
    const drafted = await gql<{ draftPractice: { practice: { id: string } } }>(
      `mutation($input: DraftPracticeInput!) { draftPractice(input: $input) { practice { id } } }`,
      { input: mexicoDraft },
      { token: t.tokens.mx },
    );
    const draft = await view(drafted.data!.draftPractice.practice.id);
    expect(draft.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'INSIGHT.SUBJECT_NOT_FOUND' });
    expect(await rows()).toBe(before);
  });

  it('shows Mexico’s members the views, interest, followers and responses of each of its items; others are refused', async () => {
    at('2026-03-12T12:00:00Z');
    const mx = await dashboard(t.tokens.mx);
    const ofMexico = (items: DashboardItem[], id: string) => items.find((i) => i.subjectId === id)!;
    const practiceBefore = ofMexico(mx.data!.ownerDashboard.items, PRACTICE);
    expect(mx.data!.ownerDashboard.organizationId).toBe(demoOrganizationId('mx'));
    expect(practiceBefore).toMatchObject({ kind: 'PRACTICE', status: 'PUBLISHED', viewsLast30Days: 3, viewsTotal: 3, responses: null });
    expect(ofMexico(mx.data!.ownerDashboard.items, CALL)).toMatchObject({
      kind: 'CALL_FOR_ACTION',
      viewsTotal: 1,
      interest: null,
      responses: expect.any(Number),
    });
    expect(mx.data!.ownerDashboard.items.map((i) => i.kind)).toEqual([...mx.data!.ownerDashboard.items.map((i) => i.kind)].sort((a, b) => order(a) - order(b)));

    // the Philippines follow the practice and say they are interested in replicating it
    await gql(`mutation($input: FollowInput!) { follow(input: $input) { following } }`, { input: { subjectId: PRACTICE } }, { token: t.tokens.ph });
    const interest = await gql(
      `mutation($input: ExpressInterestInPracticeInput!) { expressInterestInPractice(input: $input) { revision } }`,
      { input: { id: PRACTICE } },
      { token: t.tokens.ph },
    );
    expect(interest.errors).toBeUndefined();
    const after = ofMexico((await dashboard(t.tokens.mx, demoOrganizationId('mx'))).data!.ownerDashboard.items, PRACTICE);
    expect(after.followers).toBe(practiceBefore.followers + 1);
    expect(after.interest).toBe(practiceBefore.interest! + 1);

    // 40 days on, the views are past the 30-day window but still in the total
    at('2026-04-21T12:00:00Z');
    expect(ofMexico((await dashboard(t.tokens.mx)).data!.ownerDashboard.items, PRACTICE)).toMatchObject({ viewsLast30Days: 0, viewsTotal: 3 });

    const otherMember = await dashboard(t.tokens.ph, demoOrganizationId('mx'));
    expect(otherMember.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INSIGHT.NOT_A_MEMBER' });
    expect(otherMember.data?.ownerDashboard ?? null).toBeNull();
    const supportUnit = await dashboard(t.tokens['gfmd-support-unit'], demoOrganizationId('mx'));
    expect(supportUnit.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const visitor = await dashboard(undefined, demoOrganizationId('mx'));
    expect(visitor.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    // the Philippines' own dashboard is theirs
    const ph = await dashboard(t.tokens.ph);
    expect(ph.data!.ownerDashboard.items.some((i) => i.subjectId === PRACTICE)).toBe(false);
    expect(ph.data!.ownerDashboard.items.some((i) => i.subjectId === demoPracticeId('ph-migration-profiles'))).toBe(true);
  });

  it('serves the platform figures of the 2011 demo data from the read models, never the event log', async () => {
    const result = await gql<{ platformFigures: Record<string, unknown> }>(
      `{ platformFigures(language: "fr") {
          practicesByRegion { key label points { period value } }
          practicesByTheme { key label points { period value } }
          funnel { stage count }
          projectMetrics { key label points { period value } }
          countriesSharingPractices { country practices } } }`,
      {},
    );
    const figures = result.data!.platformFigures as {
      practicesByRegion: Array<{ key: string; label: string; points: Array<{ period: string; value: number }> }>;
      practicesByTheme: Array<{ key: string; label: string }>;
      funnel: Array<{ stage: string; count: number }>;
      projectMetrics: Array<{ key: string; points: Array<{ value: number }> }>;
      countriesSharingPractices: Array<{ country: string; practices: number }>;
    };
    const americas = figures.practicesByRegion.find((r) => r.key === '019')!;
    expect(americas.label).toBe('Amériques');
    expect(americas.points.reduce((sum, p) => sum + p.value, 0)).toBeGreaterThanOrEqual(1);
    expect(figures.practicesByTheme.length).toBeGreaterThan(0);
    expect(figures.practicesByTheme.length).toBeLessThanOrEqual(6);
    expect(figures.funnel.map((f) => f.stage)).toEqual(['CALLS', 'RESPONSES', 'PROJECTS']);
    expect(figures.funnel.find((f) => f.stage === 'PROJECTS')!.count).toBeGreaterThanOrEqual(1);
    expect(figures.countriesSharingPractices).toContainEqual({ country: 'MEX', practices: 1 });
    const states = await t.api.count(`SELECT count(DISTINCT owner_organization_id) FROM practice_details WHERE status = 'PUBLISHED'`);
    expect(figures.countriesSharingPractices.length).toBeLessThanOrEqual(states);
    const trained = figures.projectMetrics.find((m) => m.key === 'officials trained');
    if (trained) expect(trained.points.at(-1)!.value).toBeGreaterThan(0);
    expect((await gql(`{ platformFigures(language: "de") { funnel { count } } }`, {})).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { language: expect.any(String) },
    });

    // each statement reads read-model tables only
    for (const [name, sql] of Object.entries(PLATFORM_FIGURES_SQL)) {
      const plan: Array<{ 'QUERY PLAN': string }> = await t.api.dataSource.query(`EXPLAIN ${sql}`, name === 'practices' ? [['002', '019']] : []);
      const text = plan.map((p) => p['QUERY PLAN']).join('\n');
      expect({ name, events: /es_events|es_streams/.test(text) }).toEqual({ name, events: false });
    }
  });
});

const order = (kind: string) => ['PRACTICE', 'CALL_FOR_ACTION', 'PROJECT', 'POLICY_TOOL'].indexOf(kind);
