import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Controller, Get, Module } from '@nestjs/common';
import { Client } from 'pg';
import { loadConfig } from '@pfp/config';
import { createTestDatabase } from '@pfp/testing';
import type { EventStore } from '@pfp/event-store';
import { EVENT_STORE, Projections } from '@pfp/event-sourcing';
import { Lifecycle, gracefulShutdown } from '@pfp/observability';
import { startApp } from '../../apps/api/src/create-app';
import { features, startTestApi, type TestApi } from '../authorization/harness';

async function get(url: string): Promise<{ status: number; text: string }> {
  const res = await fetch(url);
  return { status: res.status, text: await res.text() };
}

describe('observability on the real app: /metrics, /health, shutdown', () => {
  let api: TestApi;
  let base: string;
  beforeAll(async () => {
    api = await startTestApi();
    base = api.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await api?.close().catch(() => undefined);
  });

  it('answers liveness and readiness with database, event store and consumer lag', async () => {
    expect((await get(`${base}/health/live`)).status).toBe(200);
    const ready = await get(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    const body = JSON.parse(ready.text);
    expect(body.status).toBe('ok');
    expect(Object.keys(body.info)).toEqual(expect.arrayContaining(['database', 'eventStore', 'consumers']));
  });

  it('exposes request latency, GraphQL operations and errors, append latency and consumer lag', async () => {
    await api.gql('query Viewer { viewer { __typename } }');
    await api.gql('query Broken { noSuchField }');
    const store = api.app.get<EventStore>(EVENT_STORE, { strict: false });
    const written = await store.appendToStream(`ops-${Date.now()}`, [{ type: 'Pinged', data: {} }]);
    await api.app.get(Projections, { strict: false }).waitFor(written.position);
    const { status, text } = await get(`${base}/metrics`);
    expect(status).toBe(200);
    expect(text).toMatch(/http_request_duration_seconds_bucket\{[^}]*route="\/graphql"/);
    expect(text).toMatch(/graphql_operations_total\{type="query",name="Viewer"\} 1/);
    expect(text).toMatch(/graphql_errors_total\{[^}]*code="GRAPHQL_VALIDATION_FAILED"[^}]*\} 1/);
    expect(text).toMatch(/event_store_append_duration_seconds_count\{outcome="ok"\} [1-9]/);
    const projections = api.app.get(Projections, { strict: false }).list();
    for (const p of projections) {
      expect(text).toContain(`consumer_lag_events{consumer="${p.name}"} 0`);
      expect(text).toContain(`consumer_lag_seconds{consumer="${p.name}"} 0`);
    }
  });

  it('answers 503 on readiness within the check timeout when PostgreSQL is unreachable', async () => {
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    const name = new URL(api.config.databaseUrl!).pathname.slice(1);
    try {
      await admin.query(`ALTER DATABASE ${admin.escapeIdentifier(name)} ALLOW_CONNECTIONS false`);
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
      const started = Date.now();
      const ready = await get(`${base}/health/ready`);
      expect(ready.status).toBe(503);
      expect(JSON.parse(ready.text).error).toHaveProperty('database');
      expect(Date.now() - started).toBeLessThan(5000);
      expect((await get(`${base}/health/live`)).status).toBe(200);
    } finally {
      await admin.query(`ALTER DATABASE ${admin.escapeIdentifier(name)} ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    // and it comes back once the database does
    let status = 0;
    for (let i = 0; i < 40 && status !== 200; i++) {
      status = (await get(`${base}/health/ready`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
  });
});

@Controller('slow')
class SlowController {
  @Get()
  async slow(): Promise<{ ok: true }> {
    await new Promise((r) => setTimeout(r, 600));
    return { ok: true };
  }
}
@Module({ controllers: [SlowController] })
class SlowModule {}

describe('graceful shutdown', () => {
  it('refuses new requests and fails readiness at once, finishes the request in flight, releases consumer locks', async () => {
    const db = await createTestDatabase('shutdown');
    const dataDir = mkdtempSync(join(tmpdir(), 'pfp-shutdown-'));
    const config = {
      ...loadConfig({ NODE_ENV: 'test', SESSION_SECRET: 'test-session-secret-0123456789abcdef', DATA_DIR: dataDir }),
      databaseUrl: db.url,
      port: 0,
    };
    const { app, url } = await startApp(config, [...features(), { module: SlowModule }]);
    const base = url.replace(/\/graphql$/, '');
    let closed = false;
    try {
      const locksHeld = async () => {
        const c = new Client({ connectionString: db.url });
        await c.connect();
        const { rows } = await c.query(
          `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        );
        await c.end();
        return rows[0].n as number;
      };
      const projections = app.get(Projections, { strict: false });
      for (let i = 0; i < 50 && projections.status().some((s) => s.status !== 'running'); i++) await new Promise((r) => setTimeout(r, 100));
      // one lock per projection consumer, and one for the webhook dispatcher once it has taken it
      const consumers = projections.list().length;
      for (let i = 0; i < 50 && (await locksHeld()) < consumers + 1; i++) await new Promise((r) => setTimeout(r, 100));
      expect(await locksHeld()).toBe(consumers + 1);
      const lifecycle = app.get(Lifecycle, { strict: false });
      const inFlight = fetch(`${base}/slow`).then(async (r) => ({ status: r.status, body: await r.json() }));
      while (lifecycle.requestsInFlight === 0) await new Promise((r) => setTimeout(r, 5));
      const shutdown = gracefulShutdown(app, 'SIGTERM', { drainTimeoutMs: 5000 });
      // a new request on a fresh connection is refused while the old one finishes
      const refused = await fetch(`${base}/health/ready`, { headers: { connection: 'close' } });
      expect(refused.status).toBe(503);
      expect(await inFlight).toEqual({ status: 200, body: { ok: true } });
      await shutdown;
      closed = true;
      expect((app.getHttpServer() as Server).listening).toBe(false);
      expect(await locksHeld()).toBe(0);
    } finally {
      if (!closed) await app.close().catch(() => undefined);
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
