import { CLOCK, type Clock } from '@pfp/event-sourcing';
import { Digests } from '@pfp/follows';
import { QuietProjectReminders } from '@pfp/partnership-projects';
import { useTestApi, type TestApi } from '../authorization/harness';
import { launchProject, mutate, mutateRaw, org } from '../partnerships/partnership-api';

/*
 * Issue 18 end to end over HTTP GraphQL, the project half: Mexico's project sets the target
 * "officials trained: 0 -> 5,000 by 2013", reports 3,500 and reads the status the dates say;
 * lists and figures show it; left without updates, its lead and partner receive the reminder
 * (feed and daily digest) once. The clock the API runs on is set here (CLOCK), so the story
 * takes place in 2011-2013.
 */

const TARGETS = `targetStatus quietReminderSentAt inactive targets { id indicator unit baseline targetValue targetDate serves current status readings { value at } }`;
interface Target {
  id: string;
  current: number | null;
  status: string;
  readings: Array<{ value: number; at: string }>;
}
interface ProjectView {
  targetStatus: string;
  quietReminderSentAt: string | null;
  inactive: boolean;
  targets: Target[];
}

const TRAINED = {
  targetId: 'officials-trained',
  indicator: 'officials trained',
  unit: 'officials',
  baseline: 0,
  targetValue: 5000,
  targetDate: '2013-12-31',
  serves: 'gcm-7',
};

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('project targets, their status and the reminder of a quiet project (issue 18)', () => {
  const t = useTestApi(['mx', 'iom']);
  let clock: Clock;
  let systemNow: Clock['now'];
  let projectId: string;
  const at = (iso: string) => (clock.now = () => new Date(iso));
  const read = async (api: TestApi, token: string | null = null): Promise<ProjectView> => {
    const result = await api.gql<{ partnershipProject: ProjectView }>(`query($id: ID!) { partnershipProject(id: $id) { ${TARGETS} } }`, { id: projectId }, { token });
    if (!result.data?.partnershipProject) throw new Error(JSON.stringify(result.errors));
    return result.data.partnershipProject;
  };

  beforeAll(() => {
    clock = t.api.app.get<symbol, Clock>(CLOCK);
    systemNow = clock.now;
  });
  afterAll(() => {
    if (clock) clock.now = systemNow;
  });

  it('Mexico sets "officials trained: 0 -> 5,000 by 2013"; a serves outside the GCM objectives and SDG targets is refused by field, nothing written', async () => {
    const { api, tokens } = t;
    at('2011-06-01T09:00:00.000Z');
    projectId = await launchProject(api, tokens.mx, {
      title: 'Training of officials on the rights of migrant children',
      startsOn: '2011-06-01',
      partners: [{ organizationId: org('iom'), role: 'PARTNER' }],
    });
    const events = `SELECT count(*) FROM es_events WHERE stream_name = '${projectId}'`;
    const before = await api.count(events);
    for (const serves of ['protection', 'gcm-24', 'sdg-99.9']) {
      const refused = await mutateRaw(api, tokens.mx, 'setProjectTarget', 'SetProjectTargetInput', { projectId, ...TRAINED, serves });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { serves: expect.any(String) } });
    }
    const sameAsBaseline = await mutateRaw(api, tokens.mx, 'setProjectTarget', 'SetProjectTargetInput', { projectId, ...TRAINED, targetValue: 0 });
    expect(sameAsBaseline.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { targetValue: expect.any(String) } });
    const byPartner = await mutateRaw(api, tokens.iom, 'setProjectTarget', 'SetProjectTargetInput', { projectId, ...TRAINED });
    expect(byPartner.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PROJECT.NOT_LEAD' });
    expect(await api.count(events)).toBe(before);

    await mutate(api, tokens.mx, 'setProjectTarget', 'SetProjectTargetInput', { projectId, ...TRAINED }, 'revision');
    const view = await read(api);
    expect(view.targets).toEqual([
      {
        id: 'officials-trained',
        indicator: 'officials trained',
        unit: 'officials',
        baseline: 0,
        targetValue: 5000,
        targetDate: '2013-12-31',
        serves: 'gcm-7',
        current: null,
        status: 'ON_TRACK',
        readings: [],
      },
    ]);
    expect(view.targetStatus).toBe('ON_TRACK');
  });

  it('IOM reports 3,500 in June 2012: on track, as the dates say (70% reached, 39% of the time gone since the start, 2011-06-01); in November 2013 (94% gone) the same 3,500 is at risk, after the date off track', async () => {
    const { api, tokens } = t;
    at('2012-06-01T09:00:00.000Z');
    const unknown = await mutateRaw(api, tokens.iom, 'postProjectUpdate', 'PostProjectUpdateInput', {
      projectId,
      text: 'Yearly report.',
      progress: [{ targetId: 'courses', value: 3 }],
    });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'progress.0.targetId': expect.any(String) } });
    await mutate(
      api,
      tokens.iom,
      'postProjectUpdate',
      'PostProjectUpdateInput',
      { projectId, text: 'Yearly report: 3,500 officials trained in Mexico and Central America.', progress: [{ targetId: 'officials-trained', value: 3500 }] },
      'revision',
    );
    const june = await read(api);
    expect(june.targets[0]).toMatchObject({ current: 3500, status: 'ON_TRACK', readings: [{ value: 3500, at: '2012-06-01T09:00:00.000Z' }] });
    expect(june.targetStatus).toBe('ON_TRACK');

    at('2013-11-01T09:00:00.000Z');
    const november = await read(api);
    expect(november.targets[0].status).toBe('AT_RISK');
    expect(november.targetStatus).toBe('AT_RISK');
    at('2014-01-02T09:00:00.000Z');
    expect((await read(api)).targets[0].status).toBe('OFF_TRACK');
  });

  it('the projects list filters by that status and the platform figures count it', async () => {
    const { api } = t;
    at('2013-11-01T09:00:00.000Z');
    const list = async (targetStatus: string) =>
      (
        await api.gql<{ partnershipProjects: { totalCount: number; edges: Array<{ node: { id: string; targetStatus: string } }> } }>(
          `query($filter: PartnershipProjectsFilter) { partnershipProjects(first: 50, filter: $filter) { totalCount edges { node { id targetStatus } } } }`,
          { filter: { targetStatus } },
        )
      ).data!.partnershipProjects;
    const atRisk = await list('AT_RISK');
    expect(atRisk.edges.map((e) => e.node.id)).toContain(projectId);
    expect(atRisk.edges.every((e) => e.node.targetStatus === 'AT_RISK')).toBe(true);
    expect(atRisk.totalCount).toBe(atRisk.edges.length);
    expect((await list('ON_TRACK')).edges.map((e) => e.node.id)).not.toContain(projectId);
    const without = await list('NO_TARGETS');
    expect(without.totalCount).toBeGreaterThanOrEqual(3);
    expect(without.edges.every((e) => e.node.targetStatus === 'NO_TARGETS')).toBe(true);
    const bad = await api.gql(`query($filter: PartnershipProjectsFilter) { partnershipProjects(filter: $filter) { totalCount } }`, { filter: { targetStatus: 'SOMEDAY' } });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const stats = await api.gql<{ platformStats: { projectsByTargetStatus: Array<{ status: string; count: number }> } }>(
      `{ platformStats { projectsByTargetStatus { status count } } }`,
    );
    const counts = Object.fromEntries(stats.data!.platformStats.projectsByTargetStatus.map((c) => [c.status, c.count]));
    expect(Object.keys(counts).sort()).toEqual(['AT_RISK', 'MET', 'NO_TARGETS', 'OFF_TRACK', 'ON_TRACK']);
    expect(counts.AT_RISK).toBeGreaterThanOrEqual(1);
  });

  it('left without updates for 11 months, the lead and the partner are reminded in their feeds and their digests, once per quiet spell', async () => {
    const { api, tokens } = t;
    const reminders = api.app.get(QuietProjectReminders);
    const reminded = `SELECT count(*) FROM es_events WHERE stream_name = '${projectId}' AND event_type = 'ProjectQuietReminderSent'`;
    // the update of 2012-06-01 09:00 is 11 months (334 days) old on 2013-05-01 09:00
    at('2013-04-30T09:00:00.000Z');
    await reminders.remindDue();
    expect(await api.count(reminded)).toBe(0);
    at('2013-05-01T09:00:00.000Z');
    expect(await reminders.remindDue()).toBeGreaterThanOrEqual(1);
    expect(await api.count(reminded)).toBe(1);
    const view = await read(api);
    expect(view).toMatchObject({ quietReminderSentAt: '2013-05-01T09:00:00.000Z', inactive: false });

    // neither account follows the project: the reminder is addressed to their organisations
    const feedOf = async (token: string) =>
      (
        await api.gql<{ feed: { edges: Array<{ node: { subjectId: string; type: string; text: string } }> } }>(
          `{ feed(first: 50) { edges { node { subjectId type text } } } }`,
          {},
          { token },
        )
      ).data!.feed.edges.map((e) => e.node);
    const reminderOf = (items: Array<{ subjectId: string; type: string }>) => items.filter((i) => i.subjectId === projectId && i.type === 'ProjectQuietReminderSent');
    for (const token of [tokens.mx, tokens.iom]) {
      const items = reminderOf(await eventually(() => feedOf(token), (f) => reminderOf(f).length > 0));
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ text: expect.stringContaining('No update since 2012-06-01: post one before 2013-06-01') });
    }

    // once per quiet spell: later runs, and a second process, append nothing
    at('2013-05-20T09:00:00.000Z');
    await Promise.all([reminders.remindDue(), reminders.remindDue()]);
    expect(await api.count(reminded)).toBe(1);

    expect(await api.app.get(Digests).send('DAILY')).toBeGreaterThanOrEqual(2);
    for (const to of ['mx@demo.pfp.example', 'iom@demo.pfp.example']) {
      const mail = await api.lastMailTo(to);
      expect(mail.text).toContain('Training of officials on the rights of migrant children');
      expect(mail.text).toContain('No update since 2012-06-01');
    }

    // an update ends the spell; the next one is reminded 11 months after it
    await mutate(api, tokens.mx, 'postProjectUpdate', 'PostProjectUpdateInput', { projectId, text: 'Two more courses.', progress: [{ targetId: 'officials-trained', value: 4200 }] }, 'revision');
    expect((await read(api)).quietReminderSentAt).toBeNull();
    at('2014-04-19T09:00:00.000Z');
    await reminders.remindDue();
    expect(await api.count(reminded)).toBe(2);
  });
});
