// The API for bench:ryw, in a process of its own: the configuration from its environment (as
// main.ts), plus each command's wait for its read models, timed by AppendTimings. Prints
// {"url": ...} once listening; on each line "stats" on stdin prints {"waits": [ms...], "appends":
// [ms...]} of the commands since the last one (their waits, their appends); stops on SIGTERM.
import { createInterface } from 'node:readline';
import { loadConfig } from '@pfp/config';
import { AppendTimings } from '@pfp/event-sourcing';
import { startApp } from '../../../apps/api/src/create-app';

async function main(): Promise<void> {
  const { app, url } = await startApp(loadConfig());
  let waits: number[] = [];
  let appends: number[] = [];
  const timings = app.get(AppendTimings, { strict: false });
  timings.listenWaits((seconds) => waits.push(seconds * 1000));
  timings.listen((seconds) => appends.push(seconds * 1000));
  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.trim() !== 'stats') return;
    process.stdout.write(`${JSON.stringify({ waits, appends })}\n`);
    waits = [];
    appends = [];
  });
  process.stdout.write(`${JSON.stringify({ url })}\n`);
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
