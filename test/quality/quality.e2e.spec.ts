import { mexicoDraft } from '@pfp/practices/testing';
import { useTestApi, type TestApi } from '../authorization/harness';

/*
 * Issue 18 end to end over HTTP GraphQL: the criteria, Mexico's training practice answering
 * each of them, the Support Unit questioning one, Mexico answering, the Support Unit confirming
 * and publishing; the page (practice query), search and the export read "confirmed".
 */

const ASSESSMENT = `assessment { status label answered meets confirmed questioned answers { criterionKey meets how evidence links verdict note } }`;
const PRACTICE = `id revision status changesRequested ${ASSESSMENT}`;

interface Assessment {
  status: string;
  label: string;
  answered: number;
  meets: number;
  confirmed: number;
  questioned: number;
  answers: Array<{ criterionKey: string; meets: boolean; how: string; links: string[]; verdict: string | null; note: string | null }>;
}
interface PracticeView {
  id: string;
  revision: number;
  status: string;
  changesRequested: string | null;
  assessment: Assessment | null;
}

async function practiceMutation(api: TestApi, token: string | null, name: string, input: Record<string, unknown>) {
  const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  return api.gql<Record<string, { practice: PracticeView; revision: number }>>(
    `mutation($input: ${type}!) { ${name}(input: $input) { revision practice { ${PRACTICE} } } }`,
    { input },
    { token },
  );
}
async function ok(api: TestApi, token: string | null, name: string, input: Record<string, unknown>): Promise<PracticeView> {
  const result = await practiceMutation(api, token, name, input);
  if (!result.data?.[name]) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  return result.data[name].practice;
}

