import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { Pool } from 'pg';
import { ProjectedPositions } from './projected-positions';

describe('ProjectedPositions (NOTIFY/LISTEN between processes, PostgreSQL)', () => {
  let db: TestDatabase;
  let pool: Pool;
  let projector: ProjectedPositions;
  let api: ProjectedPositions;
  const at = (n: number) => ({ commit: BigInt(n), prepare: BigInt(n) });

  beforeAll(async () => {
    db = await createTestDatabase('projected');
    pool = new Pool({ connectionString: db.url, max: 2 });
    const notify = (channel: string, payload: string) => pool.query(`SELECT pg_notify($1, $2)`, [channel, payload]);
    projector = new ProjectedPositions(db.url, notify);
    api = new ProjectedPositions(db.url, notify);
  });
  afterAll(async () => {
    await api.close();
    await projector.close();
    await pool.end();
    await db.drop();
  });

  it('wakes a waiter in another process when the projection moves, and not before', async () => {
    // nothing said yet: the wait runs out (and starts listening), and nothing is heard until the LISTEN is up
    expect(api.hearing).toBe(false);
    expect(await api.waitFor('tally', at(5), 50)).toBe(false);
    // once its LISTEN is up, what the projector says reaches it
    while (!(await api.waitFor('tally', at(5), 50))) projector.publish('tally', at(5));
    expect(api.hearing).toBe(true);
    const waiting = api.waitFor('tally', at(9), 10_000);
    const other = api.waitFor('other', at(9), 200);
    projector.publish('tally', at(8));
    projector.publish('tally', at(9));
    expect(await waiting).toBe(true);
    expect(await other).toBe(false);
    expect(api.reached('tally', at(9))).toBe(true);
    expect(api.reached('tally', at(10))).toBe(false);
  });

  it('keeps positions whose halves differ (another store’s order)', async () => {
    const position = { commit: 70n, prepare: 30n };
    const waiting = api.waitFor('kurrent', position, 10_000);
    projector.publish('kurrent', position);
    expect(await waiting).toBe(true);
    expect(api.reached('kurrent', { commit: 70n, prepare: 31n })).toBe(false);
  });

  it('hears nothing once closed', async () => {
    const closing = new ProjectedPositions(db.url, () => Promise.resolve());
    while (!closing.hearing) await closing.waitFor('tally', at(1), 20);
    await closing.close();
    expect(closing.hearing).toBe(false);
  });
});
