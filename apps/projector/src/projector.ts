import { type INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@pfp/config';
import { createPino, PinoLoggerService } from '@pfp/observability';
import { CONTEXTS, type Feature } from '@pfp/platform';
import { ProjectorModule } from './projector.module';

/** The platform's contexts: their modules register the projections this process runs. */
export const PROJECTOR_FEATURES: Feature[] = CONTEXTS;

/** Boots the projector and listens on `config.port` for /health and /metrics (0: any free port). */
export async function startProjector(config: AppConfig, features: Feature[] = PROJECTOR_FEATURES): Promise<{ app: INestApplication; port: number }> {
  if (!config.databaseUrl) {
    // an embedded PostgreSQL belongs to the one API process that started it
    throw new Error('The projector needs DATABASE_URL: it runs the consumers of a shared PostgreSQL');
  }
  const pino = createPino(config.logLevel, 'projector');
  const logger = new PinoLoggerService(pino);
  Logger.overrideLogger(logger);
  const app = await NestFactory.create(ProjectorModule.forRoot({ ...config, databaseUrl: config.databaseUrl }, features), { logger, abortOnError: false });
  await app.listen(config.port);
  const port = (app.getHttpServer().address() as { port: number }).port;
  new Logger('Projector').log(`running consumers; /health and /metrics on port ${port}`);
  return { app, port };
}
