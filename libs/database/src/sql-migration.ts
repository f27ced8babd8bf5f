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

/**
 * `<table>.change_seq`: a number from one sequence each time a row is written, so that a reader can fetch the
 * rows past the last number it saw (an in-memory index following a read model). The numbers rise in commit order
 * only while one writer writes the table, batch after batch: a projection, as here.
 */
export function changeSeqMigration(name: string, table: string): new () => MigrationInterface {
  return sqlMigration(name, {
    up: [
      `CREATE SEQUENCE ${table}_change_seq`,
      `ALTER TABLE ${table} ADD COLUMN change_seq bigint NOT NULL DEFAULT nextval('${table}_change_seq')`,
      `CREATE INDEX ${table}_change_seq_index ON ${table} (change_seq)`,
    ],
    down: [`DROP INDEX ${table}_change_seq_index`, `ALTER TABLE ${table} DROP COLUMN change_seq`, `DROP SEQUENCE ${table}_change_seq`],
  });
}
