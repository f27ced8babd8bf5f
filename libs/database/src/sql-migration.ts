import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A migration that is only SQL statements, run in order (`down` undoes `up`). TypeORM knows a
 * migration by its `name` (the class name with its timestamp), so the name given here is the
 * one recorded in the `migrations` table and must never change.
 */
export function sqlMigration(name: string, statements: { up: readonly string[]; down: readonly string[] }): new () => MigrationInterface {
  const migration = class implements MigrationInterface {
    name = name;

    async up(q: QueryRunner): Promise<void> {
      for (const sql of statements.up) await q.query(sql);
    }

    async down(q: QueryRunner): Promise<void> {
      for (const sql of statements.down) await q.query(sql);
    }
  };
  Object.defineProperty(migration, 'name', { value: name });
  return migration;
}
