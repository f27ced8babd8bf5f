import { replayTwice, snapshot } from '@pfp/event-sourcing/testing';
import { InMemoryEventStore } from '@pfp/event-store';
import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { DataSource } from 'typeorm';
import { CallsForAction1764600000000 } from '../migrations/1764600000000-calls-for-action';
import { CallDetailsDocuments1764620000000 } from '../migrations/1764620000000-call-details-documents';
import { callDetailsProjection } from './call-details.projection';

describe('call-details projection (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('calls');
    dataSource = await new DataSource({
      type: 'postgres',
      url: db.url,
      migrations: [CallsForAction1764600000000, CallDetailsDocuments1764620000000],
    }).initialize();
    await dataSource.runMigrations();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('folds a call into its row and is idempotent: the same events twice change nothing', async () => {
    const store = new InMemoryEventStore();
    const id = 'callForAction-6a1f0c3e-2b4d-4e5f-8a9b-0c1d2e3f4a5b';
    const at = '2011-03-01T00:00:00.000Z';
    await store.appendToStream(id, [
      {
        type: 'CallForActionPosted',
        data: {
          callId: id,
          title: 'Training',
          description: 'd',
          kind: 'TRAINING',
          themes: [],
          countries: [],
          deadline: null,
          practiceId: null,
          postedBy: 'organization-mx',
          coPosters: [],
          postedAt: at,
        },
      },
      { type: 'CallForActionResponded', data: { organizationId: 'organization-hn', offerKind: 'TRAINING', message: 'Yes', respondedAt: at } },
      { type: 'ResponseAccepted', data: { organizationId: 'organization-hn', acceptedAt: at } },
      { type: 'CallForActionResponded', data: { organizationId: 'organization-gt', offerKind: 'FUNDING', message: 'Maybe', respondedAt: at } },
      { type: 'ResponseDeclined', data: { organizationId: 'organization-gt', reason: 'Not funding', declinedAt: at } },
      {
        type: 'CallForActionEdited',
        data: { title: 'Training of officials', description: 'd2', kind: 'TRAINING', themes: [], countries: ['MEX'], deadline: null, editedAt: at },
      },
      { type: 'CallForActionClosed', data: { closedBy: 'POSTER', closedAt: at } },
    ]);
    const events = await store.readStream(id);
    const { once, twice } = await replayTwice(dataSource, callDetailsProjection, events, ['calls_for_action']);
    expect(twice).toEqual(once);
    const [row] = await dataSource.query(
      `SELECT status, title, doc->>'status' AS "docStatus", revision, doc->'responses'->0->>'status' AS response, doc->'responses'->1->>'declineReason' AS declined
       FROM calls_for_action WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ status: 'CLOSED', title: 'Training of officials', docStatus: 'CLOSED', revision: 6, response: 'ACCEPTED', declined: 'Not funding' });
    // An older event arriving again cannot take the row back in time.
    await dataSource.transaction((m) => callDetailsProjection.handle([events[1]], m));
    expect(await snapshot(dataSource, ['calls_for_action'])).toEqual(once);
  });
});
