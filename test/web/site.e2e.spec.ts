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
    const schema = await api.gql<{
      query: { fields: Array<{ name: string }> };
      mutation: { fields: Array<{ name: string }> };
      subscription: { fields: Array<{ name: string }> } | null;
    }>(
      `{ query: __type(name: "Query") { fields { name } } mutation: __type(name: "Mutation") { fields { name } } subscription: __type(name: "Subscription") { fields { name } } }`,
    );
    _available = new Set(
      [...(schema.data?.query.fields ?? []), ...(schema.data?.mutation.fields ?? []), ...(schema.data?.subscription?.fields ?? [])].map((field) => field.name),
    );
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  async function newPage(viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport, locale: 'en-GB' });
    context.setDefaultTimeout(15_000);
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
      // The skip link is the first stop of the keyboard.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))).toBe('<a class="skip-link" href="#main">Skip to main content</a>');
      await page.evaluate(() => (document.activeElement as HTMLElement).blur());
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
      expect(await page.locator('main').count()).toBe(1);
      expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(1);
      // Nothing wider than the phone: no sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await screenshot(page, name);
      await expectAccessible(page);
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
    await expectAttribute(email, 'aria-invalid', 'true');
    // The message is tied to the field (aria-describedby) and sits right after it.
    const describedBy = (await email.getAttribute('aria-describedby'))!;
    const message = page.locator(`[id="${describedBy.split(' ').pop()}"]`);
    expect(await message.textContent()).toMatch(/email/i);
    expect(await email.evaluate((input) => input.nextElementSibling?.className)).toBe('field-error');
    expect(await email.inputValue()).toBe('not-an-email');
    expect(await form.getByLabel('Name of the person').inputValue()).toBe('Ana Ruiz');
    await expectAccessible(page);

    // Corrected, the invitation goes out; its link lets Ana choose a password and signs her in.
    const address = `ana.ruiz.${Date.now()}@example.org`;
    await email.fill(address);
    await form.getByRole('button', { name: 'Send the invitation' }).click();
    await page.getByText(`An invitation was sent to ${address}.`).waitFor();
    const { token } = await api.lastMailTo(address);
    const invited = await newPage(PHONE);
    await invited.page.goto(`${origin}/accept-invitation?token=${token}`);
    await invited.page.getByLabel('New password').fill('short');
    await invited.page.getByRole('button', { name: 'Accept the invitation' }).click();
    await expectAttribute(invited.page.getByLabel('New password'), 'aria-invalid', 'true');
    await expectAccessible(invited.page);
    await invited.page.getByLabel('New password').fill('a long enough password 2026');
    await invited.page.getByRole('button', { name: 'Accept the invitation' }).click();
    await invited.page.getByText(/Signed in as Ana Ruiz/).waitFor();
    await invited.context.close();
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
    await expectAttribute(title, 'aria-invalid', 'true');
    await expectAttribute(page.getByLabel('Start'), 'aria-invalid', 'true');
    expect(await page.getByLabel('Summary').inputValue()).toBe('Remittances matched one-to-one by the state.');
    expect(await page.getByLabel('Start').inputValue()).toBe('in 2011');
    await page.getByRole('alert').first().waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('lets a visitor search practices, refine by a facet and open one', async () => {
    for (const [viewport, suffix] of [
      [DESKTOP, 'desktop'],
      [PHONE, '360'],
    ] as const) {
      const { context, page } = await newPage(viewport);
      await page.goto(`${origin}/`);
      await page.getByRole('link', { name: 'Practices', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Practices' }).waitFor();
      await page.getByRole('searchbox', { name: 'Search practices' }).fill('migration');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.getByText(/^Practices found: \d+$/).waitFor();
      expect(page.url()).toContain('q=migration');
      const found = Number((await page.getByText(/^Practices found: \d+$/).textContent())!.match(/\d+/)![0]);
      expect(found).toBeGreaterThan(0);
      // Facets carry counts; choosing one narrows the results.
      await page.waitForLoadState('networkidle');
      await screenshot(page, `search-${suffix}`);
      await expectAccessible(page);
      if (viewport === PHONE) await page.getByText('Refine').click();
      const facet = page.locator('.facets button.facet').first();
      expect(await facet.textContent()).toMatch(/\(\d+\)/);
      const facetCount = (await facet.textContent())!.match(/\((\d+)\)/)![1];
      await facet.click();
      await expectAttribute(facet, 'aria-pressed', 'true');
      // The facet's count is the number of results once they are reloaded.
      await page.getByText(`Practices found: ${facetCount}`, { exact: true }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.locator('.results article').count()).toBe(Number(facetCount));
      const first = page.locator('.results article h3 a').first();
      const title = (await first.textContent())!;
      await first.click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByRole('heading', { name: 'History' }).waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, `practice-${suffix}`);
      await expectAccessible(page);
      await context.close();
    }
  });

  it('Mexico drafts and submits a practice, the Support Unit publishes it, and a visitor finds it', async () => {
    const title = `Matching remittances for hometown schools ${Date.now()}`;
    const mexico = await newPage();
    await signIn(mexico.page, 'mx@demo.pfp.example');
    await mexico.page.getByRole('link', { name: 'My organisation’s practices' }).click();
    await mexico.page.getByRole('link', { name: 'Draft a new practice' }).click();
    await mexico.page.getByRole('heading', { name: 'Draft a practice' }).waitFor();
    await mexico.page.getByLabel('Title').fill(title);
    await mexico.page.getByLabel('Summary').fill('Every peso sent home by a migrant association for a school is matched by the state.');
    await mexico.page
      .getByLabel('Description')
      .fill('## How it works\n\nHometown associations propose a school project; the state **matches** each contribution.');
    await mexico.page.getByLabel('Themes').locator('option').first().waitFor({ state: 'attached' });
    const theme = (await mexico.page.getByLabel('Themes').locator('option').first().getAttribute('value'))!;
    await mexico.page.getByLabel('Themes').selectOption([theme]);
    await mexico.page.getByLabel('Start').fill('2011');
    await mexico.page.getByLabel('Results', { exact: true }).fill('schools built: 42');
    await mexico.page.getByLabel('Resources').fill('https://www.youtube.com/watch?v=abcdefghijk The programme in two minutes');
    expect(
      await mexico.page.getByLabel('Countries').evaluate((select: HTMLSelectElement) => Array.from(select.selectedOptions, (option) => option.value)),
    ).toEqual(['MEX']);
    await expectAccessible(mexico.page);
    // Saved as a draft first: the organisation's list (from the platform, not this browser) shows it among the drafts.
    await mexico.page.getByRole('button', { name: 'Save draft' }).click();
    await mexico.page.locator('.success, .error').first().waitFor();
    expect(await mexico.page.locator('.error').allTextContents()).toEqual([]);
    await mexico.page.getByText('Draft saved.').waitFor();
    const drafts = mexico.page.locator('section', { has: mexico.page.getByRole('heading', { name: /^Drafts/ }) });
    await drafts.getByRole('link', { name: title }).waitFor();
    await expectAccessible(mexico.page);
    const onOtherDevice = await newPage(PHONE);
    await signIn(onOtherDevice.page, 'mx@demo.pfp.example');
    await onOtherDevice.page.goto(`${origin}/my/practices`);
    await onOtherDevice.page
      .locator('section', { has: onOtherDevice.page.getByRole('heading', { name: /^Drafts/ }) })
      .getByRole('link', { name: title })
      .waitFor();
    await onOtherDevice.context.close();
    await drafts.locator('li', { hasText: title }).getByRole('link', { name: 'Edit' }).click();
    await mexico.page.getByRole('heading', { name: 'Revise a practice' }).waitFor();
    expect(await mexico.page.getByLabel('Title').inputValue()).toBe(title);
    await mexico.page.getByRole('button', { name: 'Save and submit for review' }).click();
    await mexico.page.locator('.success, .error').first().waitFor();
    expect(await mexico.page.locator('.error').allTextContents()).toEqual([]);
    await mexico.page.getByText('Submitted for review by the Support Unit.').waitFor();
    const inReview = mexico.page.locator('section', { has: mexico.page.getByRole('heading', { name: /^In review/ }) }).getByRole('link', { name: title });
    await inReview.waitFor();
    await expectAccessible(mexico.page);
    const path = (await inReview.getAttribute('href'))!;

    const supportUnit = await newPage();
    await signIn(supportUnit.page, 'gfmd-support-unit@demo.pfp.example');
    await supportUnit.page.getByRole('link', { name: 'Review queue' }).click();
    await supportUnit.page.getByRole('heading', { level: 1, name: 'Practices waiting for review' }).waitFor();
    // The queue lists the submitted practice with its owner; opening it leads to publish / request changes.
    const queued = supportUnit.page.getByRole('row', { name: new RegExp(title) });
    await queued.waitFor();
    expect(await queued.getByRole('cell').nth(1).textContent()).toBe('Mexico');
    expect(await queued.getByRole('link', { name: title }).getAttribute('href')).toBe(path);
    await expectAccessible(supportUnit.page);
    await queued.getByRole('link', { name: title }).click();
    await supportUnit.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await supportUnit.page.getByRole('button', { name: 'Publish' }).waitFor();
    await expectAccessible(supportUnit.page);

    // First round: sent back with a reason, which Mexico reads beside the practice and answers.
    await supportUnit.page.getByRole('button', { name: 'Request changes' }).click();
    await expectAttribute(supportUnit.page.getByLabel('What should change'), 'aria-invalid', 'true');
    await supportUnit.page.getByLabel('What should change').fill('Please say how many schools were built and when.');
    await supportUnit.page.getByRole('button', { name: 'Request changes' }).click();
    await supportUnit.page.getByRole('button', { name: 'Publish' }).waitFor({ state: 'detached' });
    await mexico.page.reload();
    const sentBack = mexico.page.locator('section', { has: mexico.page.getByRole('heading', { name: /^Changes requested/ }) });
    await sentBack.getByText('Please say how many schools were built and when.').waitFor();
    await expectAccessible(mexico.page);
    await sentBack.getByRole('link', { name: 'Edit' }).click();
    await mexico.page.getByRole('heading', { name: 'Revise a practice' }).waitFor();
    expect(await mexico.page.getByLabel('Title').inputValue()).toBe(title);
    await mexico.page.getByLabel('Results', { exact: true }).fill('schools built: 42\nyear completed: 2012');
    await mexico.page.getByRole('button', { name: 'Save and submit for review' }).click();
    await mexico.page.getByText('Submitted for review by the Support Unit.').waitFor();

    await supportUnit.page.reload();
    await supportUnit.page.getByRole('button', { name: 'Publish' }).click();
    await supportUnit.page.getByRole('button', { name: 'Publish' }).waitFor({ state: 'detached' });
    await supportUnit.page.locator('.history li', { hasText: 'Published' }).waitFor();
    // Published, it has left the review queue.
    await supportUnit.page.goto(`${origin}/review`);
    await supportUnit.page.getByRole('heading', { level: 1, name: 'Practices waiting for review' }).waitFor();
    await supportUnit.page.getByText(/^(In review: \d+|No practice is waiting for review\.)$/).waitFor();
    expect(await supportUnit.page.getByRole('link', { name: title }).count()).toBe(0);

    // The owner's history shows what the revision changed, word by word.
    await mexico.page.goto(`${origin}${path}`);
    await mexico.page.locator('.history summary', { hasText: 'Show the differences' }).first().click();
    expect(await mexico.page.locator('.history ins').first().textContent()).toContain('2012');
    await expectAccessible(mexico.page);

    const visitor = await newPage();
    await visitor.page.goto(`${origin}/practices?q=${encodeURIComponent('hometown schools')}`);
    await visitor.page.getByRole('link', { name: title }).click();
    await visitor.page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await visitor.page.locator('.body h2').textContent()).toBe('How it works');
    expect(await visitor.page.locator('iframe.video').getAttribute('title')).toBe('The programme in two minutes');
    expect(await visitor.page.getByRole('cell', { name: '42' }).count()).toBe(1);
    expect(await visitor.page.getByRole('cell', { name: '2012' }).count()).toBe(1);
    await expectAccessible(visitor.page);
    // In Spanish: the interface and the country names translate; the text, with no Spanish translation, stays original with a notice.
    await visitor.page.getByLabel('Language').selectOption('es');
    await visitor.page.getByText('Aún no traducida a su idioma: se muestra en el original (inglés).').waitFor();
    expect(await visitor.page.locator('.facts dd').nth(1).textContent()).toBe('México');
    await expectAccessible(visitor.page);
    // Printed, the page is the practice alone: no banner, navigation, tools or history.
    await visitor.page.emulateMedia({ media: 'print' });
    expect(await visitor.page.locator('.banner').isVisible()).toBe(false);
    expect(await visitor.page.locator('.history').isVisible()).toBe(false);
    expect(await visitor.page.locator('h1').isVisible()).toBe(true);
    await visitor.page.emulateMedia({ media: 'screen' });
    for (const { context } of [mexico, supportUnit, visitor]) await context.close();
  }, 120_000);

  it('shows a visitor the projects, and a partner (IOM) who follows one sees a new update arrive live', async () => {
    const projectTitle = 'Protection of unaccompanied migrant children';
    for (const [viewport, suffix] of [
      [DESKTOP, 'desktop'],
      [PHONE, '360'],
    ] as const) {
      const { context, page } = await newPage(viewport);
      await page.goto(`${origin}/projects`);
      await page.getByRole('link', { name: projectTitle }).click();
      await page.getByRole('heading', { level: 1, name: projectTitle }).waitFor();
      await page.getByRole('heading', { name: 'Partners' }).waitFor();
      expect(await page.getByRole('link', { name: 'Atom feed of this project' }).getAttribute('href')).toMatch(/^\/feeds\/projects\/project-[0-9a-f-]+\.atom$/);
      await page.waitForLoadState('networkidle');
      await screenshot(page, `project-${suffix}`);
      await expectAccessible(page);
      await context.close();
    }

    const { context, page } = await newPage();
    await signIn(page, 'iom@demo.pfp.example');
    await page.getByRole('link', { name: 'Projects', exact: true }).click();
    await page.getByRole('link', { name: projectTitle }).click();
    await page.getByRole('heading', { level: 1, name: projectTitle }).waitFor();
    const follow = page.getByRole('button', { name: 'Follow' });
    await follow.click();
    await expectAttribute(page.getByRole('button', { name: 'Following' }), 'aria-pressed', 'true');
    await page.getByText('New updates appear here as they are posted.').waitFor();
    const projectId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);

    // Mexico, the lead, posts an update through the API; IOM's open page shows it without a reload.
    const text = `Case managers trained in Tegucigalpa ${Date.now()}`;
    const mexico = await api.signInAsDemo('mx');
    const posted = await api.gql(
      `mutation($input: PostProjectUpdateInput!) { postProjectUpdate(input: $input) { revision } }`,
      { input: { projectId, text, metrics: [{ indicator: 'case managers trained', value: 24 }] } },
      { token: mexico },
    );
    expect(posted.errors).toBeUndefined();
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    await page.locator('.timeline li', { hasText: text }).waitFor({ timeout: 15_000 });
    expect(navigations).toEqual([]);
    expect(await page.locator('.timeline li').first().textContent()).toContain(text);
    await expectAccessible(page);

    // The update is in IOM's feed too, and the next one arrives there live.
    await page.getByRole('link', { name: /^Feed(, \d+ unread)?$/ }).click();
    await page.getByText(text).waitFor();
    await expectAccessible(page);
    const moves = navigations.length;
    const next = `Reception centre opened in Guatemala City ${Date.now()}`;
    const again = await api.gql(
      `mutation($input: PostProjectUpdateInput!) { postProjectUpdate(input: $input) { revision } }`,
      { input: { projectId, text: next } },
      { token: mexico },
    );
    expect(again.errors).toBeUndefined();
    await page.getByText(next).waitFor();
    expect(navigations.length).toBe(moves);
    await page.getByRole('link', { name: 'Notification settings' }).click();
    await page.getByRole('radio', { name: 'once a week' }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved.').waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('Mexico posts a call for action (a bad deadline is refused beside its field) and IOM responds', async () => {
    const title = `Trainers wanted for consular staff ${Date.now()}`;
    const mexico = await newPage(PHONE);
    await signIn(mexico.page, 'mx@demo.pfp.example');
    await mexico.page.getByRole('link', { name: 'Calls for action', exact: true }).click();
    await mexico.page.getByRole('link', { name: 'Post a call for action' }).click();
    await mexico.page.getByLabel('Title').fill(title);
    await mexico.page.getByLabel('What is needed').fill('Two trainers for a week on consular protection of migrant workers.');
    await mexico.page.getByLabel('Kind of call').selectOption('TRAINING');
    await mexico.page.getByLabel('Deadline (optional)').fill('31/12/2027');
    await mexico.page.getByRole('button', { name: 'Post the call' }).click();
    const deadline = mexico.page.getByLabel('Deadline (optional)');
    await expectAttribute(deadline, 'aria-invalid', 'true');
    expect(await deadline.inputValue()).toBe('31/12/2027');
    expect(await mexico.page.getByLabel('Title').inputValue()).toBe(title);
    await expectAccessible(mexico.page);
    await deadline.fill('2027-12-31');
    await mexico.page.getByRole('button', { name: 'Post the call' }).click();
    await mexico.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectAccessible(mexico.page);

    const iom = await newPage();
    await signIn(iom.page, 'iom@demo.pfp.example');
    await iom.page.getByRole('link', { name: 'Calls for action', exact: true }).click();
    await iom.page.getByRole('link', { name: title }).click();
    await iom.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await iom.page.getByRole('button', { name: 'Send the response' }).click();
    await expectAttribute(iom.page.getByLabel('Message'), 'aria-invalid', 'true');
    await iom.page.getByLabel('What you offer').selectOption('EXPERTISE');
    await iom.page.getByLabel('Message').fill('IOM can send two trainers in March.');
    await iom.page.getByRole('button', { name: 'Send the response' }).click();
    await iom.page.getByText('IOM can send two trainers in March.').waitFor();
    await iom.page.getByRole('heading', { name: 'Responses (1)' }).waitFor();
    await expectAccessible(iom.page);
    for (const { context } of [mexico, iom]) await context.close();
  });

  afterAll(() => {
    console.log(`axe-core checked ${visited.length} pages:\n${[...new Set(visited)].join('\n')}`);
  });
});

/** Polls until the element's attribute has the value (5 s): the page updates asynchronously. */
async function expectAttribute(locator: { getAttribute(name: string): Promise<string | null> }, name: string, value: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = await locator.getAttribute(name);
    if (last === value) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(`${name}=${last}`).toBe(`${name}=${value}`);
}
