import { Digests } from '@pfp/follows';
import { demoAccountEmail, demoOrganizationId } from '@pfp/identity';
import { draft, mexicoDraft, mutate } from '@pfp/practices/testing';
import { useTestApi } from '../authorization/harness';
import { eventually, feedTexts } from '../discussion/discussion-api';

const VIEWER = `{ viewer { language mailLanguage } }`;
const SET = `mutation($input: SetAccountLanguageInput!) { setAccountLanguage(input: $input) { account { language mailLanguage } } }`;

/** An account's mail language (issue 16 point 6): chosen with setAccountLanguage, else the site's at the last sign-in, else English. */
describe('the language of an account’s mails', () => {
  const t = useTestApi(['mx', 'icmc', 'ilo']);
  const viewer = async (token: string) => (await t.api.gql<{ viewer: { language: string | null; mailLanguage: string } }>(VIEWER, {}, { token })).data!.viewer;

  it('is English until the account says otherwise, then the site’s language at sign-in, then the one chosen', async () => {
    expect(await viewer(t.tokens.ilo)).toEqual({ language: null, mailLanguage: 'en' });
    const signedIn = await t.api.gql<{ signIn: { token: string; viewer: { mailLanguage: string } } }>(
      `mutation($input: SignInInput!) { signIn(input: $input) { token viewer { mailLanguage } } }`,
      { input: { email: demoAccountEmail('ilo'), password: 'partnerships-2011', language: 'es' } },
    );
    expect(signedIn.data!.signIn.viewer.mailLanguage).toBe('es');
    const set = await t.api.gql(SET, { input: { language: 'ru' } }, { token: signedIn.data!.signIn.token });
    expect(set.data).toEqual({ setAccountLanguage: { account: { language: 'ru', mailLanguage: 'ru' } } });
    // a later sign-in in another language keeps the one chosen
    await t.api.gql(`mutation($input: SignInInput!) { signIn(input: $input) { token } }`, {
      input: { email: demoAccountEmail('ilo'), password: 'partnerships-2011', language: 'zh' },
    });
    expect(await viewer(t.tokens.ilo)).toEqual({ language: 'ru', mailLanguage: 'ru' });
  });

  it('refuses a language that is not one of the six, naming the field, and writes nothing; a visitor is UNAUTHENTICATED', async () => {
    const before = await t.api.count(`SELECT count(*) FROM identity_audit`);
    const refused = await t.api.gql(SET, { input: { language: 'xx' } }, { token: t.tokens.mx });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ACCOUNT.INVALID',
      fields: { language: expect.stringContaining('fr') },
    });
    const visitor = await t.api.gql(SET, { input: { language: 'fr' } });
    expect(visitor.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const badSignIn = await t.api.gql(`mutation($input: SignInInput!) { signIn(input: $input) { token } }`, {
      input: { email: demoAccountEmail('mx'), password: 'partnerships-2011', language: 'klingon' },
    });
    expect(badSignIn.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await t.api.count(`SELECT count(*) FROM identity_audit`)).toBe(before);
    expect(await viewer(t.tokens.mx)).toEqual({ language: null, mailLanguage: 'en' });
  });

  it('an account in French receives its digest in French (the real template, the outbox)', async () => {
    await t.api.gql(SET, { input: { language: 'fr' } }, { token: t.tokens.icmc });
    // Mexico invites ICMC to co-author a draft: the invitation reaches ICMC's feed, followed or not
    const id = (await draft(t.api, t.tokens.mx, { ...mexicoDraft, title: 'Written with ICMC' })).practice.id as string;
    await mutate(t.api, t.tokens.mx, 'invitePracticeCoAuthor', 'InvitePracticeCoAuthorInput', { id, organizationId: demoOrganizationId('icmc') });
    await eventually(
      () => feedTexts(t.api, t.tokens.icmc),
      (items) => items.some((i) => i.subjectId === id),
    );
    expect(await t.api.app.get(Digests).send('DAILY')).toBeGreaterThanOrEqual(1);
    const mail = await t.api.lastMailTo(demoAccountEmail('icmc'));
    expect(mail.subject).toMatch(/^Plateforme de partenariats : \d+ nouvelle\(s\) de ce que vous suivez$/);
    expect(mail.text).toContain('Vos nouvelles du jour de la Plateforme de partenariats.');
    expect(mail.text).toContain('Written with ICMC');
    expect(mail.html).toMatch(/<html[^>]* lang="fr"/);
  });
});
