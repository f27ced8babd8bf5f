import { DataSource, type DataSourceOptions } from 'typeorm';

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
    await runner.query(`SELECT pg_advisory_lock(hashtext('pfp:migrations'))`);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(hashtext('pfp:migrations'))`).catch(() => undefined);
    await runner.release();
  }
  return dataSource;
}
