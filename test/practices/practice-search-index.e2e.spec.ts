import type { INestApplication } from '@nestjs/common';
import { graphql } from '@pfp/identity/testing';
import { draft, mexicoDraft, mutate } from '@pfp/practices/testing';
import { startApp } from '../../apps/api/src/create-app';
import { features, startTestApi, type TestApi } from '../authorization/harness';
import { discuss } from '../discussion/discussion-api';

/**
 * The in-memory practice search of each API process (libs/search-index, fed by practice_search):
 * a publication is searchable within a second of the mutation returning, an archived or hidden
 * practice leaves at once, two processes answer alike, and a restarted process serves its full
 * index from its first request.
 */
describe('practice search in memory: fresh, removed at once, alike in two processes, full after a restart', () => {
  let first: TestApi;
  let second: { app: INestApplication; url: string } | null = null;
  let mexico: string;
  let supportUnit: string;

  const SEARCH = `query($search: String, $filter: PracticeFilter) {
    practices(search: $search, filter: $filter, first: 20) {
      totalCount edges { node { id title revision } }
      facets { theme { value count } country { value count } region { value count } owner { value count } gcmObjective { value count } implementationStatus { value count } }
    }
  }`;
  type Found = { totalCount: number; edges: Array<{ node: { id: string; title: string; revision: number } }>; facets: Record<string, unknown> };
  const search = async (url: string, variables: Record<string, unknown>): Promise<Found> => {
    const result = await graphql<{ practices: Found }>(url, SEARCH, variables);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.practices;
  };
  const ids = (found: Found) => found.edges.map((e) => e.node.id);

  /** Polls (no fixed sleep) until `found` holds, answering how long it took; fails after `ms`. */
  async function within(ms: number, found: () => Promise<boolean>): Promise<number> {
    const started = Date.now();
    while (!(await found())) {
      if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
      await new Promise((r) => setImmediate(r));
    }
    return Date.now() - started;
  }

  async function publish(title: string): Promise<string> {
    const drafted = await draft(first, mexico, { ...mexicoDraft, title });
    const id = drafted.practice.id as string;
    const submitted = await mutate(first, mexico, 'submitPractice', 'SubmitPracticeInput', { id, expectedRevision: drafted.revision });
    await mutate(first, supportUnit, 'publishPractice', 'PublishPracticeInput', { id, expectedRevision: submitted.revision });
    return id;
  }

  beforeAll(async () => {
    first = await startTestApi();
    // a second API process on the same database: it does not hold the projections' locks, the first does
    second = await startApp({ ...first.config, port: 0 }, features());
    mexico = await first.signInAsDemo('mx');
    supportUnit = await first.signInAsDemo('gfmd-support-unit');
  });
  afterAll(async () => {
    await second?.app.close();
    await first?.close();
  });

  it('finds a published practice as the mutation returns in its process, and within a second in the other', async () => {
    const id = await publish('Quetzalcoatl consular outreach for seasonal workers');
    const here = await search(first.url, { search: 'quetzalcoatl' });
    expect(ids(here)).toEqual([id]); // read-your-writes: the first request after the mutation
    const elsewhere = await within(1000, async () => ids(await search(second!.url, { search: 'quetzalcoatl' })).includes(id));
    expect(elsewhere).toBeLessThan(1000);
    // a revision published later is searched in its new words, not its old ones
    const revised = await mutate(first, mexico, 'revisePractice', 'RevisePracticeInput', { ...mexicoDraft, id, title: 'Tlaloc consular outreach' });
    // revising a published practice sends it to review; the public keeps the published text meanwhile
    expect(ids(await search(first.url, { search: 'tlaloc' }))).toEqual([]);
    expect(ids(await search(first.url, { search: 'quetzalcoatl' }))).toEqual([id]);
    await mutate(first, supportUnit, 'publishPractice', 'PublishPracticeInput', { id, expectedRevision: revised.revision });
    expect(ids(await search(first.url, { search: 'tlaloc' }))).toEqual([id]);
    expect(ids(await search(first.url, { search: 'quetzalcoatl' }))).toEqual([]);
  });

  it('drops an archived practice at once, and a hidden one at once in every process, counts and facets too', async () => {
    const archived = await publish('Xochimilco remittance corridors');
    const hidden = await publish('Xochimilco diaspora bonds');
    await within(1000, async () => (await search(second!.url, { search: 'xochimilco' })).totalCount === 2);
    await mutate(first, mexico, 'archivePractice', 'ArchivePracticeInput', { id: archived });
    expect(ids(await search(first.url, { search: 'xochimilco' }))).toEqual([hidden]);
    await within(1000, async () => ids(await search(second!.url, { search: 'xochimilco' })).join() === hidden);

    await discuss(first, supportUnit, 'hideContent', 'ModerationReasonInput', { contentId: hidden, reason: 'Not what the platform is for' }, 'revision');
    for (const url of [first.url, second!.url]) {
      const found = await search(url, { search: 'xochimilco' });
      expect(found.totalCount).toBe(0);
      expect(found.facets.country).toEqual([]);
    }
    const browsing = await search(second!.url, { filter: { countries: ['HND'] } });
    expect(ids(browsing)).not.toContain(hidden);
    expect(ids(browsing)).not.toContain(archived);
  });

  it('answers alike in two processes: the same page, order, total and facet counts', async () => {
    await publish('Tenochtitlan labour mobility partnership');
    const queries = [{ search: 'unaccompanied' }, { search: 'tenochtitlan' }, { filter: { countries: ['HND'] } }, { search: 'children -remittances' }, { search: '"migrant children"' }];
    for (const variables of queries) {
      const a = await search(first.url, variables);
      await within(1000, async () => JSON.stringify(await search(second!.url, variables)) === JSON.stringify(a));
      expect(await search(second!.url, variables)).toEqual(a);
      expect(a.totalCount).toBeGreaterThan(0);
    }
  });

  it('serves the full index from the first request after a restart', async () => {
    const id = await publish('Teotihuacan skills recognition');
    const before = await search(first.url, { search: 'teotihuacan' });
    await second!.app.close();
    second = null;
    const restarted = await startApp({ ...first.config, port: 0 }, features());
    second = restarted;
    const after = await search(restarted.url, { search: 'teotihuacan' });
    expect(ids(after)).toEqual([id]);
    expect(after).toEqual(before);
    const all = await search(restarted.url, {});
    expect(all.totalCount).toBe((await search(first.url, {})).totalCount);
    expect(all.totalCount).toBe(7 + 3); // the demo's seven and this file's five, less the archived and the hidden
  });
});
