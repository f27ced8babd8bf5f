import { demoOrganizationId } from '@pfp/identity';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, useSite, type Site } from './site-harness';

const SUPPORT_UNIT = 'gfmd-support-unit@demo.pfp.example';
const MEXICO = 'mx@demo.pfp.example';
const HONDURAS = 'hn@demo.pfp.example';
const NEW_PASSWORD = 'a new password for 2011';
const mexico = demoOrganizationId('mx');

const VARIANTS = {
  desktop: [DESKTOP, 'en'],
  phone: [PHONE, 'en'],
  'desktop-ar': [DESKTOP, 'ar'],
  'phone-ar': [PHONE, 'ar'],
} as const;
type Variant = keyof typeof VARIANTS;

/**
 * A page in each variant (desktop and 360 px, English and Arabic): axe, then its screenshot
 * `organizations-<name>-<variant>`. In `page` when given (signed in already), else in a new one per variant.
 */
async function checkVariants(
  site: Site,
  {
    path,
    name,
    ready,
    page,
    variants = Object.keys(VARIANTS) as Variant[],
  }: { path: string; name: string; ready: (page: Page) => Promise<unknown>; page?: Page; variants?: Variant[] },
): Promise<void> {
  for (const variant of variants) {
    const [viewport, lang] = VARIANTS[variant];
    const opened = page ? null : await site.newPage({ viewport });
    const view = page ?? opened!.page;
    await view.setViewportSize(viewport);
    await view.goto(`${site.origin}${path}?lang=${lang}`);
    await ready(view);
    await site.expectAccessible(view);
    await site.screenshot(view, `organizations-${name}-${variant}`);
    await opened?.context.close();
  }
}

