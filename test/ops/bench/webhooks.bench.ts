// npm run bench:webhooks [-- --endpoints 100 --rounds 10]: delivery latency, mutation -> receiver. One API, real
// receivers on 127.0.0.1; a baseline of one endpoint (its own project) and then N endpoints of one organisation on
// another project, measured in the same run. For each postProjectUpdate: from the moment the mutation is sent, and from
// its answer, to each receiver's arrival; p50/p95/max over every delivery.
import { startTestApi, type TestApi } from '../../authorization/harness';
import { launchProject, postUpdate } from '../../partnerships/partnership-api';
import { startReceiver, type Receiver } from '../../webhooks/receiver';
import { registerWebhook, useWebhookEnv } from '../../webhooks/webhook-api';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ENDPOINTS = arg('endpoints', 100);
const ROUNDS = arg('rounds', 10);

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round1 = (n: number) => Math.round(n * 10) / 10;

async function measure(api: TestApi, token: string, endpoints: number, receivers: Receiver[]) {
  const projectId = await launchProject(api, token, { title: `Bench project, ${endpoints} endpoint(s)` });
  const mine: Receiver[] = [];
  for (let i = 0; i < endpoints; i++) {
    const r = await startReceiver();
    receivers.push(r);
    mine.push(r);
    await registerWebhook(api, token, r.url, { subjects: [projectId], eventTypes: ['ProjectUpdatePosted'] });
  }
  const fromSent: number[] = [];
  const fromAnswer: number[] = [];
  const mutation: number[] = [];
  // one warm-up round, not counted (the first delivery opens the worker's connections)
  for (let round = 0; round <= ROUNDS; round++) {
    const sent = performance.now();
    await postUpdate(api, token, projectId, `Round ${round}.`);
    const answered = performance.now();
    const arrivals = await Promise.all(mine.map(async (r) => (await r.waitFor(round + 1, 60_000))[round].at));
    if (round === 0) continue;
    mutation.push(answered - sent);
    fromSent.push(...arrivals.map((at) => at - sent));
    fromAnswer.push(...arrivals.map((at) => at - answered));
  }
  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { p50: round1(percentile(sorted, 50)), p95: round1(percentile(sorted, 95)), max: round1(sorted[sorted.length - 1]) };
  };
  return {
    endpoints,
    rounds: ROUNDS,
    deliveries: fromSent.length,
    mutation_ms: stats(mutation),
    from_sent_ms: stats(fromSent),
    from_answer_ms: stats(fromAnswer),
  };
}

async function main(): Promise<void> {
  const api = await startTestApi({ ...useWebhookEnv(), LOG_LEVEL: 'error' });
  const receivers: Receiver[] = [];
  try {
    const mx = await api.signInAsDemo('mx');
    // baseline first, on its own project: its endpoint gets nothing of the N endpoints' project
    console.log(JSON.stringify({ baseline: true, ...(await measure(api, mx, 1, receivers)) }));
    console.log(JSON.stringify(await measure(api, mx, ENDPOINTS, receivers)));
  } finally {
    await Promise.all(receivers.map((r) => r.close()));
    await api.close();
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