describe('quality criteria and the assessment of a practice (issue 18)', () => {
  const t = useTestApi(['mx', 'gfmd-support-unit']);
  let criteria: Array<{ key: string; title: string }>;

  it('lists the seven criteria of the demo data in each UN language', async () => {
    const en = await t.api.gql<{ qualityCriteria: Array<{ key: string; title: string; texts: Array<{ language: string }> }> }>(
      `{ qualityCriteria { key title texts { language } } }`,
    );
    criteria = en.data!.qualityCriteria;
    expect(criteria.map((c) => c.key)).toEqual([
      'evidence-of-results',
      'sustainability',
      'replicability',
      'partnership',
      'innovation',
      'rights-and-gender',
      'cost-and-resources',
    ]);
    expect(en.data!.qualityCriteria[0].texts.map((x) => x.language)).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    const ar = await t.api.gql<{ qualityCriteria: Array<{ title: string }> }>(`{ qualityCriteria(language: "ar") { title } }`);
    expect(ar.data!.qualityCriteria[0].title).toBe('أدلة على النتائج');
    const bad = await t.api.gql(`{ qualityCriteria(language: "de") { key } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { language: expect.any(String) } });
  });

  it('Mexico answers each criterion, the Support Unit questions one, Mexico answers it, the Support Unit confirms and publishes; the page, search and the export read "confirmed"', async () => {
    const { api, tokens } = t;
    const drafted = await ok(api, tokens.mx, 'draftPractice', mexicoDraft);
    const answers = criteria.map((c) => ({
      criterionKey: c.key,
      meets: c.key !== 'cost-and-resources',
      how: c.key === 'cost-and-resources' ? 'The cost was not recorded.' : `The training meets ${c.title.toLowerCase()}.`,
      evidence: 'The National Migration Institute’s report on the 2010-2011 courses.',
      links: ['https://www.gob.mx/inm'],
    }));

    // bad input: an unknown criterion and a plain-http link, each named, nothing written
    const events = () => api.count(`SELECT count(*) FROM es_events WHERE stream_name = '${drafted.id}'`);
    const before = await events();
    const unknown = await practiceMutation(api, tokens.mx, 'submitPractice', { id: drafted.id, answers: [{ ...answers[0], criterionKey: 'popularity' }] });
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PRACTICE.INVALID',
      fields: { 'answers.0.criterionKey': expect.any(String) },
    });
    const insecure = await practiceMutation(api, tokens.mx, 'submitPractice', { id: drafted.id, answers: [{ ...answers[0], links: ['http://www.gob.mx'] }] });
    expect(insecure.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'answers.0.links.0': 'must be an https URL' } });
    expect(await events()).toBe(before);

    const submitted = await ok(api, tokens.mx, 'submitPractice', { id: drafted.id, answers });
    expect(submitted.assessment).toMatchObject({ status: 'AWAITING_REVIEW', answered: 7, meets: 6, label: 'meets 6 of 7 criteria, not yet confirmed' });

    // the Support Unit confirms six answers and questions replicability: the practice goes back
    const verdicts = answers.map((a) =>
      a.criterionKey === 'replicability'
        ? { criterionKey: a.criterionKey, verdict: 'QUESTIONED', note: 'Name the countries where it was replicated.' }
        : { criterionKey: a.criterionKey, verdict: 'CONFIRMED' },
    );
    const questioned = await ok(api, tokens['gfmd-support-unit'], 'assessPractice', { id: drafted.id, verdicts });
    expect(questioned.status).toBe('CHANGES_REQUESTED');
    expect(questioned.changesRequested).toBe('replicability: Name the countries where it was replicated.');
    expect(questioned.assessment).toMatchObject({ status: 'QUESTIONED', confirmed: 6, questioned: 1 });
    // a reviewer's question needs a note; the owner cannot assess
    const noNote = await practiceMutation(api, tokens['gfmd-support-unit'], 'assessPractice', {
      id: drafted.id,
      verdicts: [{ criterionKey: 'replicability', verdict: 'QUESTIONED' }],
    });
    expect(noNote.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const byOwner = await practiceMutation(api, tokens.mx, 'assessPractice', {
      id: drafted.id,
      verdicts: [{ criterionKey: 'replicability', verdict: 'CONFIRMED' }],
    });
    expect(byOwner.errors?.[0].extensions.code).toBe('FORBIDDEN');

    // Mexico answers the question; the six confirmations of unchanged answers stand
    const reanswered = answers.map((a) =>
      a.criterionKey === 'replicability' ? { ...a, how: 'Replicated in Guatemala, Honduras and El Salvador (2011 report).' } : a,
    );
    const resubmitted = await ok(api, tokens.mx, 'submitPractice', { id: drafted.id, answers: reanswered });
    expect(resubmitted.assessment).toMatchObject({ status: 'PARTLY_CONFIRMED', confirmed: 6, questioned: 0 });

    await ok(api, tokens['gfmd-support-unit'], 'assessPractice', { id: drafted.id, verdicts: [{ criterionKey: 'replicability', verdict: 'CONFIRMED' }] });
    const published = await ok(api, tokens['gfmd-support-unit'], 'publishPractice', { id: drafted.id });
    expect(published.status).toBe('PUBLISHED');

    // the page, as a visitor reads it
    const page = await api.gql<{ practice: PracticeView }>(`query($id: ID!) { practice(id: $id) { ${PRACTICE} } }`, { id: drafted.id });
    expect(page.data!.practice.assessment).toMatchObject({ status: 'CONFIRMED', label: 'meets 6 of 7 criteria, confirmed by the Support Unit', confirmed: 7 });
    expect(page.data!.practice.assessment!.answers.find((a) => a.criterionKey === 'replicability')).toMatchObject({
      verdict: 'CONFIRMED',
      how: 'Replicated in Guatemala, Honduras and El Salvador (2011 report).',
      links: ['https://www.gob.mx/inm'],
    });

    // search by criterion: every one named must be met (confirmed)
    const search = async (criteriaKeys: string[]) =>
      (
        await api.gql<{ practices: { edges: Array<{ node: { id: string } }> } }>(
          `query($filter: PracticeFilter) { practices(first: 50, filter: $filter) { edges { node { id } } } }`,
          { filter: { criteria: criteriaKeys } },
        )
      ).data!.practices.edges.map((e) => e.node.id);
    expect(await search(['replicability', 'innovation'])).toEqual([drafted.id]);
    expect(await search(['cost-and-resources'])).toEqual([]);

    // the open data export
    const exported = (await (await fetch(new URL('/export/practices.json', t.api.url))).json()) as {
      practices: Array<{ id: string; assessmentStatus: string; assessment: string; criteriaMet: string[] }>;
    };
    expect(exported.practices.find((p) => p.id === drafted.id)).toMatchObject({
      assessmentStatus: 'CONFIRMED',
      assessment: 'meets 6 of 7 criteria, confirmed by the Support Unit',
      criteriaMet: expect.arrayContaining(['evidence-of-results', 'replicability']),
    });
    const csv = await (await fetch(new URL('/export/practices.csv', t.api.url))).text();
    expect(csv.split('\r\n')[0]).toContain('assessmentStatus,assessment,criteriaMet,criteriaAnswers');
    expect(csv).toContain('meets 6 of 7 criteria, confirmed by the Support Unit');
  });

  it('the Support Unit adds, rewords and retires a criterion; a state may not; bad texts are refused by field and write nothing', async () => {
    const { api, tokens } = t;
    const texts = (title: string) =>
      ['ar', 'en', 'es', 'fr', 'ru', 'zh'].map((language) => ({ language, title: `${title} ${language}`, explanation: 'Short.' }));
    const send = (token: string | null, name: string, input: Record<string, unknown>) =>
      api.gql<Record<string, { criterion: { key: string; title: string; retired: boolean }; revision: number }>>(
        `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { revision criterion { key title retired } } }`,
        { input },
        { token },
      );
    const stream = () => api.count(`SELECT count(*) FROM es_events WHERE stream_name LIKE 'qualityCriteria-%'`);
    const before = await stream();
    const missing = await send(tokens['gfmd-support-unit'], 'addQualityCriterion', { key: 'accessibility', texts: texts('Accessible').slice(0, 5) });
    expect(missing.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUALITY.INVALID',
      fields: { texts: expect.stringContaining('zh') },
    });
    const byState = await send(tokens.mx, 'addQualityCriterion', { key: 'accessibility', texts: texts('Accessible') });
    expect(byState.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await stream()).toBe(before);

    const added = await send(tokens['gfmd-support-unit'], 'addQualityCriterion', { key: 'accessibility', texts: texts('Accessible') });
    expect(added.data!.addQualityCriterion.criterion).toEqual({ key: 'accessibility', title: 'Accessible en', retired: false });
    const reworded = await send(tokens['gfmd-support-unit'], 'rewordQualityCriterion', { key: 'accessibility', texts: texts('Open to all') });
    expect(reworded.data!.rewordQualityCriterion.criterion.title).toBe('Open to all en');
    const retired = await send(tokens['gfmd-support-unit'], 'retireQualityCriterion', { key: 'accessibility' });
    expect(retired.data!.retireQualityCriterion.criterion.retired).toBe(true);
    const listed = await api.gql<{ qualityCriteria: Array<{ key: string }> }>(`{ qualityCriteria { key } }`);
    expect(listed.data!.qualityCriteria.map((c) => c.key)).not.toContain('accessibility');
    const all = await api.gql<{ qualityCriteria: Array<{ key: string; retired: boolean }> }>(`{ qualityCriteria(includeRetired: true) { key retired } }`);
    expect(all.data!.qualityCriteria.find((c) => c.key === 'accessibility')).toEqual({ key: 'accessibility', retired: true });
  });
});
