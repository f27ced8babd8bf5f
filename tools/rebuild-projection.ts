// npm run projections:rebuild -- <projection name> [--keep-old] [--batch=10000]
// Rebuilds one projection from position 0 into fresh tables while the live ones keep serving,
// then switches atomically (see rebuildProjection). Needs DATABASE_URL (and EVENT_STORE /
// KURRENTDB_URL like the API). With no name, lists the projections that can be rebuilt.
// On a terminal, a progress bar; piped (CI, logs), a plain line every few seconds.
import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SingleBar } from 'cli-progress';
import { DataSource } from 'typeorm';
import { loadConfig } from '@pfp/config';
import type { EventStore } from '@pfp/event-store';
import { DEFAULT_REBUILD_BATCH, EVENT_STORE, Projections, rebuildProjection, type RebuildProgress } from '@pfp/event-sourcing';
import { PROJECTOR_FEATURES } from '../apps/projector/src/projector';
import { ProjectorModule } from '../apps/projector/src/projector.module';

const WINDOW_MS = 10_000;
const PLAIN_EVERY_MS = 2_000;
const n = (value: number) => Math.round(value).toLocaleString('en-US');

function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60
    ? `${s} s`
    : s < 3600
      ? `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`
      : `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/** Rates over the last WINDOW_MS (what the rebuild does now), and the time left at that rate. */
class Rates {
  private readonly samples: Array<{ t: number; events: number; rows: number }> = [];
  constructor(private readonly started: number) {}
  add(p: RebuildProgress): void {
    const t = Date.now();
    this.samples.push({ t, events: p.events, rows: p.rows });
    while (this.samples.length > 2 && t - this.samples[1].t >= WINDOW_MS) this.samples.shift();
  }
  now(): { events: number; rows: number } {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    const dt = last && first && last.t > first.t ? (last.t - first.t) / 1000 : 0;
    return dt > 0 ? { events: (last.events - first.events) / dt, rows: (last.rows - first.rows) / dt } : { events: 0, rows: 0 };
  }
  average(p: RebuildProgress): number {
    return p.events / Math.max(0.001, (Date.now() - this.started) / 1000);
  }
  left(p: RebuildProgress): string {
    const rate = this.now().events;
    if (p.total === null || rate <= 0) return '?';
    return duration(((p.total - p.events) / rate) * 1000);
  }
}

function describe(name: string, p: RebuildProgress, rates: Rates): string {
  const position = `log position ${p.position.commit}/${p.position.prepare}`;
  if (p.phase === 'loading') {
    const now = rates.now();
    const of = p.total === null ? '' : ` of ${n(p.total)}`;
    // a bulk load has read the log when it writes: what it is doing, not a time left from a rate of events that no longer moves
    const doing = p.detail ? p.detail : `${rates.left(p)} left`;
    return `${name} loading: ${n(p.events)}${of} events -> ${n(p.rows)} rows | ${n(now.events)} events/s, ${n(now.rows)} rows/s now (${n(rates.average(p))} events/s average) | ${doing} | ${position}`;
  }
  if (p.phase === 'done') return `${name} done: ${n(p.events)} events -> ${n(p.rows)} rows | ${position}`;
  return `${name} ${p.phase}: ${p.detail ?? ''} | ${n(p.events)} events -> ${n(p.rows)} rows`;
}

/**
 * Warnings and errors on stderr, coloured only on a terminal: stdout carries the progress alone, so a piped
 * log (CI's, an operator's `| tee`) holds plain lines. Nest's default writes warnings to stdout in colour.
 */
class DiagnosticsLogger extends ConsoleLogger {
  constructor() {
    super({ logLevels: ['error', 'warn'] satisfies LogLevel[], colors: process.stderr.isTTY === true });
  }
  protected override printMessages(
    messages: unknown[],
    context?: string,
    logLevel?: LogLevel,
    _stream?: 'stdout' | 'stderr',
    errorStack?: unknown,
    params?: Record<string, unknown>,
  ): void {
    super.printMessages(messages, context, logLevel, 'stderr', errorStack, params);
  }
}

/** A bar on a terminal; plain lines at intervals (and at each change of phase) when piped. */
function progressDisplay(name: string, started: number) {
  const rates = new Rates(started);
  const tty = process.stdout.isTTY === true;
  let last: RebuildProgress | null = null;
  let printedAt = 0;
  const bar = tty
    ? new SingleBar({
        format: (options, params, payload: { line: string }) => {
          const size = options.barsize ?? 30;
          const filled = Math.round(params.progress * size);
          return `[${'#'.repeat(filled)}${'-'.repeat(size - filled)}] ${Math.floor(params.progress * 100)}% ${payload.line}`;
        },
        hideCursor: true,
        stream: process.stdout,
        barsize: 24,
      })
    : null;
  return {
    start() {
      bar?.start(1, 0, { line: `${name}: starting` });
    },
    update(p: RebuildProgress) {
      const phaseChanged = last?.phase !== p.phase || (p.phase !== 'loading' && last?.detail !== p.detail);
      last = p;
      rates.add(p);
      const line = describe(name, p, rates);
      if (bar) {
        bar.setTotal(Math.max(1, p.total ?? p.events));
        bar.update(p.phase === 'done' ? bar.getTotal() : p.events, { line });
      } else if (phaseChanged || Date.now() - printedAt >= PLAIN_EVERY_MS) {
        printedAt = Date.now();
        process.stdout.write(`${line}\n`);
      }
    },
    stop() {
      bar?.stop();
    },
  };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const name = args.find((a) => !a.startsWith('--'));
  const keepOld = args.includes('--keep-old');
  const batchSize = Number(args.find((a) => a.startsWith('--batch='))?.slice(8) ?? DEFAULT_REBUILD_BATCH);
  const config = loadConfig({ LOG_LEVEL: 'warn', ...process.env });
  if (!config.databaseUrl) {
    process.stderr.write('DATABASE_URL is required: the rebuild runs against the PostgreSQL the API and projector use.\n');
    return 2;
  }
  const app = await NestFactory.createApplicationContext(
    ProjectorModule.forRoot({ ...config, databaseUrl: config.databaseUrl }, PROJECTOR_FEATURES, { runConsumers: false }),
    { logger: new DiagnosticsLogger() },
  );
  try {
    const projections = app.get(Projections, { strict: false });
    const all = projections.list();
    const projection = all.find((p) => p.name === name);
    if (!projection) {
      process.stderr.write(
        `${name ? `No projection named "${name}". ` : ''}Projections: ${all.map((p) => `${p.name}${p.tables?.length ? '' : ' (declares no tables)'}`).join(', ') || 'none'}\n`,
      );
      return name ? 1 : 0;
    }
    const dataSource = app.get(DataSource);
    const store = app.get<EventStore>(EVENT_STORE, { strict: false });
    const started = Date.now();
    let total: number | null = null;
    if (config.eventStore === 'postgres') {
      process.stdout.write(`${projection.name} counting: the events in the log, for the progress and the time left...\n`);
      // the rebuild reads only the projection's event types when it names them
      const [{ n: count }] = projection.types
        ? await dataSource.query(`SELECT count(*)::bigint AS n FROM es_events WHERE event_type = ANY($1)`, [projection.types])
        : await dataSource.query(`SELECT count(*)::bigint AS n FROM es_events`);
      total = Number(count);
      process.stdout.write(`${projection.name} counting: ${n(total)} events in the log (${duration(Date.now() - started)})\n`);
    }
    const display = progressDisplay(projection.name, Date.now());
    const notes: string[] = [];
    display.start();
    const result = await rebuildProjection({
      dataSource,
      store,
      projection,
      batchSize,
      total,
      keepOld,
      onProgress: (p) => display.update(p),
      log: (message) => notes.push(message),
    });
    display.stop();
    for (const note of notes) process.stdout.write(`  ${note}\n`);
    const { load, indexes, switch: switching } = result.timings;
    process.stdout.write(
      `${projection.name}: rebuilt from ${result.events} events into ${result.rows} rows in ${((Date.now() - started) / 1000).toFixed(1)} s` +
        ` (load ${(load / 1000).toFixed(1)} s, indexes ${(indexes / 1000).toFixed(1)} s, switch ${(switching / 1000).toFixed(1)} s)` +
        ` and switched at ${result.position.commit}/${result.position.prepare} (${result.appliedAtSwitch} applied during the switch)${result.retiredSchema ? `; old tables kept in schema ${result.retiredSchema}` : ''}\n`,
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
