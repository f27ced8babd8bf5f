import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { AppConfig } from '@pfp/config';
import { ConfigModule } from '@pfp/config';
import { typeOrmRoot } from '@pfp/database';
import { EventSourcingModule, EventSourcingShutdown } from '@pfp/event-sourcing';
import { ObservabilityModule } from '@pfp/observability';
import { GraphQLErrorFilter, createValidationPipe, formatGraphQLError, withPlainResolvers } from '@pfp/graphql';
import { graphqlWsOptions } from '@pfp/live';
import { migrationsOf } from '@pfp/platform';
import { DataSource } from 'typeorm';
import { ApiModule } from './api.resolver';
import type { Database } from './database';
import { FEATURES, type Feature } from './features';
import { RateLimitModule } from './rate-limits';
import { explorerLandingPage } from './explorer';
import { BUILD_SCHEMA_OPTIONS, GRAPHQL_PATH, queryLimitOptions, wsQueryLimitOptions } from './graphql-options';

export const DATABASE = Symbol('DATABASE');

/** Modules whose resolvers make the GraphQL schema (also walked by `npm run schema`). */
export const GRAPHQL_MODULES = [ApiModule, ...FEATURES.map((feature) => feature.module)];

/** Closes the pool before the embedded server stops, whatever order Nest runs the modules' hooks in. */
@Injectable()
class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(DATABASE) private readonly database: Database,
    private readonly eventSourcing: EventSourcingShutdown,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.eventSourcing.close();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.database.stop();
  }
}

/** The explorer's landing page beside the query-limit plugins, outside production. */
const withExplorer = <T extends { plugins: unknown[] }>(config: AppConfig, options: T): T =>
  config.env === 'production' ? options : { ...options, plugins: [...options.plugins, explorerLandingPage()] };

@Module({})
export class AppModule {
  /** `features` defaults to FEATURES; tests may add modules of their own. */
  static forRoot(config: AppConfig, database: Database, features: Feature[] = FEATURES): DynamicModule {
    const graphqlLogger = new Logger('GraphQL');
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        typeOrmRoot({ url: database.url, migrations: migrationsOf(features), retryAttempts: config.env === 'test' ? 0 : 3 }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: GRAPHQL_PATH,
          autoSchemaFile: true,
          sortSchema: true,
          buildSchemaOptions: BUILD_SCHEMA_OPTIONS,
          // pure field resolvers (facet labels) run as plain graphql-js resolvers (libs/graphql plain-resolvers.ts)
          transformSchema: withPlainResolvers,
          // graphql-ws only; each connection is authenticated once from its init payload (libs/live).
          // the query limits apply to operations sent over the socket too
          subscriptions: { 'graphql-ws': { ...wsQueryLimitOptions(config), ...graphqlWsOptions(GRAPHQL_PATH) } },
          // GraphiQL bundled from npm and served by the API itself outside production (explorer.ts); Nest's own page loads it from a CDN
          graphiql: false,
          includeStacktraceInErrorResponses: false,
          // depth, aliases, tokens and cost limited (README "Query limits"); no introspection nor "Did you mean" in production
          ...withExplorer(config, queryLimitOptions(config)),
          formatError: (formatted, error) => formatGraphQLError(formatted, error, graphqlLogger),
        }),
        EventSourcingModule.forRoot({
          databaseUrl: database.url,
          eventStore: config.eventStore,
          kurrentdbUrl: config.kurrentdbUrl,
          runConsumers: config.runConsumers,
          pollIntervalMs: config.env === 'test' ? 100 : 500,
        }),
        ObservabilityModule.forRoot(),
        // Rate limits on every request (README, "Rate limits"), configured by RATE_LIMIT_* and TRUST_PROXY.
        RateLimitModule,
        ApiModule,
        ...features.map((feature) => feature.module),
      ],
      providers: [
        { provide: DATABASE, useValue: database },
        DatabaseLifecycle,
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: GraphQLErrorFilter },
      ],
    };
  }
}
