import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '@pfp/config';
import { ConfigModule } from '@pfp/config';
import { EventSourcingModule } from '@pfp/event-sourcing';
import { ObservabilityModule } from '@pfp/observability';
import type { Feature } from '../../api/src/features';

/**
 * The API's contexts without GraphQL: their modules register their projections, and this
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
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: config.databaseUrl,
          autoLoadEntities: true,
          synchronize: false,
          // the projector may start before any API: it brings the read model's tables up to date too
          migrations: features.flatMap((feature) => feature.migrations ?? []),
          migrationsRun: true,
          logging: false,
          retryAttempts: config.env === 'test' ? 0 : 10,
          retryDelay: 1000,
        }),
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
