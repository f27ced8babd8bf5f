import { replayTwice } from '@pfp/event-sourcing/testing';
import { InMemoryEventStore } from '@pfp/event-store';
import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { DataSource } from 'typeorm';
import { Newsletter1765300000000 } from '../migrations/1765300000000-newsletter';
import { newsletterIssuesProjection } from './newsletter-issues.projection';

describe('newsletter-issues projection (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('newsletter');
    dataSource = await new DataSource({ type: 'postgres', url: db.url, migrations: [Newsletter1765300000000] }).initialize();
    await dataSource.runMigrations();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('folds an issue from draft to sent into its row, and is idempotent: the same events twice change nothing', async () => {
    const store = new InMemoryEventStore();
    const id = 'newsletterIssue-6a1f0c3e-2b4d-4e5f-8a9b-0c1d2e3f4a5b';
    const at = '2011-12-01T00:00:00.000Z';
    const item = { subjectId: 'practice-1', kind: 'PRACTICE', title: 'P', summary: null, path: '/practices/practice-1', publishedAt: at };
    await store.appendToStream(id, [
      {
        type: 'NewsletterIssueDrafted',
        data: { title: 'December', introduction: 'Hello', items: [item], coversFrom: null, coversUntil: at, draftedBy: 'account-su', draftedAt: at },
      },
      { type: 'NewsletterIssueEdited', data: { title: 'December 2011', introduction: 'Hello', items: [], editedAt: at } },
      { type: 'NewsletterIssueEdited', data: { title: 'December 2011', introduction: 'Hello', items: [item], editedAt: at } },
      { type: 'NewsletterIssueSent', data: { sentBy: 'account-su', sentAt: '2011-12-02T00:00:00.000Z' } },
    ]);
    const events = await store.readStream(id);
    const { once, twice } = await replayTwice(dataSource, newsletterIssuesProjection, events, ['newsletter_issues']);
    expect(twice).toEqual(once);
    const [row] = await dataSource.query(`SELECT status, sent_at, doc FROM newsletter_issues WHERE id = $1`, [id]);
    expect(row.status).toBe('SENT');
    expect(new Date(row.sent_at).toISOString()).toBe('2011-12-02T00:00:00.000Z');
    expect(row.doc).toMatchObject({ title: 'December 2011', items: [item], gathered: [item] });
  });
});
