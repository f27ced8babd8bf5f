import { demoAccountEmail } from '@pfp/identity/testing';
import type { Page } from 'playwright-core';
import { launchProject, postUpdate } from '../partnerships/partnership-api';
import { startReceiver, verifySignature, type Receiver } from '../webhooks/receiver';
import { useWebhookEnv } from '../webhooks/webhook-api';
import { DESKTOP, PHONE, useSite } from './site-harness';

/** The delivery log's rows (the table's body), as their cells' text. */
const logRows = (page: Page) => page.getByRole('table', { name: 'What was sent to this endpoint, newest first' }).locator('tbody tr');

describe("the webhooks page: an organisation's admin registers an endpoint and reads its delivery log", () => {
  const site = useSite(useWebhookEnv());
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(() => receiver?.close());

  it('registers an endpoint (its secret shown once, copied), sees a signed delivery arrive at a real receiver and in the log, sends it again, pauses, pages the log, deletes', async () => {
    const mx = await site.api.signInAsDemo('mx');
    const projectId = await launchProject(site.api, mx, { title: 'Consular training, second year' });

    // IOM's admin, from the account page
    const iom = await site.newPage();
    await iom.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await site.signIn(iom.page, demoAccountEmail('iom'));
    await iom.page.goto(`${site.origin}/my/settings`);
    await iom.page.getByRole('link', { name: "Your organisation's webhooks" }).click();
    await iom.page.waitForURL(/\/my\/webhooks$/);
    await iom.page.getByText('Your organisation has no webhook endpoint yet.').waitFor();
    await site.expectAccessible(iom.page);

    // a refused address: named by its field, nothing registered
    await iom.page.getByLabel('Endpoint URL').fill('ftp://files.example.org/hooks');
    await iom.page.getByRole('button', { name: 'Register the endpoint' }).click();
    const summary = iom.page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByRole('link', { name: /Endpoint URL/ }).waitFor();
    expect(await site.api.count(`SELECT count(*) FROM webhooks`)).toBe(0);
    await site.expectAccessible(iom.page);

    // the real receiver, one kind of event, one project (its page's address pasted)
    await iom.page.getByLabel('Endpoint URL').fill(receiver.url);
    await iom.page.getByRole('group', { name: 'Partnership projects' }).getByLabel('Update posted').check();
    await iom.page.getByLabel('Subjects').fill(`${site.origin}/projects/${projectId}`);
    await iom.page.getByRole('button', { name: 'Register the endpoint' }).click();
    await iom.page.getByRole('heading', { name: 'The endpoint is registered' }).waitFor();
    await iom.page.getByText('Copy this secret now: you will not see it again.').waitFor();
    const secret = await iom.page.getByLabel('Signing secret').inputValue();
    expect(secret).toMatch(/^whsec_/);
    await iom.page.getByRole('button', { name: 'Copy the secret' }).click();
    await iom.page.getByRole('status').getByText('The secret is copied.').waitFor();
    expect(await iom.page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await iom.page.getByRole('table', { name: "Your organisation's webhook endpoints" }).getByText(receiver.url).waitFor();
    await site.expectAccessible(iom.page);
    await site.screenshot(iom.page, 'webhooks-secret-desktop');

    // Mexico posts an update: the receiver gets it, signed with the secret the page showed
    await postUpdate(site.api, mx, projectId, 'Forty consular officers trained.');
    const [arrival] = await receiver.waitFor(1);
    expect(arrival.json).toMatchObject({ type: 'ProjectUpdatePosted', data: { subjectId: projectId, text: 'Forty consular officers trained.' } });
    expect(verifySignature(secret, arrival)).toBe(true);

    // the endpoint's page: the delivery in the log, delivered with 200 at the first attempt
    await iom.page.getByRole('link', { name: 'I have stored the secret: open the endpoint' }).click();
    await iom.page.getByRole('heading', { level: 1, name: 'Webhook endpoint' }).waitFor();
    const first = logRows(iom.page).first();
    await first.getByText('Delivered').waitFor();
    expect(await first.locator('td').allInnerTexts()).toEqual([
      expect.stringContaining('Update posted'),
      'Delivered',
      expect.stringMatching(/^200\s+“?ok”?$/),
      expect.stringMatching(/\d{1,2}:\d{2}:\d{2}/),
      '1',
      'Send again',
    ]);
    expect(await first.locator('td').first().innerText()).toContain(String(arrival.headers['webhook-id']));
    expect(await iom.page.content()).not.toContain(secret);
    await site.expectAccessible(iom.page);
    await site.screenshot(iom.page, 'webhooks-log-desktop');

    // sent again: the same webhook-id reaches the receiver a second time
    await first.getByRole('button', { name: /^Send again/ }).click();
    await iom.page.getByRole('status').getByText('The delivery will be sent again in a moment.').waitFor();
    const [, again] = await receiver.waitFor(2);
    expect(again.headers['webhook-id']).toBe(arrival.headers['webhook-id']);
    await logRows(iom.page).first().locator('td').nth(4).getByText('2').waitFor();

    // paused, nothing is sent; resumed
    await iom.page.getByRole('button', { name: 'Pause deliveries' }).click();
    await iom.page.locator('.facts').getByText('Paused by an admin').waitFor();
    await iom.page.getByRole('button', { name: 'Resume deliveries' }).click();
    await iom.page.locator('.facts').getByText('Active').waitFor();

    // twenty more updates: the log shows twenty, then the rest on "Load more"
    for (let n = 1; n <= 20; n++) await postUpdate(site.api, mx, projectId, `Figures, week ${n}.`);
    await receiver.waitFor(22, 30_000);
    await iom.page.getByRole('button', { name: 'Refresh the log' }).click();
    await iom.page.getByText('Showing 20 of 21').waitFor();
    await iom.page.getByRole('button', { name: 'Load more' }).click();
    await iom.page.getByText('Showing 21 of 21').waitFor();
    expect(await logRows(iom.page).count()).toBe(21);
    const webhookUrl = iom.page.url();

    // 360 px in English and Arabic: the list and the endpoint's page
    for (const language of ['en', 'ar']) {
      const phone = await site.newPage({ viewport: PHONE });
      await site.signIn(phone.page, demoAccountEmail('iom'));
      await phone.page.goto(`${site.origin}/my/webhooks?lang=${language}`);
      await phone.page.locator('td a', { hasText: receiver.url }).waitFor();
      await site.expectAccessible(phone.page);
      await site.screenshot(phone.page, `webhooks-list-360-${language}`);
      await phone.page.goto(`${webhookUrl}?lang=${language}`);
      await phone.page.locator('tbody tr').first().waitFor();
      expect(await phone.page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      await site.expectAccessible(phone.page);
      await site.screenshot(phone.page, `webhooks-log-360-${language}`);
      await phone.context.close();
    }
    const arabic = await site.newPage({ viewport: DESKTOP });
    await site.signIn(arabic.page, demoAccountEmail('iom'));
    await arabic.page.goto(`${webhookUrl}?lang=ar`);
    await arabic.page.getByRole('heading', { level: 1, name: 'نقطة استقبال خطاف الويب' }).waitFor();
    await arabic.page.getByText('تم التسليم').first().waitFor();
    await site.expectAccessible(arabic.page);
    await site.screenshot(arabic.page, 'webhooks-log-desktop-ar');
    await arabic.context.close();

    // deleted in two steps: the list is empty again, and nothing more is sent
    await iom.page.getByRole('button', { name: 'Delete this endpoint' }).click();
    await iom.page.getByRole('button', { name: 'Yes, delete this endpoint' }).click();
    await iom.page.waitForURL(/\/my\/webhooks$/);
    await iom.page.getByText('Your organisation has no webhook endpoint yet.').waitFor();
    expect(await site.api.count(`SELECT count(*) FROM webhooks WHERE status = 'ACTIVE'`)).toBe(0);
    await iom.context.close();
  }, 240_000);

  it('asks a visitor to sign in, and offers no form', async () => {
    const visitor = await site.newPage();
    await visitor.page.goto(`${site.origin}/my/webhooks`);
    await visitor.page.getByText('Please sign in to see this page.').waitFor();
    expect(await visitor.page.getByLabel('Endpoint URL').count()).toBe(0);
    await site.expectAccessible(visitor.page);
    await visitor.context.close();
  });
});
