import type { Page } from 'playwright-core';
import { postCall } from '../partnerships/partnership-api';
import { DESKTOP, PHONE, useSite } from './site-harness';

/**
 * The shell in Chromium: the home page's figures, the header's live unread count and marking the
 * feed read, the error summary, unknown URLs (404), the footer's open-data links, the header
 * after navigation, Arabic; axe at desktop and 360 px in English and Arabic.
 */
describe('the site shell in Chromium', () => {
  const site = useSite();

  const VARIANTS = [
    [DESKTOP, 'desktop', 'en-GB', ''],
    [PHONE, '360', 'en-GB', ''],
    [DESKTOP, 'desktop-ar', 'ar', '?lang=ar'],
    [PHONE, '360-ar', 'ar', '?lang=ar'],
  ] as const;

  /** The number a figure shows, read in any digits (Arabic-Indic ones included). */
  const figure = async (page: Page, name: string) => {
    const text = await page
      .locator('.figures div', { has: page.locator('dt', { hasText: name }) })
      .locator('dd')
      .textContent();
    return Number((text ?? '').replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))).replace(/[^\d]/g, ''));
  };

  it('home: the active projects figure agrees with the projects listed as active; accessible in English and Arabic', async () => {
    const listed = await site.api.gql<{ partnershipProjects: { totalCount: number } }>(
      `{ partnershipProjects(filter: { status: ACTIVE }, first: 1) { totalCount } }`,
    );
    const active = listed.data!.partnershipProjects.totalCount;
    expect(active).toBeGreaterThan(0);
    for (const [viewport, suffix, locale, query] of VARIANTS) {
      const { context, page } = await site.newPage({ viewport, locale });
      await page.goto(`${site.origin}/${query}`);
      await page.locator('.figures dd').first().waitFor();
      await page.locator('#projects-heading ~ .cards .card').first().waitFor();
      if (!query) {
        expect(await figure(page, 'active projects')).toBe(active);
        expect(await page.locator('#projects-heading ~ .cards .card').count()).toBe(Math.min(3, active));
      } else {
        expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
        expect(await page.getByRole('heading', { name: 'البيانات المفتوحة' }).count()).toBe(1);
      }
      await page.waitForLoadState('networkidle');
      await site.screenshot(page, `shell-home-${suffix}`);
      await site.expectAccessible(page);
      await context.close();
    }
  });

  it('unknown URLs answer 404 and show the not-found page; the site’s pages answer 200', async () => {
    for (const path of ['/no-such-page', '/practices/practice-1/nowhere', '/my'])
      expect({ path, status: (await fetch(`${site.origin}${path}`)).status }).toEqual({ path, status: 404 });
    for (const path of ['/', '/practices', '/calls/call-x', '/my/feed', '/sign-in'])
      expect({ path, status: (await fetch(`${site.origin}${path}`)).status }).toEqual({ path, status: 200 });
    for (const [viewport, suffix, locale, query] of VARIANTS) {
      const { context, page } = await site.newPage({ viewport, locale });
      const response = await page.goto(`${site.origin}/no-such-page${query}`);
      expect(response?.status()).toBe(404);
      await page.getByRole('heading', { level: 1, name: query ? 'الصفحة غير موجودة' : 'Page not found' }).waitFor();
      await site.screenshot(page, `shell-404-${suffix}`);
      await site.expectAccessible(page);
      await context.close();
    }
  });

  it('names themes in the language asked, and refuses a language that is not a UN language', async () => {
    const fr = await site.api.gql<{ themes: { id: string; label: string }[] }>(`{ themes { id label(language: "fr") } }`);
    expect(fr.data!.themes.find((theme) => theme.id === 'gcm-7')?.label).toBe(
      'Objectif 7 : S’attaquer aux facteurs de vulnérabilité liés aux migrations et les réduire',
    );
    const ar = await site.api.gql<{ themes: { id: string; label: string }[] }>(`{ themes { id label(language: "ar") } }`);
    expect(ar.data!.themes.find((theme) => theme.id === 'diaspora')?.label).toBe('سياسات المغتربين');
    const en = await site.api.gql<{ themes: { id: string; label: string }[] }>(`{ themes { id label } }`);
    expect(en.data!.themes.find((theme) => theme.id === 'diaspora')?.label).toBe('Diaspora policy');
    const bad = await site.api.gql(`{ themes { id label(language: "de") } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { language: expect.stringContaining('ar, en, es, fr, ru, zh') } });
  });

  it('the footer links the open-data downloads and the Atom feed, and each answers', async () => {
    const { context, page } = await site.newPage();
    await page.goto(`${site.origin}/`);
    const footer = page.getByRole('contentinfo');
    const links = {
      'All published practices (JSON)': '/export/practices.json',
      'All published practices (CSV)': '/export/practices.csv',
      'Atom feed of new practices': '/feeds/practices.atom',
      'Open data: the GraphQL API': '/graphql',
    };
    for (const [name, href] of Object.entries(links)) expect(await footer.getByRole('link', { name }).getAttribute('href')).toBe(href);
    for (const href of Object.values(links).slice(0, 3)) {
      const answer = await fetch(`${site.origin}${href}`);
      expect({ href, status: answer.status }).toEqual({ href, status: 200 });
    }
    expect((await (await fetch(`${site.origin}/export/practices.json`)).json()).practices.length).toBeGreaterThan(0);
    expect(await (await fetch(`${site.origin}/feeds/practices.atom`)).text()).toContain('<feed');
    await context.close();
  });

  it('a page whose style sheet fails to arrive once still opens styled; one whose code fails says so (not a blank window) and opens on "Try again"', async () => {
    const { context, page } = await site.newPage();
    const refused: string[] = [];
    // the first request for the page's style sheet fails, as a dropped connection would
    await context.route('**/assets/open-data-*.css', (route) => {
      if (refused.length > 0) return route.continue();
      refused.push(new URL(route.request().url()).pathname);
      return route.abort('connectionreset');
    });
    await page.goto(`${site.origin}/open-data`);
    await page.getByRole('heading', { level: 1, name: 'Open data' }).waitFor();
    expect(refused).toHaveLength(1);
    const sheets = await page.evaluate(() => [...document.styleSheets].map((sheet) => (sheet.href ? new URL(sheet.href).pathname : '')));
    expect(sheets).toContain(refused[0]);
    await context.close();

    // the search page's own script fails (open-data-*.js would be the strings of the open-data area too)
    const failing = await site.newPage({ viewport: PHONE });
    await failing.context.route('**/assets/search-page-*.js', (route) => route.abort('internetdisconnected'));
    await failing.page.goto(`${site.origin}/search`);
    await failing.page.getByRole('heading', { level: 1, name: 'This page could not be loaded' }).waitFor();
    await failing.page.getByRole('alert').filter({ hasText: 'Check your connection and try again' }).waitFor();
    await site.expectAccessible(failing.page);
    await site.screenshot(failing.page, 'shell-page-failed-360');
    await failing.context.unrouteAll();
    await failing.page.getByRole('button', { name: 'Try again' }).click();
    await failing.page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    await failing.context.close();

    // the reader's strings fail (they come before the first render): in French, a page that says so
    const unstarted = await site.newPage({ locale: 'fr-FR' });
    await unstarted.context.route('**/assets/common-*.js', (route) => route.abort('internetdisconnected'));
    await unstarted.page.goto(`${site.origin}/open-data`);
    await unstarted.page.getByRole('heading', { level: 1, name: 'Le site n’a pas pu démarrer' }).waitFor();
    await unstarted.page.getByRole('alert').waitFor();
    expect(await unstarted.page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await site.expectAccessible(unstarted.page);
    await unstarted.context.unrouteAll();
    await unstarted.page.getByRole('button', { name: 'Réessayer' }).click();
    await unstarted.page.getByRole('heading', { level: 1, name: 'Données ouvertes' }).waitFor();
    await unstarted.context.close();
  });

  it('radio buttons sit beside their labels, on the same line, in English and Arabic, at desktop and 360 px', async () => {
    for (const [viewport, suffix, , query] of VARIANTS) {
      // signIn() reads the English sign-in page; ?lang= then sets the page's language
      const { context, page } = await site.newPage({ viewport });
      await site.signIn(page, 'gt@demo.pfp.example');
      await page.goto(`${site.origin}/my/settings${query}`);
      await page.locator('label.choice input[type="radio"]').first().waitFor();
      const rtl = query !== '';
      // each radio and the words of its label: centred on one line, a small gap apart, the radio first in reading order
      const placed = await page.locator('label.choice').evaluateAll((labels) =>
        labels.map((label) => {
          const radio = label.querySelector('input')!.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(label);
          range.setStartAfter(label.querySelector('input')!);
          const words = range.getBoundingClientRect();
          return {
            radio: { left: radio.left, right: radio.right, middle: (radio.top + radio.bottom) / 2 },
            words: { left: words.left, right: words.right, middle: (words.top + words.bottom) / 2 },
          };
        }),
      );
      expect(placed.length).toBeGreaterThanOrEqual(3);
      for (const { radio, words } of placed) {
        expect(Math.abs(radio.middle - words.middle)).toBeLessThan(6);
        const gap = rtl ? radio.left - words.right : words.left - radio.right;
        expect(gap).toBeGreaterThanOrEqual(0);
        expect(gap).toBeLessThan(24);
      }
      await site.screenshot(page, `shell-radios-${suffix}`);
      await context.close();
    }
  });

  it('a long word wraps inside its card instead of widening the page (360 px, English and Arabic)', async () => {
    const word = `Grenzüberschreitende${'Zusammenarbeitsvereinbarungs'.repeat(3)}`;
    await postCall(site.api, await site.api.signInAsDemo('mx'), { title: `${word} ${Date.now()}`, description: `${word} ${word}` });
    for (const query of ['', '&lang=ar']) {
      const { context, page } = await site.newPage({ viewport: PHONE });
      await page.goto(`${site.origin}/calls?q=${encodeURIComponent(word)}${query}`);
      const card = page.locator('.card', { hasText: word.slice(0, 30) }).first();
      await card.waitFor();
      const sizes = await card.evaluate((element) => ({
        scroll: element.scrollWidth,
        client: element.clientWidth,
        right: element.getBoundingClientRect().right,
      }));
      expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
      expect(sizes.right).toBeLessThanOrEqual(PHONE.width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await site.screenshot(page, `shell-long-word-360${query ? '-ar' : ''}`);
      await context.close();
    }
  });

  it('the header stays in view after navigating from the bottom of a long page', async () => {
    const { context, page } = await site.newPage({ viewport: PHONE });
    await page.goto(`${site.origin}/`);
    const all = page.getByRole('link', { name: 'All partnership projects' });
    await all.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await all.click();
    await page.waitForURL(/\/projects$/);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.getByRole('banner').isVisible()).toBe(true);
    const top = await page.getByRole('banner').boundingBox();
    expect(top?.y).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it('the header counts unread news live ("Feed, N unread"), and the feed marks it all read', async () => {
    const iom = await site.api.signInAsDemo('iom');
    const mexico = await site.api.signInAsDemo('mx');
    const projects = await site.api.gql<{ partnershipProjects: { edges: { node: { id: string; title: string } }[] } }>(
      `{ partnershipProjects(first: 50) { edges { node { id title } } } }`,
    );
    const projectId = projects.data!.partnershipProjects.edges.find(({ node }) => node.title === 'Protection of unaccompanied migrant children')!.node.id;
    expect(
      (await site.api.gql(`mutation($input: FollowInput!) { follow(input: $input) { following } }`, { input: { subjectId: projectId } }, { token: iom }))
        .errors,
    ).toBeUndefined();
    const post = async (text: string) => {
      const posted = await site.api.gql(
        `mutation($input: PostProjectUpdateInput!) { postProjectUpdate(input: $input) { revision } }`,
        { input: { projectId, text } },
        { token: mexico },
      );
      expect(posted.errors).toBeUndefined();
    };

    const { context, page } = await site.newPage();
    await site.signIn(page, 'iom@demo.pfp.example');
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    // start from nothing unread, so the counts below are exact
    const feedLink = () => page.getByRole('navigation', { name: 'Your account' }).getByRole('link', { name: /^Feed/ });
    await page.goto(`${site.origin}/my/feed`);
    await page.getByRole('heading', { level: 1, name: 'My feed' }).waitFor();
    await page.locator('.feed-tools [role="status"]').waitFor();
    const markAll = page.getByRole('button', { name: 'Mark all as read' });
    if (await markAll.isVisible()) await markAll.click();
    await page.getByText('All caught up: nothing unread.').waitFor();
    expect(await feedLink().getAttribute('aria-label')).toBeNull();
    expect(await feedLink().textContent()).toBe('Feed');

    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Share what works in migration and development' }).waitFor();
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    await post(`Officials trained in Tapachula ${Date.now()}`);
    await page.getByRole('link', { name: 'Feed, 1 unread' }).waitFor();
    await post(`Shelter opened in Ciudad Hidalgo ${Date.now()}`);
    await page.getByRole('link', { name: 'Feed, 2 unread' }).waitFor();
    expect(navigations).toEqual([]);
    expect(await page.locator('.count-badge').textContent()).toBe('2');
    await site.screenshot(page, 'shell-header-unread-desktop');
    await site.expectAccessible(page);

    await page.getByRole('link', { name: 'Feed, 2 unread' }).click();
    await page.getByText('2 unread').first().waitFor();
    expect(await page.locator('.feed-item.unread').count()).toBe(2);
    await site.screenshot(page, 'shell-feed-unread-desktop');
    await site.expectAccessible(page);
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await page.getByText('All caught up: nothing unread.').waitFor();
    expect(await page.locator('.feed-item.unread').count()).toBe(0);
    await expectName(feedLink(), 'Feed');
    // the server agrees after a reload
    await page.reload();
    await page.getByText('All caught up: nothing unread.').waitFor();
    await context.close();

    // In Arabic at 360 px the count is joined with the Arabic comma
    await post(`Consular staff trained in Tenosique ${Date.now()}`);
    const ar = await site.newPage({ viewport: PHONE });
    await site.signIn(ar.page, 'iom@demo.pfp.example');
    await ar.page.goto(`${site.origin}/my/feed?lang=ar`);
    const arabicFeed = ar.page.getByRole('navigation').getByRole('link', { name: /^المستجدات، .+ غير مقروءة$/ });
    await arabicFeed.waitFor();
    await ar.page.locator('.feed-item.unread').first().waitFor();
    await site.screenshot(ar.page, 'shell-feed-360-ar');
    await site.expectAccessible(ar.page);
    await ar.context.close();
  });

  it('a form the API refuses shows "There is a problem", focused, naming each field by its label with a link to it', async () => {
    for (const [viewport, suffix, , query] of [VARIANTS[0], VARIANTS[3]]) {
      // signed in in English (the harness reads the English sign-in page), then ?lang= switches
      const { context, page } = await site.newPage({ viewport });
      await site.signIn(page, 'mx@demo.pfp.example');
      await page.goto(`${site.origin}/calls/new${query}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const title = page.locator('input[name="title"]');
      await title.fill('A title far too long for a call for action '.repeat(40));
      await page.locator('textarea[name="description"]').fill('Two trainers for a week on consular protection of migrant workers.');
      await page.getByRole('main').locator('form button[type="submit"]').click();
      const summary = page.locator('.error-summary');
      await summary.waitFor();
      await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
      await summary.getByRole('heading', { name: query ? 'توجد مشكلة' : 'There is a problem' }).waitFor();
      const label = (await page.locator(`label[for="${await title.getAttribute('id')}"]`).textContent())!;
      const link = summary.getByRole('link', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
      await link.waitFor();
      await site.screenshot(page, `shell-error-summary-${suffix}`);
      await site.expectAccessible(page);
      await link.click();
      await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'title');
      await context.close();
    }
  });
});

async function expectName(locator: ReturnType<Page['locator']>, text: string): Promise<void> {
  await locator
    .page()
    .waitForFunction(([element, expected]) => !(element as Element).getAttribute('aria-label') && (element as Element).textContent === expected, [
      await locator.elementHandle(),
      text,
    ] as const);
}
