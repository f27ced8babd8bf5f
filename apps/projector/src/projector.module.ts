import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '@pfp/config';
import { typeOrmRoot } from '@pfp/database';
import { EventSourcingModule } from '@pfp/event-sourcing';
import { ObservabilityModule } from '@pfp/observability';
import { type Feature, migrationsOf } from '@pfp/platform';

/**
 * The platform's contexts without GraphQL: their modules register their projections, and this
 * process runs them (one active projector per projection, by advisory lock; the others stand
 * by). HTTP serves only /health and /metrics.
 */
@Module({})
export class ProjectorModule {
  /** `runConsumers: false` gives the registry without running it (the rebuild tool). */
  static forRoot(config: AppConfig & { databaseUrl: string }, features: Feature[], options: { runConsumers?: boolean } = {}): DynamicModule {
    return {
      module: ProjectorModule,
      imports: [
        ConfigModule.forRoot(config),
        // the projector may start before any API: it brings the read models' tables up to date too,
        // under the same advisory lock as the API
        typeOrmRoot({ url: config.databaseUrl, migrations: migrationsOf(features), retryAttempts: config.env === 'test' ? 0 : 10 }),
        EventSourcingModule.forRoot({
          databaseUrl: config.databaseUrl,
          eventStore: config.eventStore,
          kurrentdbUrl: config.kurrentdbUrl,
          runConsumers: options.runConsumers ?? true,
          pollIntervalMs: config.env === 'test' ? 100 : 500,
          lockRetryMs: config.env === 'test' ? 200 : 2000,
        }),
        ObservabilityModule.forRoot(),
        ...features.map((feature) => feature.module),
      ],
    };
  }
}
