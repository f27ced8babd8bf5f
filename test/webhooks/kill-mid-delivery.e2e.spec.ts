import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { startTestApi, type TestApi } from '../authorization/harness';
import { launchProject, postUpdate } from '../partnerships/partnership-api';
import { startReceiver, until, verifySignature, type Receiver } from './receiver';
import { deliveries, registerWebhook, useWebhookEnv, WEBHOOK_TEST_ENV } from './webhook-api';

const root = join(__dirname, '..', '..');

/** A projector process (projections and the webhook worker) on the API's database. */
function startWorker(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', './tools/register.cjs', 'test/webhooks/worker.fixture.ts', url], {
    cwd: root,
    env: { ...process.env, ...WEBHOOK_TEST_ENV, WEBHOOK_TIMEOUT_MS: '1000', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (d) => (output += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start:\n${output}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      output += d;
      if (/listening \d+/.test(output)) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('exit', (code) => reject(new Error(`worker exited with ${code}:\n${output}`)));
  });
}

describe('a worker killed mid-delivery', () => {
  let api: TestApi;
  let receiver: Receiver;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    // the API serves GraphQL only; the projector processes run the consumers, the webhook worker among them
    api = await startTestApi({ ...useWebhookEnv(), RUN_CONSUMERS: 'false' });
  });
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await receiver?.close();
    await api?.close();
  });

  it('resends the delivery after a restart rather than lose it', async () => {
    const first = await startWorker(api.config.databaseUrl!);
    children.push(first);
    // the first request is never answered: the worker is killed while it waits
    receiver = await startReceiver((n) => (n === 0 ? 'hang' : 200));
    const [mx, iom] = [await api.signInAsDemo('mx'), await api.signInAsDemo('iom')];
    const projectId = await launchProject(api, mx, { title: 'Diaspora investment' });
    const { id, secret } = await registerWebhook(api, iom, receiver.url, { subjects: [projectId] });
    await postUpdate(api, mx, projectId, 'Sent while the worker dies.');
    const [inFlight] = await receiver.waitFor(1, 20_000);
    first.kill('SIGKILL');
    await once(first, 'exit');
    expect(await deliveries(api, iom, id)).toEqual([expect.objectContaining({ status: 'PENDING', attempts: 0 })]);

    children.push(await startWorker(api.config.databaseUrl!));
    const [, again] = await receiver.waitFor(2, 30_000);
    expect(again.headers['webhook-id']).toBe(inFlight.headers['webhook-id']);
    expect(again.json.data.text).toBe('Sent while the worker dies.');
    expect(verifySignature(secret, again)).toBe(true);
    await until('the log to say delivered', async () => (await deliveries(api, iom, id))[0]?.status === 'DELIVERED', 10_000);
    expect(receiver.arrivals).toHaveLength(2);
  });
});
