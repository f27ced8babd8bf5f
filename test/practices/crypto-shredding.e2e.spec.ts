import { EVENT_STORE } from '@pfp/event-sourcing';
import { snapshot } from '@pfp/event-sourcing/testing';
import type { EventStore, GlobalPosition } from '@pfp/event-store';
import { useTestApi, type TestApi } from '../authorization/harness';
import { PRACTICE_DETAILS_TABLES, practiceDetailsProjection, PRACTICE_SEARCH_TABLES, practiceSearchProjection } from '@pfp/practices';
import { draft, mexicoDraft, mutate } from '@pfp/practices/testing';

const NAME = 'Anabel Quetzalli Shreddable';
const EMAIL = 'anabel.shreddable@example.org';
const TABLES = [...PRACTICE_DETAILS_TABLES, ...PRACTICE_SEARCH_TABLES];

/** Rows of every table of the database that mention `needle` anywhere (as text). */
async function traces(api: TestApi, needles: string[]): Promise<Record<string, number>> {
  const tables: Array<{ name: string }> = await api.dataSource.query(
    `SELECT table_schema || '.' || quote_ident(table_name) AS name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
  );
  const found: Record<string, number> = {};
  for (const { name } of tables) {
    for (const needle of needles) {
      const [row] = await api.dataSource.query(`SELECT count(*)::int AS n FROM ${name} t WHERE t::text ILIKE $1`, [`%${needle}%`]);
      if (row.n > 0) found[`${name}: ${needle}`] = row.n;
    }
  }
  return found;
}

/** Clears the practice read models and replays the whole log through their projections, as a rebuild from 0 does. */
async function rebuildFromZero(api: TestApi): Promise<void> {
  const store = api.app.get<EventStore>(EVENT_STORE);
  await api.dataSource.transaction(async (manager) => {
    await manager.query(`TRUNCATE ${TABLES.join(', ')}`);
    let after: GlobalPosition | undefined;
    for (;;) {
      const events = await store.readAll({ after, maxCount: 200 });
      if (events.length === 0) break;
      await practiceDetailsProjection.handle(events, manager);
      await practiceSearchProjection.handle(events, manager);
      after = events[events.length - 1].position;
    }
  });
}

describe('contacts are personal data: sealed outside the log, erased by deleting the key', () => {
  const t = useTestApi(['mx', 'hn', 'gfmd-support-unit']);

  it('keeps the contact out of the log in plain text, shows it to signed-in accounts, and after erasure finds it nowhere, even after a rebuild', async () => {
    const {
      api,
      tokens: { mx: mexico, hn: honduras, 'gfmd-support-unit': supportUnit },
    } = t;
    const { practice } = await draft(api, mexico, { ...mexicoDraft, contact: { name: NAME, email: EMAIL } });
    const id = practice.id as string;
    const subjectId = (practice.contact as { subjectId: string }).subjectId;
    expect(practice.contact).toEqual({ subjectId, name: NAME, email: EMAIL });
    // A revision keeps the same person (and key).
    const revised = await mutate(api, mexico, 'revisePractice', 'RevisePracticeInput', { ...mexicoDraft, id, contact: { name: NAME, email: EMAIL } });
    expect((revised.practice.contact as { subjectId: string }).subjectId).toBe(subjectId);
    await mutate(api, mexico, 'submitPractice', 'SubmitPracticeInput', { id });
    await mutate(api, supportUnit, 'publishPractice', 'PublishPracticeInput', { id });

    const CONTACT = `query($id: ID!) { practice(id: $id) { contact { name email } } }`;
    expect((await api.gql<{ practice: { contact: unknown } }>(CONTACT, { id }, { token: honduras })).data!.practice.contact).toEqual({
      name: NAME,
      email: EMAIL,
    });
    expect((await api.gql<{ practice: { contact: unknown } }>(CONTACT, { id })).data!.practice.contact).toBeNull();

    // Only ciphertext is stored, in the log and in the read models alike.
    expect(await traces(api, [EMAIL, 'Shreddable'])).toEqual({});
    expect(await api.count(`SELECT count(*) FROM es_events WHERE stream_name = '${id}' AND data::text LIKE '%${subjectId}%'`)).toBe(2);

    const erased = await mutate(api, supportUnit, 'eraseContact', 'EraseContactInput', { id });
    expect(erased.practice.contact).toBeNull();
    expect(await api.count(`SELECT count(*) FROM personal_data_keys WHERE subject_id = '${subjectId}'`)).toBe(0);
    expect((await api.gql<{ practice: { contact: unknown } }>(CONTACT, { id }, { token: honduras })).data!.practice.contact).toBeNull();

    // Rebuilt from position 0: the read models equal the live ones, and the person is nowhere to read.
    const live = await snapshot(api.dataSource, TABLES);
    await rebuildFromZero(api);
    const rebuilt = await snapshot(api.dataSource, TABLES);
    expect(rebuilt).toEqual(live);
    expect(await traces(api, [EMAIL, 'Shreddable'])).toEqual({});
    // The ciphertext left in old events is all that remains, and no key opens it.
    expect(await api.count(`SELECT count(*) FROM practice_details WHERE doc::text LIKE '%${subjectId}%'`)).toBe(0);
    expect((await api.gql<{ practice: { contact: unknown } }>(CONTACT, { id }, { token: supportUnit })).data!.practice.contact).toBeNull();
  });

  it('rebuilds every practice read model from position 0 row for row, demo practices and workflow alike', async () => {
    const {
      api,
      tokens: { mx: mexico, 'gfmd-support-unit': supportUnit },
    } = t;
    const { practice } = await draft(api, mexico);
    await mutate(api, mexico, 'submitPractice', 'SubmitPracticeInput', { id: practice.id });
    await mutate(api, supportUnit, 'requestPracticeChanges', 'RequestPracticeChangesInput', { id: practice.id, reason: 'More detail' });
    await mutate(api, mexico, 'archivePractice', 'ArchivePracticeInput', { id: practice.id });
    const live = await snapshot(api.dataSource, TABLES);
    expect(live.practice_details.length).toBeGreaterThanOrEqual(9);
    await rebuildFromZero(api);
    expect(await snapshot(api.dataSource, TABLES)).toEqual(live);
  });
});
