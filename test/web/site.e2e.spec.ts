import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../authorization/harness';
import { ensureSiteBuilt, launchChromium, screenshot, seriousViolations } from './browser';

const DEMO_PASSWORD = 'partnerships-2011';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };

/**
 * The site in Debian's Chromium against the real API on its own database: one app boot and
 * one browser for the file. Every page visited is checked with axe-core.
 */
describe('the site in Chromium', () => {
  let api: TestApi;
  let browser: Browser;
  let origin: string;
  let _available: Set<string>;
  const visited: string[] = [];

  beforeAll(async () => {
    ensureSiteBuilt();
    [api, browser] = await Promise.all([startTestApi(), launchChromium()]);
    origin = new URL(api.url).origin;
    const schema = await api.gql<{ query: { fields: Array<{ name: string }> }; mutation: { fields: Array<{ name: string }> }; subscription: { fields: Array<{ name: string }> } | null }>(
      `{ query: __type(name: "Query") { fields { name } } mutation: __type(name: "Mutation") { fields { name } } subscription: __type(name: "Subscription") { fields { name } } }`,
    );
    _available = new Set([...(schema.data?.query.fields ?? []), ...(schema.data?.mutation.fields ?? []), ...(schema.data?.subscription?.fields ?? [])].map((field) => field.name));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  async function newPage(viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport, locale: 'en-GB' });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    return { context, page };
  }

  /** Fails the test on any serious or critical WCAG violation, naming the page. */
  async function expectAccessible(page: Page): Promise<void> {
    visited.push(page.url());
    const violations = await seriousViolations(page);
    expect({ page: page.url(), violations }).toEqual({ page: page.url(), violations: [] });
  }

  async function signIn(page: Page, email: string): Promise<void> {
    await page.goto(`${origin}/sign-in`);
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(/Signed in as/).waitFor();
  }

  it('serves the shell at / and at client routes, and leaves /graphql to the API', async () => {
    const home = await fetch(`${origin}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<div id="root">');
    const deep = await fetch(`${origin}/practices/some-id`, { headers: { accept: 'text/html' } });
    expect(deep.status).toBe(200);
    expect((await fetch(`${origin}/assets/missing.js`)).status).toBe(404);
    const manifest = await fetch(`${origin}/manifest.webmanifest`);
    expect(manifest.headers.get('content-type')).toContain('application/manifest+json');
    expect(await manifest.json()).toMatchObject({ name: 'Platform for Partnerships', display: 'standalone', start_url: '/' });
    const graphql = await api.gql<{ apiVersion: string }>('{ apiVersion }');
    expect(graphql.data?.apiVersion).toBeTruthy();
  });

  it('shows a visitor the home page, at desktop width and on a 360 px phone', async () => {
    for (const [viewport, name] of [
      [DESKTOP, 'home-desktop'],
      [PHONE, 'home-360'],
    ] as const) {
      const { context, page } = await newPage(viewport);
      await page.goto(`${origin}/`);
      await page.getByRole('heading', { level: 1, name: 'Share what works in migration and development' }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
      expect(await page.locator('main').count()).toBe(1);
      expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(1);
      // Nothing wider than the phone: no sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await screenshot(page, name);
      await expectAccessible(page);
      // The skip link is the first stop of the keyboard and moves focus to the content.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
      await context.close();
    }
  });

  it('renders the Arabic home right to left, with Arabic strings', async () => {
    const { context, page } = await newPage();
    await page.goto(`${origin}/?lang=ar`);
    await page.getByRole('heading', { level: 1, name: 'شارك ما ينجح في مجال الهجرة والتنمية' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.banner-inner')!).direction)).toBe('rtl');
    await screenshot(page, 'home-ar');
    await expectAccessible(page);
    // The switcher goes back to English and remembers the choice.
    await page.getByLabel('اللغة').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Share what works in migration and development' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await context.close();
  });

  it('keeps what was typed and shows the error beside its field (Support Unit invitation form)', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'gfmd-support-unit@demo.pfp.example');
    await page.getByRole('link', { name: 'Organisations and invitations' }).click();
    await page.getByRole('heading', { name: 'Invite someone' }).waitFor();
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Invite someone' }) });
    await form.getByLabel('Name of the person').fill('Ana Ruiz');
    await form.getByLabel('E-mail address').fill('not-an-email');
    await form.getByRole('button', { name: 'Send the invitation' }).click();
    const email = form.getByLabel('E-mail address');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    // The message is tied to the field (aria-describedby) and sits right after it.
    const describedBy = (await email.getAttribute('aria-describedby'))!;
    const message = page.locator(`[id="${describedBy.split(' ').pop()}"]`);
    expect(await message.textContent()).toMatch(/email/i);
    expect(await email.evaluate((input) => input.nextElementSibling?.className)).toBe('field-error');
    expect(await email.inputValue()).toBe('not-an-email');
    expect(await form.getByLabel('Name of the person').inputValue()).toBe('Ana Ruiz');
    await expectAccessible(page);
    await context.close();
  });

  it('keeps what was typed in the practice form when a field is refused', async () => {
    const { context, page } = await newPage(PHONE);
    await signIn(page, 'mx@demo.pfp.example');
    await page.goto(`${origin}/practices/new`);
    await page.getByRole('heading', { name: 'Draft a practice' }).waitFor();
    await page.getByLabel('Summary').fill('Remittances matched one-to-one by the state.');
    await page.getByLabel('Start').fill('in 2011');
    await page.getByRole('button', { name: 'Save and submit for review' }).click();
    const title = page.getByLabel('Title');
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Start')).toHaveAttribute('aria-invalid', 'true');
    expect(await page.getByLabel('Summary').inputValue()).toBe('Remittances matched one-to-one by the state.');
    expect(await page.getByLabel('Start').inputValue()).toBe('in 2011');
    await page.getByRole('alert').first().waitFor();
    await expectAccessible(page);
    await context.close();
  });

  afterAll(() => {
    console.log(`axe-core checked ${visited.length} pages:\n${[...new Set(visited)].join('\n')}`);
  });
});

/** A tiny web-first assertion: polls until the attribute has the value (5 s). */
function expect<T>(actual: T) {
  return Object.assign(globalThis.expect(actual), {
    async toHaveAttribute(name: string, value: string) {
      const locator = actual as unknown as { getAttribute(name: string): Promise<string | null> };
      const deadline = Date.now() + 5_000;
      let last: string | null = null;
      while (Date.now() < deadline) {
        last = await locator.getAttribute(name);
        if (last === value) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      globalThis.expect(`${name}=${last}`).toBe(`${name}=${value}`);
    },
  });
}
