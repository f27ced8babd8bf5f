import { demoAccountEmail } from '@pfp/identity/testing';
import { readOutbox } from '@pfp/mail';
import { DESKTOP, PHONE, useSite } from './site-harness';

const tokenIn = (text: string, path: string): string => {
  const token = new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`).exec(text)?.[1];
  if (!token) throw new Error(`no ${path} link in the mail`);
  return token;
};

describe('the newsletter pages', () => {
  const site = useSite();

  it('a visitor subscribes from the footer link and confirms; the Support Unit composes, previews and sends; the issue is public; the reader leaves', async () => {
    const email = 'reader@example.org';
    // a visitor, in French: the footer link, the subscribe form
    const visitor = await site.newPage({ locale: 'fr-FR' });
    await visitor.page.goto(`${site.origin}/`);
    await visitor.page.getByRole('contentinfo').getByRole('link', { name: 'Lettre d’information', exact: true }).click();
    await visitor.page.waitForURL(/\/newsletter$/);
    await visitor.page.getByRole('heading', { level: 1, name: 'Lettre d’information' }).waitFor();
    await visitor.page.getByLabel('Adresse électronique').fill(email);
    await visitor.page.getByRole('button', { name: 'S’abonner' }).click();
    await visitor.page
      .getByRole('status')
      .getByText(/lien de confirmation est en route/)
      .waitFor();
    await site.expectAccessible(visitor.page);
    await site.screenshot(visitor.page, 'newsletter-subscribed-fr');
    const [confirmation] = (await readOutbox(site.api.outbox)).filter((m) => m.to.includes(email));
    expect(confirmation.headers['content-language']).toBe('fr');
    await visitor.page.goto(`${site.origin}/newsletter/confirm?token=${tokenIn(confirmation.text, '/newsletter/confirm')}`);
    await visitor.page.getByRole('status').getByText('Votre abonnement est confirmé. Vous recevrez le prochain numéro.').waitFor();
    await site.expectAccessible(visitor.page);

    // the Support Unit composes from what was published, previews in Arabic, sends
    const su = await site.newPage();
    await site.signIn(su.page, demoAccountEmail('gfmd-support-unit'));
    await su.page.goto(`${site.origin}/newsletter`);
    await su.page.getByRole('link', { name: 'Compose an issue' }).click();
    await su.page.getByLabel('Title').fill('December 2011');
    await su.page.getByLabel('Introduction').fill('What the Platform gained this year.');
    await su.page.getByRole('button', { name: 'Draft the issue' }).click();
    await su.page.getByRole('heading', { name: 'Edit the draft' }).waitFor();
    const issueUrl = su.page.url();
    expect(issueUrl).toMatch(/\/newsletter\/newsletterIssue-[0-9a-f-]{36}$/);
    const items = su.page.getByRole('group', { name: 'What this issue lists' }).getByRole('checkbox');
    expect(await items.count()).toBeGreaterThan(0);
    await su.page.getByLabel('Language of the preview').selectOption('ar');
    await su.page.getByRole('button', { name: 'Show the preview' }).click();
    const frame = su.page.frameLocator('iframe[title="The mail as it will be received"]');
    await frame.getByText('مشاريع شراكة جديدة').or(frame.getByText('ممارسات جديدة')).first().waitFor();
    await site.expectAccessible(su.page);
    await site.screenshot(su.page, 'newsletter-preview-desktop');
    await su.page.getByRole('button', { name: 'Send to all confirmed subscribers' }).click();
    await su.page.getByRole('status').getByText('Sent to 1 subscriber(s).').waitFor();

    const mail = (await readOutbox(site.api.outbox)).find((m) => m.to.includes(email) && m.subject === 'December 2011');
    expect(mail?.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(mail?.html).toContain('Nouveaux projets de partenariat');

    // the issue is public, at 360 px in English and in Arabic
    for (const locale of ['en-GB', 'ar']) {
      const reader = await site.newPage({ viewport: PHONE, locale });
      await reader.page.goto(issueUrl);
      await reader.page.getByRole('heading', { level: 1, name: 'December 2011' }).waitFor();
      expect(await reader.page.locator('article a[href^="/"]').count()).toBeGreaterThan(0);
      await site.expectAccessible(reader.page);
      await site.screenshot(reader.page, `newsletter-issue-360-${locale}`);
      await reader.page.goto(`${site.origin}/newsletter`);
      await reader.page.getByRole('link', { name: 'December 2011' }).waitFor();
      await site.expectAccessible(reader.page);
      await reader.context.close();
    }
    const arabic = await site.newPage({ viewport: DESKTOP, locale: 'ar' });
    await arabic.page.goto(`${site.origin}/newsletter`);
    await arabic.page.getByRole('heading', { level: 1, name: 'النشرة الإخبارية' }).waitFor();
    await site.expectAccessible(arabic.page);
    await site.screenshot(arabic.page, 'newsletter-archive-ar');
    await arabic.context.close();

    // the unsubscribe link, opened in the browser, asks and then erases the address
    await visitor.page.goto(`${site.origin}/newsletter/unsubscribe?token=${tokenIn(mail!.text, '/newsletter/unsubscribe')}`);
    await visitor.page.getByRole('button', { name: 'Se désabonner' }).click();
    await visitor.page.getByRole('status').getByText('Vous êtes désabonné(e) : votre adresse a été effacée.').waitFor();
    await site.expectAccessible(visitor.page);
    expect(await site.api.count(`SELECT count(*) FROM newsletter_subscribers WHERE email = '${email}'`)).toBe(0);
    await visitor.context.close();
    await su.context.close();
  }, 180_000);
});
