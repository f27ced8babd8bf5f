import { Digests } from '@pfp/follows';
import type { Client } from 'graphql-ws';
import { startTestApi, type TestApi } from '../authorization/harness';
import { CALL, PROJECT, launchProject, mutate, org, postCall, postUpdate, respond, settle, subscribe, wsClient } from './partnership-api';

const STATS = `{ platformStats { callsForAction callsConvertedToProjects activeProjects updatesLast30Days } }`;

describe('the 2011 story over GraphQL and graphql-ws', () => {
  let api: TestApi;
  const clients: Client[] = [];

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await api?.close();
  });

  it('from the call to IOM hearing of 3,500 officials trained: live, in its feed and in its daily digest', async () => {
    const [mx, hn, gt, dr, iom] = await Promise.all(['mx', 'hn', 'gt', 'do', 'iom'].map((id) => api.signInAsDemo(id)));
    const statsBefore = (await api.gql<{ platformStats: Record<string, number> }>(STATS)).data!.platformStats;

    const callId = await postCall(api, mx);
    const mexicoClient = wsClient(api.url, mx);
    clients.push(mexicoClient);
    const callLive = subscribe<{ callForActionUpdated: { type: string; callForAction: { responses: Array<{ organizationId: string }> } } }>(
      mexicoClient,
      `subscription($id: ID!) { callForActionUpdated(callId: $id) { type revision callForAction { id status responses { organizationId status } } } }`,
      { id: callId },
    );
    await settle();
    for (const token of [hn, gt, dr]) await respond(api, token, callId);
    const heard = await callLive.next(2000);
    expect(heard.data.callForActionUpdated.type).toBe('CallForActionResponded');
    expect(heard.data.callForActionUpdated.callForAction.responses[0].organizationId).toBe(org('hn'));
    for (const id of ['hn', 'gt', 'do']) {
      await mutate(api, mx, 'acceptResponse', 'AcceptResponseInput', { callId, organizationId: org(id) }, CALL);
    }
    const launched = await mutate<{ partnershipProject: { id: string; partners: Array<{ organizationId: string; role: string }> } }>(
      api,
      mx,
      'launchPartnershipProject',
      'LaunchPartnershipProjectInput',
      { title: 'Protection of unaccompanied migrant children', fromCallId: callId, countries: ['MEX', 'HND', 'GTM', 'DOM'] },
      PROJECT,
    );
    const projectId = launched.partnershipProject.id;
    expect(launched.partnershipProject.partners).toEqual([
      { organizationId: org('mx'), role: 'LEAD' },
      ...['hn', 'gt', 'do'].map((id) => ({ organizationId: org(id), role: 'PARTNER' })),
    ]);
    const call = await api.gql<{ callForAction: { status: string; projectId: string } }>(`query($id: ID!) { callForAction(id: $id) { status projectId } }`, {
      id: callId,
    });
    expect(call.data!.callForAction).toEqual({ status: 'CONVERTED', projectId });

    await mutate(api, iom, 'follow', 'FollowInput', { subjectId: projectId }, 'subjectId following revision');

    const client = wsClient(api.url, iom);
    clients.push(client);
    const live = subscribe<{ projectUpdated: { type: string; update: { text: string; metrics: Array<{ indicator: string; value: number }> } } }>(
      client,
      `subscription($id: ID!) { projectUpdated(projectId: $id) { type revision update { text metrics { indicator value } } partnershipProject { id } } }`,
      { id: projectId },
    );
    const feedLive = subscribe<{ feed: { subjectId: string; text: string } }>(client, `subscription { feed { subjectId text type } }`);
    await settle();

    const text = '3,500 officials trained in Mexico, Honduras, Guatemala and the Dominican Republic.';
    await mutate(
      api,
      mx,
      'postProjectUpdate',
      'PostProjectUpdateInput',
      { projectId, text, metrics: [{ indicator: 'officials trained', value: 3500 }] },
      PROJECT,
    );
    const returned = performance.now();
    const message = await live.next(2000);
    expect(message.data.projectUpdated.type).toBe('ProjectUpdatePosted');
    expect(message.data.projectUpdated.update).toEqual({ text, metrics: [{ indicator: 'officials trained', value: 3500 }] });
    expect(message.at - returned).toBeLessThan(1000);
    expect((await feedLive.next(2000)).data.feed).toMatchObject({ subjectId: projectId, text });

    const feed = await api.gql<{
      feed: { unreadCount: number; edges: Array<{ node: { subjectId: string; text: string; metrics: unknown[]; read: boolean } }> };
    }>(`{ feed(first: 10) { unreadCount totalCount edges { node { subjectId subjectTitle text read metrics { indicator value } } } } }`, {}, { token: iom });
    expect(feed.data!.feed.edges[0].node).toMatchObject({
      subjectId: projectId,
      text,
      read: false,
      metrics: [{ indicator: 'officials trained', value: 3500 }],
    });
    expect(feed.data!.feed.unreadCount).toBeGreaterThanOrEqual(1);
    const marked = await mutate<{ unreadCount: number }>(api, iom, 'markFeedRead', 'MarkFeedReadInput', {}, 'unreadCount revision');
    expect(marked.unreadCount).toBe(0);

    expect(await api.app.get(Digests).send('DAILY')).toBeGreaterThanOrEqual(1);
    const digest = await api.lastMailTo('iom@demo.pfp.example');
    expect(digest.text).toContain('Protection of unaccompanied migrant children');
    expect(digest.text).toContain('3,500 officials trained');
    expect(digest.text).toContain('officials trained: 3500');

    const stats = (await api.gql<{ platformStats: Record<string, number> }>(STATS)).data!.platformStats;
    expect(stats.callsForAction).toBe(statsBefore.callsForAction + 1);
    expect(stats.callsConvertedToProjects).toBe(statsBefore.callsConvertedToProjects + 1);
    expect(stats.activeProjects).toBe(statsBefore.activeProjects + 1);
    expect(stats.updatesLast30Days).toBe(statsBefore.updatesLast30Days + 1);
  });

  it('mails at the frequency each account chose: none, immediately, daily or weekly', async () => {
    const { readOutbox } = await import('@pfp/mail');
    const [mx, gt] = await Promise.all(['mx', 'gt'].map((id) => api.signInAsDemo(id)));
    const projectId = await launchProject(api, mx, { title: 'Digest preferences' });
    await mutate(api, gt, 'follow', 'FollowInput', { subjectId: projectId }, 'following');
    const mailsToGuatemala = async (): Promise<string[]> => (await readOutbox(api.outbox)).filter((m) => m.to.includes('gt@demo')).map((m) => m.text);
    const digests = api.app.get(Digests);

    expect(await mutate(api, gt, 'setNotificationPreference', 'SetNotificationPreferenceInput', { frequency: 'NONE' }, 'frequency revision')).toMatchObject({
      frequency: 'NONE',
    });
    await postUpdate(api, mx, projectId, 'Nobody is mailed this.');
    await digests.send('DAILY');
    await digests.send('IMMEDIATELY');
    expect(await mailsToGuatemala()).toEqual([]);

    await mutate(api, gt, 'setNotificationPreference', 'SetNotificationPreferenceInput', { frequency: 'IMMEDIATELY' }, 'frequency');
    await postUpdate(api, mx, projectId, 'Mailed at once.');
    await digests.sendDue();
    const mails = await mailsToGuatemala();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain('Mailed at once.');
    expect(mails[0]).not.toContain('Nobody is mailed this.');
    await digests.sendDue();
    expect(await mailsToGuatemala()).toHaveLength(1);

    await mutate(api, gt, 'setNotificationPreference', 'SetNotificationPreferenceInput', { frequency: 'WEEKLY' }, 'frequency');
    await postUpdate(api, mx, projectId, 'In the weekly digest.');
    await digests.sendDue();
    expect(await mailsToGuatemala()).toHaveLength(1);
    await digests.send('WEEKLY');
    expect((await mailsToGuatemala())[1]).toContain('In the weekly digest.');
  });

  it('seeds the two calls and three projects of the 2011 report, with their updates', async () => {
    const calls = await api.gql<{ callsForAction: { edges: Array<{ node: { title: string; status: string } }> } }>(
      `{ callsForAction(filter: { status: CONVERTED }) { edges { node { title status } } } }`,
    );
    expect(calls.data!.callsForAction.edges.map((e) => e.node.title)).toEqual(
      expect.arrayContaining([
        'Training on the protection of unaccompanied migrant children',
        'Handbook on engaging diasporas for policymakers in home and host countries',
      ]),
    );
    const projects = await api.gql<{ partnershipProjects: { edges: Array<{ node: { title: string; updates: Array<{ text: string }> } }> } }>(
      `{ partnershipProjects(first: 50) { edges { node { title updates { text } } } } }`,
    );
    const titles = projects.data!.partnershipProjects.edges.map((e) => e.node.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Handbook on engaging diasporas in development',
        'Protection of unaccompanied migrant children',
        'Migration Profiles Repository',
      ]),
    );
  });

  it('serves an Atom feed of a project and one of new practices', async () => {
    const projects = await api.gql<{ partnershipProjects: { edges: Array<{ node: { id: string; title: string } }> } }>(
      `{ partnershipProjects(first: 50) { edges { node { id title } } } }`,
    );
    const handbook = projects.data!.partnershipProjects.edges.find((e) => e.node.title === 'Handbook on engaging diasporas in development')!.node;
    const base = api.url.replace(/\/graphql$/, '');
    const response = await fetch(`${base}/feeds/projects/${handbook.id}.atom`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await response.text();
    expect(xml).toContain('<feed');
    expect(xml).toContain('The handbook is being edited and finalised.');
    expect((await fetch(`${base}/feeds/practices.atom`)).status).toBe(200);
    expect((await fetch(`${base}/feeds/projects/project-00000000-0000-4000-8000-000000000000.atom`)).status).toBe(404);
  });
});
