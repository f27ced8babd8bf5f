import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import Redis from 'ioredis';
import { RedisThrottlerStorage } from './redis-throttler-storage';
import { freePort } from '@pfp/testing';

// A real Redis when the machine has one (the scale bench uses it too); CI without redis-server skips.
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
const maybe = hasRedis ? describe : describe.skip;

maybe('RedisThrottlerStorage (a real redis-server)', () => {
  let redis: ChildProcess;
  let url: string;
  const stores: RedisThrottlerStorage[] = [];
  beforeAll(async () => {
    const port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    url = `redis://127.0.0.1:${port}`;
    const probe = new Redis(url, { retryStrategy: (times) => (times > 50 ? null : 50) });
    await probe.ping();
    probe.disconnect();
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    redis?.kill();
  });
  const store = async (): Promise<RedisThrottlerStorage> => {
    const made = await new RedisThrottlerStorage(url, `spec-${Math.random()}:`).ready();
    stores.push(made);
    return made;
  };

  it('counts across processes (two storages, one Redis) and blocks past the limit for the block duration', async () => {
    const prefix = `spec-shared-${Date.now()}:`;
    const one = await new RedisThrottlerStorage(url, prefix).ready();
    const two = await new RedisThrottlerStorage(url, prefix).ready();
    stores.push(one, two);
    const hits = [];
    for (let i = 0; i < 3; i++) hits.push(await (i % 2 ? two : one).increment('k', 60_000, 2, 30_000, 'signIn'));
    expect(hits.map((hit) => hit.isBlocked)).toEqual([false, false, true]);
    expect(hits[2].timeToBlockExpire).toBeGreaterThan(25);
    expect(hits[2].timeToBlockExpire).toBeLessThanOrEqual(30);
    const still = await two.increment('k', 60_000, 2, 30_000, 'signIn');
    expect(still).toMatchObject({ isBlocked: true });
    // Other keys and other throttlers count on their own.
    expect(await one.increment('other', 60_000, 2, 30_000, 'signIn')).toMatchObject({ totalHits: 1, isBlocked: false });
    expect(await one.increment('k', 60_000, 2, 30_000, 'writes')).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('starts afresh once the block has passed', async () => {
    const s = await store();
    await s.increment('k', 1_000, 1, 200, 'requests');
    expect(await s.increment('k', 1_000, 1, 200, 'requests')).toMatchObject({ isBlocked: true });
    const deadline = Date.now() + 5_000;
    let after = await s.increment('k', 1_000, 1, 200, 'requests');
    while (after.isBlocked && Date.now() < deadline) after = await s.increment('k', 1_000, 1, 200, 'requests');
    expect(after).toMatchObject({ isBlocked: false, totalHits: 1 });
  });

  it('counts in memory while Redis cannot be reached, so limits stay on', async () => {
    const away = await new RedisThrottlerStorage('redis://127.0.0.1:1').ready(200);
    stores.push(away);
    await away.increment('k', 60_000, 1, 60_000, 'signIn');
    expect(await away.increment('k', 60_000, 1, 60_000, 'signIn')).toMatchObject({ isBlocked: true });
  });
});
