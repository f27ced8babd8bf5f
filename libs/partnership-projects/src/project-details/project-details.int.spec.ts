import { rebuildProjection } from '@pfp/event-sourcing';
import { replayTwice, snapshot } from '@pfp/event-sourcing/testing';
import { InMemoryEventStore, PostgresEventStore } from '@pfp/event-store';
import { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { DataSource } from 'typeorm';
import { demoStreams } from '../demo/demo-seed';
import { PartnershipProjects1764600001000 } from '../migrations/1764600001000-partnership-projects';
import { ProjectDetailsDocuments1764620001000 } from '../migrations/1764620001000-project-details-documents';
import { projectDetailsProjection } from './project-details.projection';
import { launchData } from '@pfp/partnership-projects/testing';

describe('project-details projection (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('projects');
    dataSource = await new DataSource({
      type: 'postgres',
      url: db.url,
      migrations: [PartnershipProjects1764600001000, ProjectDetailsDocuments1764620001000],
    }).initialize();
    await dataSource.runMigrations();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('projects the demo projects with their updates, idempotently', async () => {
    const store = new InMemoryEventStore();
    for (const { stream, events } of demoStreams())
      await store.appendToStream(
        stream,
        events.map((e) => ({ type: e.type, data: e.data })),
      );
    const events = await store.readAll();
    const { once, twice } = await replayTwice(dataSource, projectDetailsProjection, events, ['partnership_projects', 'project_updates']);
    expect(twice).toEqual(once);
    const rows = await dataSource.query(
      `SELECT title, status, doc->>'status' AS doc_status, lead_organization_id, readers FROM partnership_projects ORDER BY title`,
    );
    expect(rows.map((r: { title: string }) => r.title)).toEqual([
      'Handbook on engaging diasporas in development',
      'Migration Profiles Repository',
      'Protection of unaccompanied migrant children',
    ]);
    expect(
      rows.every(
        (r: { status: string; doc_status: string; lead_organization_id: string }) =>
          r.status === r.doc_status && r.lead_organization_id.startsWith('organization-'),
      ),
    ).toBe(true);
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM project_updates`);
    expect(n).toBe(4);
    const [metric] = await dataSource.query(`SELECT metrics FROM project_updates WHERE text LIKE '3,500%'`);
    expect(metric.metrics).toEqual([{ indicator: 'officials trained', value: 3500 }]);
  });

  it('projects the changes after the launch (role, edit, removal), idempotently', async () => {
    const store = new InMemoryEventStore();
    const id = 'project-2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';
    const at = '2011-07-01T00:00:00.000Z';
    await store.appendToStream(id, [
      {
        type: 'PartnershipProjectLaunched',
        data: launchData({
          id,
          title: 'Before',
          visibility: 'PUBLIC',
          partners: [
            { organizationId: 'organization-hn', role: 'PARTNER' },
            { organizationId: 'organization-iom', role: 'PARTNER' },
          ],
        }),
      },
      { type: 'ProjectPartnerRoleChanged', data: { organizationId: 'organization-iom', role: 'IMPLEMENTER', changedAt: at } },
      { type: 'ProjectPartnerRemoved', data: { organizationId: 'organization-hn', removedAt: at } },
      {
        type: 'PartnershipProjectEdited',
        data: {
          title: 'After',
          summary: 'Edited.',
          visibility: 'PARTNERS',
          themes: ['protection'],
          countries: ['MEX'],
          endsOn: '2012-06-30',
          editedAt: at,
          readers: ['organization-mx', 'organization-iom'],
        },
      },
    ]);
    const events = await store.readAll();
    await dataSource.query(`TRUNCATE partnership_projects, project_updates`);
    const { once, twice } = await replayTwice(dataSource, projectDetailsProjection, events, ['partnership_projects', 'project_updates']);
    expect(twice).toEqual(once);
    const [row] = await dataSource.query(`SELECT title, readers, doc FROM partnership_projects WHERE id = $1`, [id]);
    expect({ title: row.title, readers: row.readers, summary: row.doc.summary, partners: row.doc.partners.map((p: { role: string }) => p.role) }).toEqual({
      title: 'After',
      readers: ['organization-mx', 'organization-iom'],
      summary: 'Edited.',
      partners: ['LEAD', 'IMPLEMENTER'],
    });
  });

  it('projects targets set, changed and retired, and the progress an update reports, idempotently (issue 18)', async () => {
    const store = new InMemoryEventStore();
    const id = 'project-3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a';
    const at = '2011-07-01T00:00:00.000Z';
    const trained = { id: 'officials-trained', indicator: 'officials trained', unit: 'officials', baseline: 0, targetValue: 5000, targetDate: '2013-12-31', serves: 'gcm-7' };
    await store.appendToStream(id, [
      { type: 'PartnershipProjectLaunched', data: launchData({ id, title: 'Targets', visibility: 'PUBLIC' }) },
      { type: 'ProjectTargetSet', data: { ...trained, setAt: at } },
      { type: 'ProjectTargetSet', data: { ...trained, id: 'courses', indicator: 'courses', unit: 'courses', targetValue: 10, setAt: at } },
      { type: 'ProjectTargetSet', data: { ...trained, targetValue: 6000, setAt: '2011-08-01T00:00:00.000Z' } },
      {
        type: 'ProjectUpdatePosted',
        data: {
          id: 'update-targets-1',
          text: 'Yearly report',
          metrics: [],
          videoUrl: null,
          organizationId: 'organization-mx',
          postedAt: '2012-06-01T00:00:00.000Z',
          progress: [{ targetId: 'officials-trained', value: 3500 }],
        },
      },
      { type: 'ProjectTargetRetired', data: { targetId: 'courses', retiredAt: '2012-07-01T00:00:00.000Z' } },
    ]);
    const events = await store.readAll();
    await dataSource.query(`TRUNCATE partnership_projects, project_updates`);
    const { once, twice } = await replayTwice(dataSource, projectDetailsProjection, events, ['partnership_projects', 'project_updates']);
    expect(twice).toEqual(once);
    const [row] = await dataSource.query(`SELECT doc FROM partnership_projects WHERE id = $1`, [id]);
    expect(row.doc.targets).toEqual([
      { ...trained, targetValue: 6000, setAt: '2011-08-01T00:00:00.000Z', retiredAt: null },
      { ...trained, id: 'courses', indicator: 'courses', unit: 'courses', targetValue: 10, setAt: at, retiredAt: '2012-07-01T00:00:00.000Z' },
    ]);
    expect(row.doc.updates[0].progress).toEqual([{ targetId: 'officials-trained', value: 3500 }]);
  });

  it('rebuilds from the log into the same rows (npm run projections:rebuild -- project-details)', async () => {
    const pool = new Pool({ connectionString: db.url, max: 3 });
    const store = await PostgresEventStore.create(pool);
    try {
      for (const { stream, events } of demoStreams())
        await store.appendToStream(
          stream,
          events.map((e) => ({ type: e.type, data: e.data })),
        );
      const partnersOnly = 'project-0b6f3d1e-5c4a-4b2e-9d8f-7a6b5c4d3e2f';
      const at = '2011-06-01T00:00:00.000Z';
      await store.appendToStream(partnersOnly, [
        {
          type: 'PartnershipProjectLaunched',
          data: launchData({
            id: partnersOnly,
            title: 'Partners only',
            visibility: 'PARTNERS',
            partners: [{ organizationId: 'organization-hn', role: 'PARTNER' }],
            launchedAt: at,
          }),
        },
      ]);
      await dataSource.query(`TRUNCATE partnership_projects, project_updates`);
      const events = await store.readAll();
      await dataSource.transaction((m) => projectDetailsProjection.handle(events, m));
      const live = await snapshot(dataSource, projectDetailsProjection.tables!);
      const [row] = await dataSource.query(`SELECT readers, lead_organization_id FROM partnership_projects WHERE id = $1`, [partnersOnly]);
      expect(row).toEqual({ readers: ['organization-mx', 'organization-hn'], lead_organization_id: 'organization-mx' });
      expect(projectDetailsProjection.tables).toEqual(['partnership_projects', 'project_updates']);
      const result = await rebuildProjection({ dataSource, store, projection: projectDetailsProjection, batchSize: 5 });
      expect(result.events).toBeGreaterThan(0);
      expect(await snapshot(dataSource, projectDetailsProjection.tables!)).toEqual(live);
    } finally {
      await store.close();
      await pool.end();
    }
  });
});
