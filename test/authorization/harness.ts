import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '@pfp/config';
import { IdentityModule, IDENTITY_MIGRATIONS } from '@pfp/identity';
import { graphql, lastMailTo, signIn, signInAsDemo, type Credentials, type GraphQLResult } from '@pfp/identity/testing';
import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { startApp } from '../../apps/api/src/create-app';
import { FEATURES, type Feature } from '../../apps/api/src/features';

/** The real app's features; identity added if the app does not list it (yet). */
export function features(): Feature[] {
  return FEATURES.some((feature) => feature.module === IdentityModule) ? FEATURES : [...FEATURES, { module: IdentityModule, migrations: IDENTITY_MIGRATIONS }];
}

export interface TestApi {
  app: INestApplication;
  url: string;
  config: AppConfig;
  outbox: string;
  dataSource: DataSource;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, credentials?: Credentials): Promise<GraphQLResult<T>>;
  signIn(email: string, password: string): Promise<string>;
  signInAsDemo(factsId: string): Promise<string>;
  lastMailTo: (to: string) => ReturnType<typeof lastMailTo>;
  count(sql: string): Promise<number>;
  /** Stops the app (as a process dying would) and keeps its database, for others to go on with. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

/** The whole API on a database and a data dir of its own, listening on a free port. */
export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const database: TestDatabase = await createTestDatabase('api');
  const dataDir = mkdtempSync(join(tmpdir(), 'pfp-api-'));
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: 'test', SESSION_SECRET: 'test-session-secret-0123456789abcdef', DATA_DIR: dataDir, ...env }),
    databaseUrl: database.url,
    port: 0,
  };
  let started: { app: INestApplication; url: string };
  try {
    started = await startApp(config, features());
  } catch (error) {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const { app, url } = started;
  let stopping: Promise<void> | null = null;
  const dataSource = app.get(DataSource);
  const outbox = join(dataDir, 'outbox');
  return {
    app,
    url,
    config,
    outbox,
    dataSource,
    gql: (query, variables, credentials) => graphql(url, query, variables, credentials),
    signIn: (email, password) => signIn(url, email, password),
    signInAsDemo: (factsId) => signInAsDemo(url, factsId),
    lastMailTo: (to) => lastMailTo(outbox, to),
    async count(sql) {
      const [row] = (await dataSource.query(`SELECT (${sql})::int AS n`)) as Array<{ n: number }>;
      return row.n;
    },
    async stop() {
      stopping ??= app.close();
      await stopping;
    },
    async close() {
      stopping ??= app.close();
      await stopping;
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One API for a spec file, started before its tests and closed after them, with demo accounts
 * signed in (`tokens[demoId]`), e.g. `const t = useTestApi(['mx', 'gfmd-support-unit'])`.
 */
export function useTestApi(signedIn: string[] = [], env: Record<string, string> = {}): { api: TestApi; tokens: Record<string, string> } {
  const context = { api: undefined as unknown as TestApi, tokens: {} as Record<string, string> };
  beforeAll(async () => {
    context.api = await startTestApi(env);
    const tokens = await Promise.all(signedIn.map((id) => context.api.signInAsDemo(id)));
    signedIn.forEach((id, i) => (context.tokens[id] = tokens[i]));
  });
  afterAll(() => context.api?.close());
  return context;
}
