import { DataSource, type DataSourceOptions } from 'typeorm';

/** The one advisory lock every process (API, projector, rebuild tool) takes to migrate. */
const MIGRATIONS_LOCK = `hashtext('pfp:migrations')`;

/**
 * Initialises TypeORM and runs the contexts' migrations under an advisory lock, so API and
 * projector processes starting together never run the same migration twice.
 */
export async function initialiseWithMigrations(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = new DataSource({ ...options, migrationsRun: false });
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query(`SELECT pg_advisory_lock(${MIGRATIONS_LOCK})`);
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw error;
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(${MIGRATIONS_LOCK})`).catch(() => undefined);
    await runner.release();
  }
  return dataSource;
}
