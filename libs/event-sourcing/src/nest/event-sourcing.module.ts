import { DynamicModule, Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import type { EventStore, Upcaster } from '@pfp/event-store';
import { KurrentDBEventStore, PostgresEventStore, Upcasters, ensureEventStoreSchema } from '@pfp/event-store';
import { CqrsModule } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { AggregateReader } from '../pipeline/aggregate-reader';
import { CLOCK, systemClock, type Clock } from '../pipeline/clock';
import { MultiStreamCommands } from '../pipeline/command-pipeline';
import { AppendTimings, timedAppends } from './append-timings';
import { Projections } from './projections';
import { EVENT_SOURCING_OPTIONS, EVENT_STORE } from './tokens';
import type { EventSourcingOptions } from './tokens';

const EVENT_STORE_POOL = 'pfp.EVENT_STORE_POOL';

/**
 * Stops the consumers and closes the store's connections, once. The composition root calls
 * `close()` before it stops the database (Nest runs the root module's hooks first).
 */
@Injectable()
export class EventSourcingShutdown implements OnApplicationShutdown {
  private closing: Promise<void> | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_STORE_POOL) private readonly pool: Pool,
    private readonly projections: Projections,
  ) {}

  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.projections.onApplicationShutdown();
      await this.store.close();
      await this.pool.end();
    })();
    return this.closing;
  }

  onApplicationShutdown(): Promise<void> {
    return this.close();
  }
}

function createPool(connectionString: string): Pool {
  const pool = new Pool({ connectionString, max: 10, application_name: 'pfp event store' });
  // An idle client's error (the server restarting or shutting down) must not crash the process:
  // the pool drops that client and the next query connects afresh.
  const logger = new Logger('EventStore');
  pool.on('error', (error) => logger.warn(`idle event-store connection failed: ${error.message}`));
  return pool;
}

/** The event store and the projection runner, for every context of the app. */
@Global()
@Module({})
export class EventSourcingModule {
  static forRoot(
    options: Partial<EventSourcingOptions> & {
      databaseUrl: string;
      upcasters?: Upcaster[];
      eventStore?: 'postgres' | 'kurrentdb';
      kurrentdbUrl?: string;
      clock?: Clock;
    },
  ): DynamicModule {
    if (options.eventStore === 'kurrentdb' && !options.kurrentdbUrl) throw new Error('EVENT_STORE=kurrentdb needs KURRENTDB_URL');
    const resolved: EventSourcingOptions = {
      runConsumers: options.runConsumers ?? true,
      pollIntervalMs: options.pollIntervalMs ?? 500,
      lockRetryMs: options.lockRetryMs ?? 2000,
      readYourWritesTimeoutMs: options.readYourWritesTimeoutMs ?? 5000,
      databaseUrl: options.databaseUrl,
    };
    return {
      module: EventSourcingModule,
      // the CommandBus: each context registers its aggregates' handlers (aggregateCommands) as providers
      imports: [CqrsModule.forRoot()],
      providers: [
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        AggregateReader,
        MultiStreamCommands,
        { provide: EVENT_SOURCING_OPTIONS, useValue: resolved },
        { provide: EVENT_STORE_POOL, useFactory: () => createPool(options.databaseUrl) },
        AppendTimings,
        {
          provide: EVENT_STORE,
          inject: [EVENT_STORE_POOL, AppendTimings],
          // Projections and checkpoints stay in PostgreSQL either way; only the log moves to KurrentDB.
          useFactory: async (pool: Pool, timings: AppendTimings) => {
            const upcasters = new Upcasters(options.upcasters ?? []);
            let store: EventStore;
            if (options.eventStore === 'kurrentdb') {
              // the log lives in KurrentDB; the consumers' checkpoint table stays in the read model's PostgreSQL
              await ensureEventStoreSchema(pool);
              store = KurrentDBEventStore.fromConnectionString(options.kurrentdbUrl!, { upcasters });
            } else {
              store = await PostgresEventStore.create(pool, { upcasters });
            }
            return timedAppends(store, timings);
          },
        },
        EventSourcingShutdown,
        Projections,
      ],
      exports: [
        EVENT_STORE,
        Projections,
        EVENT_SOURCING_OPTIONS,
        AppendTimings,
        EventSourcingShutdown,
        CLOCK,
        AggregateReader,
        MultiStreamCommands,
        CqrsModule,
      ],
    };
  }
}