describe('organisations, countries, account requests and accounts in the site', () => {
  const site = useSite();

  it("shows an organisation's and a country's practices, calls and projects, linked from each other", async () => {
    const { context, page } = await site.newPage();
    await page.goto(`${site.origin}/organizations/${mexico}`);
    await page.getByRole('heading', { level: 1, name: 'Mexico' }).waitFor();
    const calls = page.getByRole('region', { name: /Calls for action/ });
    await calls.locator('.card').first().waitFor();
    await page.getByRole('heading', { name: /^Practices \(\d+\)/ }).waitFor();
    await page.getByRole('heading', { name: /^Partnership projects \(\d+\)/ }).waitFor();
    // A visitor sees no accounts.
    expect(await page.getByRole('heading', { name: 'Accounts' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Mexico' }).first().click();
    await page.waitForURL(/\/countries\/MEX/);
    await page.getByRole('heading', { level: 1, name: /Mexic/ }).waitFor();
    await page.getByRole('link', { name: 'Mexico', exact: true }).first().waitFor();
    await context.close();

    const loaded = (page: Page) => page.locator('.activity .card, .activity .notice').first().waitFor();
    await checkVariants(site, { path: `/organizations/${mexico}`, name: 'organization', ready: loaded });
    await checkVariants(site, { path: '/countries/MEX', name: 'country', ready: loaded });
  }, 240_000);

  it('a new partner requests an account, the Support Unit approves it, and its contact joins as ADMIN', async () => {
    const { context, page } = await site.newPage({ viewport: PHONE });
    await page.goto(`${site.origin}/sign-in`);
    await page.getByRole('link', { name: 'Request an account for your organisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Request an account' }).waitFor();
    await site.expectAccessible(page);
    await site.screenshot(page, 'organizations-request-phone');
    // Refused fields are named in the summary and beside each field; nothing is sent.
    await page.getByLabel('Kind').selectOption('CIVIL_SOCIETY');
    await page.getByLabel('E-mail address').fill('not an address');
    await page.getByRole('button', { name: 'Send the request' }).click();
    await page
      .getByRole('link', { name: /E-mail address/ })
      .first()
      .waitFor();
    await site.expectAccessible(page);
    await page.getByLabel('Name of the organisation').fill('Migrant Rights Network');
    await page.getByLabel('Your name').fill('Amina Diallo');
    await page.getByLabel('E-mail address').fill('amina@mrn.example.org');
    await page.getByLabel('Why your organisation wants to take part').fill('We run legal aid clinics for migrant workers in West Africa.');
    await page.getByRole('button', { name: 'Send the request' }).click();
    await page.getByText('The GFMD Support Unit will answer by e-mail.').waitFor();
    await context.close();

    await checkVariants(site, {
      path: '/request-account',
      name: 'request',
      ready: (form) => form.locator('form textarea').waitFor(),
      variants: ['desktop-ar', 'phone-ar', 'desktop'],
    });

    const su = await site.newPage();
    await site.signIn(su.page, SUPPORT_UNIT);
    await su.page.goto(`${site.origin}/organizations/requests`);
    const request = su.page.getByRole('article', { name: 'Migrant Rights Network' });
    await request.getByText('We run legal aid clinics').waitFor();
    await site.expectAccessible(su.page);
    await site.screenshot(su.page, 'organizations-requests-desktop');
    await request.getByRole('button', { name: 'Approve Migrant Rights Network' }).click();
    const decided = su.page.getByRole('region', { name: 'Decided requests' });
    await decided.getByRole('link', { name: 'Migrant Rights Network' }).waitFor();
    await su.page.getByText('No request is waiting.').waitFor();
    await checkVariants(site, {
      path: '/organizations/requests',
      name: 'requests',
      ready: (view) => view.locator('.decided li').first().waitFor(),
      page: su.page,
      variants: ['phone', 'desktop-ar', 'phone-ar'],
    });
    await su.context.close();

    // The contact's invitation arrives by mail; accepting it signs them in as the new organisation's admin.
    const mail = await site.api.lastMailTo('amina@mrn.example.org');
    expect(mail.text).toContain('as an administrator of Migrant Rights Network');
    const joined = await site.newPage();
    await joined.page.goto(`${site.origin}/accept-invitation?token=${mail.token}`);
    await joined.page.getByLabel('New password').fill(NEW_PASSWORD);
    await joined.page.getByRole('button', { name: 'Accept the invitation' }).click();
    await joined.page.getByText(/Signed in as Amina Diallo/).waitFor();
    await joined.context.close();
  }, 240_000);

  it("Mexico's admin invites a colleague and makes them an admin; the last admin cannot be removed", async () => {
    const { context, page } = await site.newPage();
    await site.signIn(page, MEXICO);
    await page.goto(`${site.origin}/organizations/${mexico}`);
    const accounts = page.getByRole('region', { name: 'Accounts' });
    await accounts.getByRole('cell', { name: MEXICO }).waitFor();
    // Removing the only admin is refused with the reason.
    await accounts.getByRole('button', { name: 'Remove Mexico (demo)' }).click();
    await accounts.getByRole('button', { name: 'Yes, remove Mexico (demo)' }).click();
    await accounts.getByText(/last administrator/).waitFor();

    const invite = accounts.locator('form', { has: page.getByRole('heading', { name: 'Invite someone' }) });
    await invite.getByLabel('Name of the person').fill('Lucía Torres');
    await invite.getByLabel('E-mail address').fill('lucia.torres@sre.example.mx');
    await invite.getByRole('button', { name: 'Send the invitation' }).click();
    await accounts.getByRole('cell', { name: 'lucia.torres@sre.example.mx' }).waitFor();
    await accounts.getByLabel('Role of Lucía Torres').selectOption('ADMIN');
    await accounts.getByRole('button', { name: 'Change role' }).first().click();
    await page.waitForFunction(() => {
      const select = document.querySelector<HTMLSelectElement>('select[aria-label="Role of Lucía Torres"]');
      const button = select?.parentElement?.querySelector('button');
      return select?.value === 'ADMIN' && button?.disabled === true;
    });
    const listed = await site.api.gql<{ organizationAccounts: Array<{ email: string; role: string }> }>(
      `query($id: ID!) { organizationAccounts(organizationId: $id) { email role } }`,
      { id: mexico },
      { token: await site.api.signInAsDemo('gfmd-support-unit') },
    );
    expect(listed.data?.organizationAccounts.find((account) => account.email === 'lucia.torres@sre.example.mx')?.role).toBe('ADMIN');
    await site.expectAccessible(page);
    await site.screenshot(page, 'organizations-accounts-desktop');
    await checkVariants(site, {
      path: `/organizations/${mexico}`,
      name: 'accounts',
      ready: (view) => view.getByRole('cell', { name: MEXICO }).waitFor(),
      page,
      variants: ['phone', 'desktop-ar', 'phone-ar'],
    });
    await context.close();
  }, 120_000);

  it('the Support Unit renames and deactivates an organisation in the site', async () => {
    const { context, page } = await site.newPage();
    await site.signIn(page, SUPPORT_UNIT);
    await page.goto(`${site.origin}/organizations/${demoOrganizationId('jmdi')}`);
    await page.getByLabel('New name').fill('Joint Migration and Development Initiative');
    await page.getByRole('button', { name: 'Save the name' }).click();
    await page.getByRole('heading', { level: 1, name: 'Joint Migration and Development Initiative' }).waitFor();
    await page.getByRole('button', { name: 'Deactivate the organisation' }).waitFor();
    await site.expectAccessible(page);
    // ... and deactivates it, in two steps: its account can no longer sign in
    await site.api.signInAsDemo('jmdi');
    await page.getByRole('button', { name: 'Deactivate the organisation' }).click();
    await page.getByRole('button', { name: 'Yes, deactivate Joint Migration and Development Initiative' }).click();
    await page.locator('dd.badge', { hasText: 'Deactivated' }).waitFor();
    expect(await page.getByRole('button', { name: 'Deactivate the organisation' }).count()).toBe(0);
    await expect(site.api.signInAsDemo('jmdi')).rejects.toThrow(/sign-in of .* failed/);
    await site.expectAccessible(page);
    await site.screenshot(page, 'organization-deactivated-desktop');
    await context.close();
  }, 60_000);

  it('a person renames themself, ends another session and changes the password (every other session ends)', async () => {
    const other = await site.newPage();
    await site.signIn(other.page, HONDURAS);
    const { context, page } = await site.newPage();
    await site.signIn(page, HONDURAS);
    await page.goto(`${site.origin}/my/settings`);
    await page.getByLabel('Your name').fill('Honduras migration desk');
    await page.getByRole('button', { name: 'Use this name' }).click();
    await page.getByText('You are now shown as Honduras migration desk.').waitFor();

    const sessions = page.getByRole('region', { name: 'Where you are signed in' });
    await sessions.getByText('This session').waitFor();
    const endButtons = sessions.getByRole('button', { name: /^Sign out Chrome/ });
    await endButtons.first().waitFor();
    const before = await endButtons.count();
    await endButtons.first().click();
    await page.waitForFunction((count) => document.querySelectorAll('.sessions li').length === count, before);
    await site.expectAccessible(page);
    await site.screenshot(page, 'organizations-settings-desktop');

    // The other browser's session is over: its next request finds no viewer.
    await other.page.reload();
    await other.page.getByRole('link', { name: 'Sign in' }).waitFor();
    await site.signIn(other.page, HONDURAS);

    await page.getByLabel('Current password').fill('not my password');
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change my password' }).click();
    await page.getByText('The current password is not right.').first().waitFor();
    await page.getByLabel('Current password').fill('partnerships-2011');
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change my password' }).click();
    await page.getByText(/Your password was changed\. Other sessions signed out: [1-9]/).waitFor();
    await other.page.reload();
    await other.page.getByRole('link', { name: 'Sign in' }).waitFor();
    await other.context.close();

    await checkVariants(site, {
      path: '/my/settings',
      name: 'settings',
      ready: (view) => view.locator('.sessions li').first().waitFor(),
      page,
      variants: ['phone', 'desktop-ar', 'phone-ar'],
    });
    await context.close();
  }, 180_000);
});
