import type { DynamicModule, Type } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { EventStore } from '@pfp/event-store';
import { createTestDatabase } from '@pfp/testing';
import { DataSource } from 'typeorm';
import { EventSourcingModule } from '../nest/event-sourcing.module';
import { Projections, type Projection } from '../nest/projections';
import { EVENT_STORE } from '../nest/tokens';

type ModuleOptions = Omit<Parameters<typeof EventSourcingModule.forRoot>[0], 'databaseUrl'>;

export interface EventSourcingApp {
  moduleRef: TestingModule;
  dataSource: DataSource;
  projections: Projections;
  store: EventStore;
  databaseUrl: string;
  /** Closes the app (consumers first), then drops its database. */
  close(): Promise<void>;
}

/**
 * A Nest app on a database of its own, for the lib's integration specs: TypeORM and
 * EventSourcingModule (with `options`) beside `modules`; the `tables` (SQL statements) are created
 * and the `projections` registered before the app starts its consumers.
 */
export async function startEventSourcingApp(setup: {
  database: string;
  options?: ModuleOptions;
  modules?: Array<Type | DynamicModule>;
  tables?: string[];
  projections?: Projection[];
  /** Another app's database (`databaseUrl` of the first): this one then creates nothing and drops nothing. */
  sharing?: EventSourcingApp;
}): Promise<EventSourcingApp> {
  const db = setup.sharing ? { url: setup.sharing.databaseUrl, drop: () => Promise.resolve() } : await createTestDatabase(setup.database);
  try {
    const moduleRef = await Test.createTestingModule({
      imports: [
        TypeOrmModule.forRoot({ type: 'postgres', url: db.url }),
        EventSourcingModule.forRoot({ ...setup.options, databaseUrl: db.url }),
        ...(setup.modules ?? []),
      ],
    }).compile();
    const dataSource = moduleRef.get(DataSource);
    for (const sql of setup.tables ?? []) await dataSource.query(sql);
    const projections = moduleRef.get(Projections);
    for (const projection of setup.projections ?? []) projections.register(projection);
    const app = moduleRef.createNestApplication();
    await app.init();
    return {
      moduleRef,
      dataSource,
      projections,
      store: moduleRef.get<EventStore>(EVENT_STORE),
      databaseUrl: db.url,
      async close() {
        await app.close();
        await db.drop();
      },
    };
  } catch (error) {
    await db.drop();
    throw error;
  }
}
