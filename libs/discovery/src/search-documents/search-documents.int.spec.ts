import { rebuildProjection } from '@pfp/event-sourcing';
import { replayTwice, snapshot } from '@pfp/event-sourcing/testing';
import { InMemoryEventStore, PostgresEventStore, type EventStore } from '@pfp/event-store';
import { demoStreams, seedDemoStreams } from '@pfp/partnership-projects';
import { seedDemoPolicyTools } from '@pfp/policy-tools';
import { demoPracticeId, PRACTICES_MIGRATIONS, seedDemoPractices } from '@pfp/practices';
import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { DISCOVERY_MIGRATIONS } from '../discovery.module';
import { searchDocumentsProjection } from './search-documents.projection';
import { SEARCH_DOCUMENTS_TABLES } from './search-sources';

describe('search-documents (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('search_documents');
    // the practices' migrations hold practice_tsvector_agg, which the tsvector of every kind uses
    dataSource = await new DataSource({ type: 'postgres', url: db.url, migrations: [...PRACTICES_MIGRATIONS, ...DISCOVERY_MIGRATIONS] }).initialize();
    await dataSource.runMigrations();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  /** The 2011 demo practices, projects and tools, a call posted alone and one waiting for its co-poster, one practice archived. */
  async function seed(store: EventStore): Promise<string> {
    await seedDemoPractices(store);
    await seedDemoStreams(store);
    await seedDemoPolicyTools(store);
    const call = (id: string, coPosters: string[]) => ({
      type: 'CallForActionPosted',
      data: {
        callId: id,
        practiceId: null,
        postedBy: 'organization-mx',
        coPosters,
        postedAt: '2011-06-01T00:00:00.000Z',
        title: 'Training on unaccompanied migrant children',
        description: 'Officials trained to protect them.',
        kind: 'TRAINING',
        themes: ['migrant-children', 'gcm-7'],
        countries: ['MEX', 'GTM'],
        deadline: null,
      },
    });
    await store.appendToStream('callForAction-1', [call('callForAction-1', [])]);
    // a joint call waiting for its co-poster is not posted yet
    await store.appendToStream('callForAction-2', [call('callForAction-2', ['organization-gt'])]);
    const archived = demoPracticeId('cz-prague-process');
    await store.appendToStream(archived, [{ type: 'PracticeArchived', data: { at: '2012-01-01T00:00:00.000Z' } }]);
    return archived;
  }

  it('projects the 2011 demo data of the four kinds, an archived practice leaving, idempotently (each event applied twice changes nothing)', async () => {
    const store = new InMemoryEventStore();
    const archived = await seed(store);

    const { once, twice } = await replayTwice(dataSource, searchDocumentsProjection, await store.readAll(), SEARCH_DOCUMENTS_TABLES);
    expect(twice).toEqual(once);

    const kinds = await dataSource.query(`SELECT kind, count(*)::int AS n FROM search_documents WHERE visible GROUP BY kind ORDER BY kind`);
    expect(kinds).toEqual([
      { kind: 'CALL_FOR_ACTION', n: 1 },
      { kind: 'PARTNERSHIP_PROJECT', n: 3 },
      { kind: 'POLICY_TOOL', n: 4 },
      { kind: 'PRACTICE', n: 6 },
    ]);
    const [gone] = await dataSource.query(`SELECT visible, facet_values, document::text AS document, doc FROM search_documents WHERE id = $1`, [archived]);
    expect({ visible: gone.visible, facets: gone.facet_values, document: gone.document }).toEqual({ visible: false, facets: [], document: '' });
    const [facets] = await dataSource.query(`SELECT facet_values FROM search_documents WHERE id = 'callForAction-1'`);
    expect(facets.facet_values).toEqual(
      expect.arrayContaining([
        'total:',
        'kind:CALL_FOR_ACTION',
        'theme:migrant-children',
        'gcmObjective:gcm-7',
        'country:MEX',
        'region:419',
        'organization:organization-mx',
      ]),
    );
    // search keeps no sealed contact of a practice
    expect(JSON.stringify(gone.doc)).not.toMatch(/ciphertext/);

    // "unaccompanied" (English stem) finds the Mexican practice, the call and the project
    const found = await dataSource.query(
      `SELECT kind FROM search_documents WHERE visible AND document @@ websearch_to_tsquery('english', 'unaccompanied children') ORDER BY kind`,
    );
    expect(found.map((r: { kind: string }) => r.kind)).toEqual(['CALL_FOR_ACTION', 'PARTNERSHIP_PROJECT', 'PRACTICE']);
  });

  it("a project update leaves its row alone (no rewrite, no new change_seq for the APIs' indexes); a later edit still applies", async () => {
    const store = new InMemoryEventStore();
    await seed(store);
    await dataSource.query(`TRUNCATE search_documents`);
    await dataSource.transaction(async (m) => searchDocumentsProjection.handle(await store.readAll(), m));
    const { stream } = demoStreams()[0];
    const row = () => dataSource.query(`SELECT revision, change_seq::text AS seq, title, doc FROM search_documents WHERE id = $1`, [stream]).then((r) => r[0]);
    const before = await row();
    const head = (await store.readAll()).length;
    const update = {
      id: 'update-search-1',
      text: 'Officials trained',
      metrics: [],
      videoUrl: null,
      organizationId: 'organization-mx',
      postedAt: '2012-03-01T00:00:00.000Z',
    };
    await store.appendToStream(stream, [{ type: 'ProjectUpdatePosted', data: update }]);
    const posted = (await store.readAll()).slice(head);
    await dataSource.transaction(async (m) => searchDocumentsProjection.handle(posted, m));
    expect(await row()).toEqual(before);

    const { summary, visibility, themes, countries, endsOn } = before.doc;
    const title = 'Protecting unaccompanied migrant children';
    await store.appendToStream(stream, [
      {
        type: 'PartnershipProjectEdited',
        data: { title, summary, visibility, themes, countries, endsOn, editedAt: '2012-04-01T00:00:00.000Z', readers: null },
      },
    ]);
    const edited = (await store.readAll()).slice(head + 1);
    await dataSource.transaction(async (m) => searchDocumentsProjection.handle(edited, m));
    const after = await row();
    expect({ title: after.title, revision: after.revision }).toEqual({ title, revision: edited[0].revision });
    expect(BigInt(after.seq)).toBeGreaterThan(BigInt(before.seq));
  });

  it('rebuilds from the log into the same rows (npm run projections:rebuild -- search-documents)', async () => {
    const pool = new Pool({ connectionString: db.url, max: 3 });
    const store = await PostgresEventStore.create(pool);
    try {
      await seed(store);
      await dataSource.query(`TRUNCATE search_documents`);
      await dataSource.transaction(async (m) => searchDocumentsProjection.handle(await store.readAll(), m));
      const live = await snapshot(dataSource, SEARCH_DOCUMENTS_TABLES);
      const result = await rebuildProjection({ dataSource, store, projection: searchDocumentsProjection, batchSize: 5 });
      // it reads only the types it handles
      const handled = new Set(searchDocumentsProjection.types);
      expect(result.events).toBe((await store.readAll()).filter((e) => handled.has(e.type)).length);
      expect(await snapshot(dataSource, SEARCH_DOCUMENTS_TABLES)).toEqual(live);
    } finally {
      await store.close();
      await pool.end();
    }
  });
});
