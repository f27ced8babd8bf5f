import type { INestApplication } from '@nestjs/common';
import type { Client as WsClient } from 'graphql-ws';
import { Client } from 'pg';
import { graphql } from '@pfp/identity/testing';
import { startApp } from '../../apps/api/src/create-app';
import { features, startTestApi, type TestApi } from '../authorization/harness';
import { launchProject, postUpdate, settle, subscribe, wsClient } from './partnership-api';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PROJECT_UPDATED = `subscription($id: ID!) { projectUpdated(projectId: $id) { type update { text } } }`;

describe('live delivery survives the publishing process dying (Redis, two processes)', () => {
  let first: TestApi;
  let second: { app: INestApplication; url: string };
  let ws: WsClient | null = null;
  let holder: Client | null = null;

  beforeAll(async () => {
    first = await startTestApi({ REDIS_URL }); // boots first, so it holds the publisher lock
    second = await startApp({ ...first.config, port: 0 }, features());
  });
  afterAll(async () => {
    await ws?.dispose();
    await holder?.end();
    await second?.app.close();
    await first?.close();
  });

  it('publishes, after the takeover, what was written while no process was publishing', async () => {
    const mx = await first.signInAsDemo('mx');
    const iom = await first.signInAsDemo('iom');
    const projectId = await launchProject(first, mx);
    ws = wsClient(second.url, iom);
    const live = subscribe<{ projectUpdated: { update: { text: string } } }>(ws, PROJECT_UPDATED, { id: projectId });
    await settle();
    await postUpdate(first, mx, projectId, 'Before the publisher died.');
    expect((await live.next(3000)).data.projectUpdated.update.text).toBe('Before the publisher died.');

    // Queue for the publisher's lock, then stop the process holding it: the lock comes to this
    // test, not to the second process, so the next update is written while nobody publishes.
    holder = new Client({ connectionString: first.config.databaseUrl });
    await holder.connect();
    const queued = holder.query(`SELECT pg_advisory_lock(hashtextextended('pfp:live-publisher', 0))`);
    await settle(200);
    await first.stop();
    await queued;
    const viaSecond: Pick<TestApi, 'gql'> = { gql: (query, variables, credentials) => graphql(second.url, query, variables, credentials) };
    await postUpdate(viaSecond, mx, projectId, 'Written in the gap.');
    await settle(700);
    expect(live.messages).toHaveLength(1);

    await holder.end(); // the lock is free: the second process takes over
    holder = null;
    expect((await live.next(5000)).data.projectUpdated.update.text).toBe('Written in the gap.');
  }, 60_000);
});
