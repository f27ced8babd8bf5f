import { replayTwice } from '@pfp/event-sourcing/testing';
import { InMemoryEventStore } from '@pfp/event-store';
import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { DataSource } from 'typeorm';
import { QUALITY_CRITERIA_ID, type QualityCriteria } from '../domain/quality-criteria';
import { QualityCriteria1765100000000 } from '../migrations/1765100000000-quality-criteria';
import { DEMO_CRITERIA } from '../surface/criteria-texts';
import { seedDemoQualityCriteria } from '../surface/demo-quality-criteria';
import { qualityCriteriaProjection, QUALITY_CRITERIA_TABLES } from './quality-criteria.projection';

describe('quality-criteria (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('quality_criteria');
    dataSource = await new DataSource({ type: 'postgres', url: db.url, migrations: [QualityCriteria1765100000000] }).initialize();
    await dataSource.runMigrations();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('projects the seven demo criteria, one reworded and one retired, idempotently (each event applied twice changes nothing)', async () => {
    const store = new InMemoryEventStore();
    expect(await seedDemoQualityCriteria(store)).toBe(7);
    expect(await seedDemoQualityCriteria(store)).toBe(0);
    const first = DEMO_CRITERIA[0];
    const at = '2026-01-01T00:00:00.000Z';
    await store.appendToStream(QUALITY_CRITERIA_ID, [
      { type: 'QualityCriterionReworded', data: { key: 'innovation', texts: first.texts, at } },
      { type: 'QualityCriterionRetired', data: { key: 'cost-and-resources', at } },
    ]);
    const { once, twice } = await replayTwice(dataSource, qualityCriteriaProjection, await store.readAll(), QUALITY_CRITERIA_TABLES);
    expect(twice).toEqual(once);
    const [row] = await dataSource.query(`SELECT doc, revision FROM quality_criteria WHERE id = $1`, [QUALITY_CRITERIA_ID]);
    const doc = row.doc as QualityCriteria;
    expect(row.revision).toBe(8);
    expect(doc.criteria.map((c) => [c.key, c.status])).toEqual([
      ['evidence-of-results', 'ACTIVE'],
      ['sustainability', 'ACTIVE'],
      ['replicability', 'ACTIVE'],
      ['partnership', 'ACTIVE'],
      ['innovation', 'ACTIVE'],
      ['rights-and-gender', 'ACTIVE'],
      ['cost-and-resources', 'RETIRED'],
    ]);
    expect(doc.criteria[4].texts).toEqual(first.texts);
    expect(doc.criteria.every((c) => c.texts.map((t) => t.language).join() === 'ar,en,es,fr,ru,zh')).toBe(true);
  });
});
