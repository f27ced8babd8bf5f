import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import Redis from 'ioredis';
import { startTestApi, type TestApi } from '../authorization/harness';
import { freePort } from '@pfp/testing';

// Needs a redis-server on the machine (as the scale bench does); skipped where there is none.
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
const maybe = hasRedis ? describe : describe.skip;

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;

maybe('two API processes with one REDIS_URL share their rate limits (real HTTP)', () => {
  let redis: ChildProcess;
  let one: TestApi;
  let two: TestApi;
  beforeAll(async () => {
    const port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const url = `redis://127.0.0.1:${port}`;
    const probe = new Redis(url, { retryStrategy: (times) => (times > 50 ? null : 50) });
    await probe.ping();
    probe.disconnect();
    const env = { REDIS_URL: url, RATE_LIMIT_SIGN_IN: '4/15m' };
    [one, two] = await Promise.all([startTestApi(env), startTestApi(env)]);
  });
  afterAll(async () => {
    await Promise.all([one?.close(), two?.close()]);
    redis?.kill();
  });

  it('counts sign-in attempts for an e-mail address across both: the fifth is refused wherever it lands', async () => {
    const reasons: unknown[] = [];
    for (let i = 0; i < 6; i++) {
      const api = i % 2 ? two : one;
      const result = await api.gql(SIGN_IN, { input: { email: 'shared-counter@example.org', password: `guess ${i}` } });
      reasons.push(result.errors?.[0].extensions.reason);
    }
    expect(reasons).toEqual([...Array(4).fill('AUTH.INVALID_CREDENTIALS'), 'RATE_LIMIT.SIGN_IN', 'RATE_LIMIT.SIGN_IN']);
  });
});
