import type { PoolClient } from 'pg';

/**
 * The second layout kept each stream's revision in a row of its own (es_streams) that every
 * append inserted or updated: three more WAL records per append. The log's unique
 * (stream, revision) index now checks the expected revision, so the table goes. A process of
 * the former version still running fails its appends loudly (the table is gone) rather than
 * checking revisions nobody updates any more: stop those before starting this one.
 */
export async function dropStreamTable(client: PoolClient): Promise<void> {
  await client.query(`DROP TABLE IF EXISTS es_streams`);
}
