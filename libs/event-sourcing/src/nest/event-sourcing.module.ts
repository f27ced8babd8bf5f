import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import type { EventStore, Upcaster } from '@pfp/event-store';
import { PostgresEventStore, Upcasters } from '@pfp/event-store';
import { Pool } from 'pg';
import { Projections } from './projections';
import { EVENT_SOURCING_OPTIONS, EVENT_STORE } from './tokens';
import type { EventSourcingOptions } from './tokens';

const EVENT_STORE_POOL = 'pfp.EVENT_STORE_POOL';

@Injectable()
class EventStoreLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_STORE_POOL) private readonly pool: Pool,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    await this.pool.end();
  }
}

/** The event store and the projection runner, for every context of the app. */
@Global()
@Module({})
export class EventSourcingModule {
  static forRoot(options: Partial<EventSourcingOptions> & { databaseUrl: string; upcasters?: Upcaster[] }): DynamicModule {
    const resolved: EventSourcingOptions = {
      runConsumers: options.runConsumers ?? true,
      pollIntervalMs: options.pollIntervalMs ?? 500,
      lockRetryMs: options.lockRetryMs ?? 2000,
      readYourWritesTimeoutMs: options.readYourWritesTimeoutMs ?? 5000,
      databaseUrl: options.databaseUrl,
    };
    return {
      module: EventSourcingModule,
      providers: [
        { provide: EVENT_SOURCING_OPTIONS, useValue: resolved },
        { provide: EVENT_STORE_POOL, useFactory: () => new Pool({ connectionString: options.databaseUrl, max: 10, application_name: 'pfp event store' }) },
        {
          provide: EVENT_STORE,
          inject: [EVENT_STORE_POOL],
          useFactory: (pool: Pool) => PostgresEventStore.create(pool, { upcasters: new Upcasters(options.upcasters ?? []) }),
        },
        EventStoreLifecycle,
        Projections,
      ],
      exports: [EVENT_STORE, Projections, EVENT_SOURCING_OPTIONS],
    };
  }
}
