import { rebuildProjection } from '@pfp/event-sourcing';
import { replayTwice, snapshot } from '@pfp/event-sourcing/testing';
import { InMemoryEventStore, PostgresEventStore } from '@pfp/event-store';
import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PolicyToolEvent } from '../domain/policy-tool';
import { PolicyTools1765000000000 } from '../migrations/1765000000000-policy-tools';
import { demoPolicyToolId, demoPolicyToolStreams } from '../surface/demo-policy-tools';
import { AT, drafted, LATER, proposedLink, PRACTICE_ID, released, sampleContent, TOOL_ID } from '../testing/tool-fixtures';
import { policyToolDetailsProjection, POLICY_TOOL_DETAILS_TABLES } from './policy-tool-details.projection';

/** A handbook's life: drafted, released, an example proposed, accepted and a second one declined, edition 2, a translation of edition 1. */
const lifecycle: PolicyToolEvent[] = [
  drafted(),
  released(),
  {
    type: 'PolicyToolTranslationAdded',
    data: { translation: { language: 'fr', edition: 1, title: 'Manuel', summary: '', sections: [], complete: false, addedAt: AT } },
  },
  proposedLink('example-1', 'organization-mpi'),
  proposedLink('example-2', 'organization-icmc'),
  { type: 'PolicyToolExampleAccepted', data: { exampleId: 'example-1', at: LATER } },
  { type: 'PolicyToolExampleDeclined', data: { exampleId: 'example-2', reason: 'Out of scope.', at: LATER } },
  { type: 'PolicyToolRevised', data: { content: sampleContent({ summary: 'Revised.' }), contributors: [], at: LATER } },
  {
    type: 'PolicyToolEditionReleased',
    data: { number: 2, content: sampleContent({ summary: 'Revised.' }), releaseNotes: 'Second.', exampleIds: ['example-1'], at: LATER },
  },
];

describe('policy-tool-details (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('policy_tools');
    dataSource = await new DataSource({ type: 'postgres', url: db.url, migrations: [PolicyTools1765000000000] }).initialize();
    await dataSource.runMigrations();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('projects a tool through its life and the demo tools, idempotently (each event applied twice changes nothing)', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream(TOOL_ID, lifecycle);
    for (const { stream, events } of demoPolicyToolStreams()) await store.appendToStream(stream, [...events]);
    const { once, twice } = await replayTwice(dataSource, policyToolDetailsProjection, await store.readAll(), POLICY_TOOL_DETAILS_TABLES);
    expect(twice).toEqual(once);
    const [row] = await dataSource.query(`SELECT status, current_edition, title, doc FROM policy_tools WHERE id = $1`, [TOOL_ID]);
    expect({
      status: row.status,
      edition: row.current_edition,
      examples: row.doc.examples.map((e: { status: string; edition: number | null }) => [e.status, e.edition]),
    }).toEqual({
      status: 'RELEASED',
      edition: 2,
      examples: [
        ['ACCEPTED', 2],
        ['DECLINED', null],
      ],
    });
    expect(row.doc.citedPractices).toEqual([PRACTICE_ID]);
    const profiles = await dataSource.query(`SELECT id, doc -> 'regions' AS regions FROM policy_tools WHERE kind = 'MIGRATION_PROFILE' ORDER BY id`);
    expect(profiles.map((p: { id: string }) => p.id).sort()).toEqual(
      [demoPolicyToolId('migration-profile-md'), demoPolicyToolId('migration-profile-ph')].sort(),
    );
    expect(profiles.find((p: { id: string }) => p.id === demoPolicyToolId('migration-profile-ph')).regions).toContain('035');
  });

  it('rebuilds from the log into the same rows (npm run projections:rebuild -- policy-tool-details)', async () => {
    const pool = new Pool({ connectionString: db.url, max: 3 });
    const store = await PostgresEventStore.create(pool);
    try {
      await store.appendToStream(TOOL_ID, lifecycle);
      for (const { stream, events } of demoPolicyToolStreams()) await store.appendToStream(stream, [...events]);
      await dataSource.query(`TRUNCATE policy_tools`);
      await dataSource.transaction(async (m) => policyToolDetailsProjection.handle(await store.readAll(), m));
      const live = await snapshot(dataSource, POLICY_TOOL_DETAILS_TABLES);
      expect(policyToolDetailsProjection.tables).toEqual(POLICY_TOOL_DETAILS_TABLES);
      const result = await rebuildProjection({ dataSource, store, projection: policyToolDetailsProjection, batchSize: 3 });
      expect(result.events).toBe(lifecycle.length + demoPolicyToolStreams().reduce((n, s) => n + s.events.length, 0));
      expect(await snapshot(dataSource, POLICY_TOOL_DETAILS_TABLES)).toEqual(live);
    } finally {
      await store.close();
      await pool.end();
    }
  });
});
