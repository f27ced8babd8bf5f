import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { initialiseWithMigrations } from './migrations';

/** Slow enough that processes starting together overlap inside it. */
class CreateOnce1700000000000 implements MigrationInterface {
  name = 'CreateOnce1700000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`SELECT pg_sleep(0.3)`);
    await runner.query(`CREATE TABLE once_only (run_by int NOT NULL DEFAULT pg_backend_pid())`);
    await runner.query(`INSERT INTO once_only DEFAULT VALUES`);
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE once_only`);
  }
}

describe('initialiseWithMigrations (what the API and the projector both boot with)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('migrate');
  });
  afterAll(() => db.drop());

  it('runs each migration once when three processes start at the same time', async () => {
    const options = { type: 'postgres' as const, url: db.url, migrations: [CreateOnce1700000000000], logging: false };
    const sources = await Promise.all([1, 2, 3].map(() => initialiseWithMigrations(options)));
    try {
      expect(await sources[0].query(`SELECT count(*)::int AS n FROM once_only`)).toEqual([{ n: 1 }]);
      expect(await sources[0].query(`SELECT name FROM migrations`)).toEqual([{ name: 'CreateOnce1700000000000' }]);
    } finally {
      await Promise.all(sources.map((source) => source.destroy()));
    }
  });
});
