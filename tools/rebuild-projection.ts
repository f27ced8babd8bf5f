// npm run projections:rebuild -- <projection name> [--keep-old] [--batch=500]
// Rebuilds one projection from position 0 into fresh tables while the live ones keep serving,
// then switches atomically (see rebuildProjection). Needs DATABASE_URL (and EVENT_STORE /
// KURRENTDB_URL like the API). With no name, lists the projections that can be rebuilt.
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SingleBar } from 'cli-progress';
import { DataSource } from 'typeorm';
import { loadConfig } from '@pfp/config';
import type { EventStore } from '@pfp/event-store';
import { EVENT_STORE, Projections, rebuildProjection } from '@pfp/event-sourcing';
import { PROJECTOR_FEATURES } from '../apps/projector/src/projector';
import { ProjectorModule } from '../apps/projector/src/projector.module';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const name = args.find((a) => !a.startsWith('--'));
  const keepOld = args.includes('--keep-old');
  const batchSize = Number(args.find((a) => a.startsWith('--batch='))?.slice(8) ?? 500);
  const config = loadConfig({ LOG_LEVEL: 'warn', ...process.env });
  if (!config.databaseUrl) {
    process.stderr.write('DATABASE_URL is required: the rebuild runs against the PostgreSQL the API and projector use.\n');
    return 2;
  }
  Logger.overrideLogger(['error', 'warn']);
  const app = await NestFactory.createApplicationContext(ProjectorModule.forRoot({ ...config, databaseUrl: config.databaseUrl }, PROJECTOR_FEATURES, { runConsumers: false }), {
    logger: ['error', 'warn'],
  });
  try {
    const projections = app.get(Projections, { strict: false });
    const all = projections.list();
    const projection = all.find((p) => p.name === name);
    if (!projection) {
      process.stderr.write(`${name ? `No projection named "${name}". ` : ''}Projections: ${all.map((p) => `${p.name}${p.tables?.length ? '' : ' (declares no tables)'}`).join(', ') || 'none'}\n`);
      return name ? 1 : 0;
    }
    const dataSource = app.get(DataSource);
    const store = app.get<EventStore>(EVENT_STORE, { strict: false });
    const total = config.eventStore === 'postgres' ? Number((await dataSource.query(`SELECT count(*)::bigint AS n FROM es_events`))[0].n) : null;
    const bar = new SingleBar({
      format: `${projection.name} [{bar}] {value}/{total} events | {rate} events/s | {duration_formatted} elapsed | {eta_formatted} left`,
      etaBuffer: 50,
      hideCursor: true,
      stream: process.stdout,
      // piped (CI, logs): a line every second instead of nothing
      noTTYOutput: true,
      notTTYSchedule: 1000,
    });
    const notes: string[] = [];
    const started = Date.now();
    bar.start(total ?? 0, 0, { rate: 0 });
    const result = await rebuildProjection({
      dataSource,
      store,
      projection,
      batchSize,
      total,
      keepOld,
      onProgress: (done, known) => {
        if (known !== null && known > bar.getTotal()) bar.setTotal(known);
        if (known === null) bar.setTotal(done);
        bar.update(done, { rate: Math.round(done / Math.max(0.001, (Date.now() - started) / 1000)) });
      },
      log: (message) => notes.push(message),
    });
    bar.stop();
    for (const note of notes) process.stdout.write(`  ${note}\n`);
    process.stdout.write(
      `${projection.name}: rebuilt from ${result.events} events in ${((Date.now() - started) / 1000).toFixed(1)} s and switched at ${result.position.commit}/${result.position.prepare}` +
        ` (${result.appliedAtSwitch} applied during the switch)${result.retiredSchema ? `; old tables kept in schema ${result.retiredSchema}` : ''}\n`,
    );
    return 0;
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
