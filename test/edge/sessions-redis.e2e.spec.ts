import type { INestApplication } from '@nestjs/common';
import { DEMO_PASSWORD, demoAccountEmail } from '@pfp/identity/testing';
import { startApp } from '../../apps/api/src/create-app';
import { features, startTestApi, type TestApi } from '../authorization/harness';
import { liveFeed, signInForCookie, siteOrigin, socket, type Socket } from './sessions-sockets';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Several API processes share Redis: the "session ended" notice reaches the one that holds the socket. */
describe('a session ended through one API process closes its sockets on another (Redis)', () => {
  let first: TestApi;
  let second: { app: INestApplication; url: string };
  const sockets: Socket[] = [];

  beforeAll(async () => {
    first = await startTestApi({ REDIS_URL });
    second = await startApp({ ...first.config, port: 0 }, features());
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.client.dispose()));
    await second?.app.close();
    await first?.close();
  });

  it('signOut on the first process closes the feed socket held by the second within 1 s', async () => {
    const mx = await first.signInAsDemo('mx');
    const cookie = await signInForCookie(first, demoAccountEmail('iom'), DEMO_PASSWORD);
    const sock = socket(second.url, { cookie, origin: siteOrigin(second.url) });
    sockets.push(sock);
    await liveFeed(first, mx, { cookie }, sock);
    const started = performance.now();
    await first.gql(`mutation { signOut { signedOut } }`, {}, { cookie });
    const closed = await sock.closedWithin(1000);
    expect(closed.at - started).toBeLessThan(1000);
    expect(closed.code).toBe(4401);
  });
});
