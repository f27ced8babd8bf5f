import { demoOrganizationId } from '@pfp/identity';
import { draft, mexicoDraft, mutate, mutateRaw } from '@pfp/practices/testing';
import { useTestApi } from '../authorization/harness';

const INTEREST = `query($id: ID!) { practice(id: $id) { interestCount viewerInterested interestedOrganizations { id name } } }`;
const TRANSLATIONS = `query($id: ID!) { practice(id: $id) { translations { language title bodyHtml } } }`;

/** Interest in replicating (remembered per organisation, listed for the owner and the Support Unit) and translations added, revised and rendered. */
describe('practice interest and translations over HTTP GraphQL', () => {
  const t = useTestApi(['mx', 'hn', 'iom', 'gfmd-support-unit']);
  let id: string;

  beforeAll(async () => {
    id = (await draft(t.api, t.tokens.mx, { ...mexicoDraft, title: 'Interest and translations of a published practice' })).practice.id as string;
    await mutate(t.api, t.tokens.mx, 'submitPractice', 'SubmitPracticeInput', { id });
    await mutate(t.api, t.tokens['gfmd-support-unit'], 'publishPractice', 'PublishPracticeInput', { id });
  });

  const interest = async (token: string | null) =>
    (
      await t.api.gql<{ practice: { interestCount: number; viewerInterested: boolean; interestedOrganizations: Array<{ id: string; name: string }> | null } }>(
        INTEREST,
        { id },
        { token },
      )
    ).data!.practice;

  it('remembers who said they are interested, and shows the list to the owner and the Support Unit only', async () => {
    expect(await interest(t.tokens.hn)).toEqual({ interestCount: 0, viewerInterested: false, interestedOrganizations: null });
    await mutate(t.api, t.tokens.hn, 'expressInterestInPractice', 'ExpressInterestInPracticeInput', { id });
    await mutate(t.api, t.tokens.iom, 'expressInterestInPractice', 'ExpressInterestInPracticeInput', { id });
    // read right after the mutations: the read model has them (the command waits for it)
    expect(await interest(t.tokens.hn)).toEqual({ interestCount: 2, viewerInterested: true, interestedOrganizations: null });
    expect(await interest(null)).toEqual({ interestCount: 2, viewerInterested: false, interestedOrganizations: null });
    const listed = [
      { id: demoOrganizationId('hn'), name: 'Honduras' },
      { id: demoOrganizationId('iom'), name: 'International Organization for Migration (IOM)' },
    ];
    expect(await interest(t.tokens.mx)).toEqual({ interestCount: 2, viewerInterested: false, interestedOrganizations: listed });
    expect(await interest(t.tokens['gfmd-support-unit'])).toEqual({ interestCount: 2, viewerInterested: false, interestedOrganizations: listed });
  });

  it('revises a translation whole and serves its body as sanitised HTML, like the original', async () => {
    const input = { id, language: 'fr', title: 'Protection des enfants', body: 'La formation est **gratuite**.' };
    await mutate(t.api, t.tokens.mx, 'addPracticeTranslation', 'AddPracticeTranslationInput', input);
    const revised = await mutate(t.api, t.tokens.mx, 'revisePracticeTranslation', 'RevisePracticeTranslationInput', {
      ...input,
      title: 'Protection des enfants migrants non accompagnés',
      body: 'La formation est **gratuite**. <img src=x onerror="alert(1)"> [lien](javascript:alert(1))',
    });
    expect(revised.practice.translations).toEqual([{ language: 'fr', title: 'Protection des enfants migrants non accompagnés' }]);
    const { translations } = (
      await t.api.gql<{ practice: { translations: Array<{ language: string; title: string; bodyHtml: string }> } }>(TRANSLATIONS, { id })
    ).data!.practice;
    expect(translations).toHaveLength(1);
    expect(translations[0].bodyHtml).toContain('<strong>gratuite</strong>');
    expect(translations[0].bodyHtml).not.toMatch(/onerror|javascript:/);
  });

  it('refuses to revise a translation that was never added, and writes nothing', async () => {
    const before = await t.api.count(`SELECT count(*) FROM es_events WHERE stream_name = '${id}'`);
    const result = await mutateRaw(t.api, t.tokens.mx, 'revisePracticeTranslation', 'RevisePracticeTranslationInput', {
      id,
      language: 'es',
      title: 'Protección',
    });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'PRACTICE.NO_SUCH_TRANSLATION' });
    expect(await t.api.count(`SELECT count(*) FROM es_events WHERE stream_name = '${id}'`)).toBe(before);
  });
});
