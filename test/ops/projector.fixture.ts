// A real projector process for the takeover test: the app's features plus `ops-tally`, a
// projection that records which process handled each event. Run with tools/register.cjs:
//   node -r ./tools/register.cjs test/ops/projector.fixture.ts <database url>
import { Module, OnModuleInit } from '@nestjs/common';
import { loadConfig } from '@pfp/config';
import { Projections } from '@pfp/event-sourcing';
import { gracefulShutdown } from '@pfp/observability';
import { PROJECTOR_FEATURES, startProjector } from '../../apps/projector/src/projector';

@Module({})
class TallyModule implements OnModuleInit {
  constructor(private readonly projections: Projections) {}
  onModuleInit(): void {
    this.projections.register({
      name: 'ops-tally',
      tables: ['ops_tally'],
      async handle(events, manager) {
        for (const e of events) {
          await manager.query(`INSERT INTO ops_tally (event_id, handled_by) VALUES ($1, $2)`, [e.id, process.pid]);
        }
      },
    });
  }
}

async function main(): Promise<void> {
  const [url] = process.argv.slice(2);
  const config = {
    ...loadConfig({ ...process.env, NODE_ENV: 'test', DEMO: 'false', SESSION_SECRET: 'test-session-secret-0123456789abcdef' }),
    databaseUrl: url,
    port: 0,
  };
  const { app, port } = await startProjector(config, [...PROJECTOR_FEATURES, { module: TallyModule }]);
  process.stdout.write(`listening ${port}\n`);
  process.on('SIGTERM', () => void gracefulShutdown(app, 'SIGTERM').then(() => process.exit(0)));
}

void main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
