// A real projector process for the kill test (it runs the webhook worker with the projections):
//   node -r ./tools/register.cjs test/webhooks/worker.fixture.ts <database url>
// The webhook settings come from its environment.
import { loadConfig } from '@pfp/config';
import { startProjector } from '../../apps/projector/src/projector';

async function main(): Promise<void> {
  const [url] = process.argv.slice(2);
  const config = {
    ...loadConfig({ ...process.env, NODE_ENV: 'test', DEMO: 'false', SESSION_SECRET: 'test-session-secret-0123456789abcdef' }),
    databaseUrl: url,
    port: 0,
  };
  const { port } = await startProjector(config);
  process.stdout.write(`listening ${port}\n`);
}

void main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
