// npm run bench:webhooks [-- --endpoints 100 --rounds 10]: N registered endpoints (real receivers on
// 127.0.0.1) of one organisation; the time from postProjectUpdate's answer to each receiver's arrival, p50/p95/max.
import { startTestApi } from '../../authorization/harness';
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

async function main(): Promise<void> {
  const api = await startTestApi({ ...useWebhookEnv(), LOG_LEVEL: 'error' });
  const receivers: Receiver[] = [];
  try {
    const mx = await api.signInAsDemo('mx');
    const projectId = await launchProject(api, mx, { title: 'Bench project' });
    for (let i = 0; i < ENDPOINTS; i++) {
      const r = await startReceiver();
      receivers.push(r);
      await registerWebhook(api, mx, r.url, { subjects: [projectId], eventTypes: ['ProjectUpdatePosted'] });
    }
    const latencies: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      await postUpdate(api, mx, projectId, `Round ${round}.`);
      const answered = performance.now();
      const arrivals = await Promise.all(receivers.map(async (r) => (await r.waitFor(round, 30_000))[round - 1].at));
      latencies.push(...arrivals.map((at) => at - answered));
    }
    latencies.sort((a, b) => a - b);
    const row = {
      endpoints: ENDPOINTS,
      rounds: ROUNDS,
      deliveries: latencies.length,
      p50_ms: percentile(latencies, 50),
      p95_ms: percentile(latencies, 95),
      max_ms: latencies[latencies.length - 1],
    };
    console.log(JSON.stringify(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Math.round(v * 10) / 10]))));
  } finally {
    await Promise.all(receivers.map((r) => r.close()));
    await api.close();
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
