export { EmbeddedPostgresError, explainFailedStart, startEmbeddedPostgres } from './embedded-postgres';
export type { EmbeddedPostgresOptions, RunningPostgres } from './embedded-postgres';
export { typeOrmRoot } from './typeorm-root';
export type { MigrationClass, TypeOrmRootOptions } from './typeorm-root';
export { changeSeqMigration, sqlMigration } from './sql-migration';
