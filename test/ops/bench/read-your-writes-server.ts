// The API for bench:ryw, in a process of its own: the configuration from its environment (as
// main.ts), plus each command's wait for its read models, timed by AppendTimings. Prints
// {"url": ...} once listening; on each line "stats" on stdin prints {"waits": [ms...], "appends":
// [ms...], "requests": [ms...], "cpuMs": n} since the last one (the commands' waits and appends, each POST's time here, CPU time used); stops on SIGTERM.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createInterface } from 'node:readline';
import { loadConfig } from '@pfp/config';
import { AppendTimings } from '@pfp/event-sourcing';
import { startApp } from '../../../apps/api/src/create-app';

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

async function main(): Promise<void> {
  const { app, url } = await startApp(loadConfig());
  let waits: number[] = [];
  let appends: number[] = [];
  // each POST's time in this process, from its request to its answer's last byte (the rest of a latency is the client and the network)
  let requests: number[] = [];
  // this process's CPU time (user + system) since the last stats: what a mutation costs here, whatever else loads the machine
  let cpu = process.cpuUsage();
  (app.getHttpServer() as Server).on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST') return;
    const started = process.hrtime.bigint();
    res.once('finish', () => requests.push(Number(process.hrtime.bigint() - started) / 1e6));
  });
  const timings = app.get(AppendTimings, { strict: false });
  timings.listenWaits((seconds) => waits.push(seconds * 1000));
  timings.listen((seconds) => appends.push(seconds * 1000));
  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.trim() !== 'stats') return;
    process.stdout.write(`${JSON.stringify({ waits, appends, requests, cpuMs: cpuMs(process.cpuUsage(cpu)) })}\n`);
    waits = [];
    appends = [];
    requests = [];
    cpu = process.cpuUsage();
  });
  process.stdout.write(`${JSON.stringify({ url })}\n`);
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
