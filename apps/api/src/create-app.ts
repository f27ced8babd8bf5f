import { type INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@pfp/config';
import { EVENT_STORE, Projections } from '@pfp/event-sourcing';
import { settledHeadPosition, type EventStore } from '@pfp/event-store';
import { createPino, PinoLoggerService, requestLog } from '@pfp/observability';
import { compressResponses, JSON_BODY_LIMIT, refuseUnreadableBodies, securityHeaders } from '@pfp/web-host';
import { AppModule } from './app.module';
import { serveExplorerAssets } from './explorer';
import { provideDatabase } from './database';
import { FEATURES, type Feature } from './features';
import { GRAPHQL_PATH } from './graphql-options';

/**
 * Builds the whole API for a configuration, without listening and without touching the
 * process (signals, exit): main.ts does that, tests call this on a database of their own.
 * With no `databaseUrl`, an embedded PostgreSQL is started; `app.close()` stops it.
 */
export async function createApp(config: AppConfig, features: Feature[] = FEATURES): Promise<INestApplication> {
  const pino = createPino(config.logLevel, 'api');
  const logger = new PinoLoggerService(pino);
  Logger.overrideLogger(logger);
  const database = await provideDatabase(config);
  try {
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database, features), {
      logger,
      abortOnError: false,
    });
    // The body parser's own limit (100 KB by default) refused a long tool section with an HTML 413; one stated limit, refusals in GraphQL's shape.
    app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
    app.use(refuseUnreadableBodies());
    app.use(requestLog(pino, (req) => req.method === 'GET' && req.url === '/favicon.ico'));
    app.disable('x-powered-by');
    // Before every route: the site's CSP on all responses, GraphiQL's own on its page while it is served (outside production).
    app.use(securityHeaders({ publicUrl: config.publicUrl, explorerPath: config.env === 'production' ? null : GRAPHQL_PATH }));
    app.use(compressResponses());
    if (config.env !== 'production') serveExplorerAssets(app);
    return app;
  } catch (error) {
    await database.stop();
    throw error;
  }
}

/**
 * In demo mode the seeders append at boot; wait until the read models show what they wrote,
 * so the first page a person opens already has the demo data (bounded: it only delays).
 */
async function demoReadable(app: INestApplication): Promise<void> {
  const head = await settledHeadPosition(app.get<EventStore>(EVENT_STORE));
  await app
    .get(Projections)
    .waitFor(head, undefined, 30_000)
    .catch((error: Error) => new Logger('Api').warn(`demo data not all readable yet: ${error.message}`));
}

/** createApp, then listen on `config.port` (0: any free port); returns the GraphQL URL. */
export async function startApp(config: AppConfig, features: Feature[] = FEATURES): Promise<{ app: INestApplication; url: string }> {
  const started = Date.now();
  const app = await createApp(config, features);
  try {
    await app.init();
    if (config.demo && config.runConsumers) await demoReadable(app);
    await app.listen(config.port);
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://localhost:${address.port}${GRAPHQL_PATH}`;
  new Logger('Api').log(`GraphQL at ${url} (ready in ${Date.now() - started} ms)`);
  return { app, url };
}
