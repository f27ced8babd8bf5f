import type { DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { initialiseWithMigrations } from './migrations';

/** A TypeORM migration class (its name ends with a 13-digit timestamp, which orders it). */
export type MigrationClass = Function; // eslint-disable-line @typescript-eslint/no-unsafe-function-type

export interface TypeOrmRootOptions {
  url: string;
  migrations: MigrationClass[];
  /** Connection attempts before boot fails (0 in tests: fail at once). */
  retryAttempts: number;
}

/**
 * TypeORM for a process of the platform: the contexts' entities, no synchronize, and the
 * migrations run at boot under the shared advisory lock (initialiseWithMigrations), whichever
 * process (API or projector) starts first.
 */
export function typeOrmRoot(options: TypeOrmRootOptions): DynamicModule {
  return TypeOrmModule.forRootAsync({
    useFactory: () => ({
      type: 'postgres' as const,
      url: options.url,
      autoLoadEntities: true,
      synchronize: false,
      migrations: options.migrations,
      logging: false,
      retryAttempts: options.retryAttempts,
      retryDelay: 1000,
    }),
    dataSourceFactory: (dataSourceOptions) => {
      if (!dataSourceOptions) throw new Error('TypeORM gave no data source options');
      return initialiseWithMigrations(dataSourceOptions);
    },
  });
}
