import type { INestApplication } from '@nestjs/common';
import type { Client } from 'graphql-ws';
import { graphql } from '@pfp/identity/testing';
import { startApp } from '../../apps/api/src/create-app';
import { features, startTestApi, type TestApi } from '../authorization/harness';
import { launchProject, org, postUpdate, settle, subscribe, wsClient } from './partnership-api';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PROJECT_UPDATED = `subscription($id: ID!) { projectUpdated(projectId: $id) { type update { text } partnershipProject { id visibility } } }`;

describe('live delivery: from the log, filtered by what the subscriber may read, across processes through Redis', () => {
  let first: TestApi;
  let second: { app: INestApplication; url: string };
  const clients: Client[] = [];
  const client = (url: string, token: string | null): Client => {
    const c = wsClient(url, token);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    first = await startTestApi({ REDIS_URL });
    // A second API process on the same database: its own Nest app, pools, publisher and port.
    second = await startApp({ ...first.config, port: 0 }, features());
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await second?.app.close();
    await first?.close();
  });

  it('delivers nothing from a project the subscriber may not read, and everything to its partners', async () => {
    const [mx, hn, iom] = await Promise.all(['mx', 'hn', 'iom'].map((id) => first.signInAsDemo(id)));
    const projectId = await launchProject(first, mx, {
      title: 'Confidential',
      visibility: 'PARTNERS',
      partners: [{ organizationId: org('hn'), role: 'PARTNER' }],
    });
    const outsider = subscribe(client(first.url, iom), PROJECT_UPDATED, { id: projectId });
    const visitor = subscribe(client(first.url, null), PROJECT_UPDATED, { id: projectId });
    const partner = subscribe<{ projectUpdated: { update: { text: string } } }>(client(first.url, hn), PROJECT_UPDATED, { id: projectId });
    await settle();
    await postUpdate(first, mx, projectId, 'For partners only.');
    expect((await partner.next(2000)).data.projectUpdated.update.text).toBe('For partners only.');
    await settle(700);
    expect(outsider.messages).toEqual([]);
    expect(visitor.messages).toEqual([]);
    const read = await first.gql<{ partnershipProject: unknown }>(`query($id: ID!) { partnershipProject(id: $id) { id } }`, { id: projectId }, { token: iom });
    expect(read.data!.partnershipProject).toBeNull();
  });

  it('refuses a connection whose bearer token is bad', async () => {
    const bad = subscribe(client(first.url, 'not-a-token'), PROJECT_UPDATED, { id: 'project-00000000-0000-4000-8000-000000000000' });
    await settle(500);
    expect(bad.errors).toEqual([expect.objectContaining({ code: 4403 })]);
  });

  it('brings an update written through the second process to a subscriber of the first', async () => {
    const mx = await first.signInAsDemo('mx');
    const iom = await first.signInAsDemo('iom');
    const projectId = await launchProject(first, mx);
    const live = subscribe<{ projectUpdated: { update: { text: string } } }>(client(first.url, iom), PROJECT_UPDATED, { id: projectId });
    // One publisher holds the lock; a subscriber on each process proves the other one is fed through Redis.
    const onSecond = subscribe<{ projectUpdated: { update: { text: string } } }>(client(second.url, iom), PROJECT_UPDATED, { id: projectId });
    const feed = subscribe<{ feed: { text: string } }>(client(first.url, iom), `subscription { feed { subjectId text } }`);
    await first.gql(`mutation($input: FollowInput!) { follow(input: $input) { following } }`, { input: { subjectId: projectId } }, { token: iom });
    await settle();
    await graphql(
      second.url,
      `
        mutation ($input: PostProjectUpdateInput!) {
          postProjectUpdate(input: $input) {
            revision
          }
        }
      `,
      { input: { projectId, text: 'Written through the second process.' } },
      { token: mx },
    );
    expect((await live.next(3000)).data.projectUpdated.update.text).toBe('Written through the second process.');
    expect((await onSecond.next(3000)).data.projectUpdated.update.text).toBe('Written through the second process.');
    expect((await feed.next(3000)).data.feed.text).toBe('Written through the second process.');
    await settle(300);
    expect(live.messages).toHaveLength(1);
  });
});
