import { DESKTOP, PHONE, useSite } from './site-harness';

const ILO = 'ilo@demo.pfp.example';

/** The language of an account's mails, set on the settings page (issue 16 point 6). */
describe('the language of my e-mails in the site', () => {
  const site = useSite();

  it('ILO chooses French for its e-mails on the settings page, and the account keeps it', async () => {
    const { context, page } = await site.newPage();
    await site.signIn(page, ILO);
    await page.goto(`${site.origin}/my/settings`);
    const form = page.getByRole('form', { name: 'Language of your e-mails' });
    // signed in with the site in English: English until chosen, and the form says why
    await form.getByText('Until you choose, your e-mails are in the language the site was in when you last signed in.').waitFor();
    expect(await form.getByLabel('Language').inputValue()).toBe('en');
    await form.getByLabel('Language').selectOption('fr');
    await form.getByRole('button', { name: 'Save the language' }).click();
    await form.getByText('Your e-mails will be in French.').waitFor();
    const token = await site.api.signInAsDemo('ilo');
    const viewer = await site.api.gql<{ viewer: { language: string; mailLanguage: string } }>(`{ viewer { language mailLanguage } }`, {}, { token });
    expect(viewer.data!.viewer).toEqual({ language: 'fr', mailLanguage: 'fr' });
    await context.close();

    for (const [viewport, language] of [
      [DESKTOP, 'en'],
      [PHONE, 'ar'],
    ] as const) {
      const view = await site.newPage({ viewport });
      await site.signIn(view.page, ILO);
      await view.page.goto(`${site.origin}/my/settings?lang=${language}`);
      await view.page.locator('form[aria-labelledby="mail-language"] select').waitFor();
      expect(await view.page.locator('form[aria-labelledby="mail-language"] select').inputValue()).toBe('fr');
      await site.screenshot(view.page, `account-language-${language}`);
      await site.expectAccessible(view.page);
      await view.context.close();
    }
  }, 180_000);
});
