export { startEmbeddedPostgres } from './embedded-postgres';
export type { EmbeddedPostgresOptions, RunningPostgres } from './embedded-postgres';
export { initialiseWithMigrations } from './migrations';
export { typeOrmRoot } from './typeorm-root';
export type { MigrationClass, TypeOrmRootOptions } from './typeorm-root';
