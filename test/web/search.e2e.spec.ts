import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, useSite } from './site-harness';

const PRACTICE = 'Protection of unaccompanied migrant children: training of child protection officers';
const CALL = 'Training on the protection of unaccompanied migrant children';
const PROJECT = 'Protection of unaccompanied migrant children';
const TOOL = 'Handbook on engaging diasporas in development';

/** The result cards: each one's kind label and title. */
async function results(page: Page): Promise<Array<{ kind: string; title: string }>> {
  return page
    .locator('.results article.card')
    .evaluateAll((cards) => cards.map((card) => ({ kind: card.querySelector('.search-kind')?.textContent ?? '', title: card.querySelector('h3')?.textContent ?? '' })));
}

/** Searches from the header's box, on whatever page it is, and waits for the count. */
async function searchFromHeader(page: Page, words: string, box = 'Search the platform', status = /^Results: \d+$/): Promise<void> {
  await page.getByRole('searchbox', { name: box }).fill(words);
  await page.getByRole('searchbox', { name: box }).press('Enter');
  await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === words);
  await page.getByRole('status').filter({ hasText: status }).waitFor();
}

describe('one search across everything in the site', () => {
  const site = useSite();

  it('the header finds a practice, a call, a project and a policy tool of 2011, and the kind facet narrows to one kind', async () => {
    const { context, page } = await site.newPage();
    await page.goto(`${site.origin}/calls`);
    await page.getByRole('heading', { level: 1, name: 'Calls for action' }).waitFor();
    await searchFromHeader(page, 'unaccompanied children');
    await page.getByRole('link', { name: PRACTICE }).waitFor();
    const found = await results(page);
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'Practice', title: PRACTICE },
        { kind: 'Call for action', title: CALL },
        { kind: 'Partnership project', title: PROJECT },
      ]),
    );

    await searchFromHeader(page, 'handbook diasporas');
    await page.getByRole('link', { name: TOOL }).first().waitFor();
    const handbook = await results(page);
    expect(handbook).toEqual(expect.arrayContaining([{ kind: 'Policy tool', title: TOOL }]));
    expect(new Set(handbook.map((r) => r.kind)).size).toBeGreaterThan(1);

    // the kind facet: only the policy tools, the others still offered with their counts
    const kinds = page.getByRole('region', { name: 'Kind' });
    await kinds.getByRole('button', { name: /^Policy tool \(\d+\)$/ }).click();
    await page.waitForURL((url) => url.searchParams.get('kind') === 'POLICY_TOOL');
    await page.getByRole('button', { name: /^Policy tool \(\d+\)$/, pressed: true }).waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('.results .search-kind')].every((k) => k.textContent === 'Policy tool'));
    const tools = await results(page);
    expect(tools.length).toBeGreaterThan(0);
    expect(tools.every((r) => r.kind === 'Policy tool')).toBe(true);
    await expect(kinds.getByRole('button', { name: /^Call for action \(\d+\)$/ }).count()).resolves.toBe(1);

    // a result opens its own page
    await page.getByRole('link', { name: TOOL }).first().click();
    await page.getByRole('heading', { level: 1, name: TOOL }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/tools\/policyTool-/);
    await context.close();
  });

  it('the search page passes axe at desktop and 360 px in English and Arabic', async () => {
    for (const locale of ['en-GB', 'ar'] as const) {
      for (const viewport of [DESKTOP, PHONE]) {
        const { context, page } = await site.newPage({ locale, viewport });
        await page.goto(`${site.origin}/`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        const arabic = locale === 'ar';
        await searchFromHeader(page, 'migrant', arabic ? 'البحث في المنصة' : 'Search the platform', arabic ? /^النتائج: [\d٠-٩]+$/ : /^Results: \d+$/);
        await page.getByRole('heading', { level: 1, name: arabic ? 'البحث' : 'Search' }).waitFor();
        expect(await page.locator('html').getAttribute('dir')).toBe(arabic ? 'rtl' : 'ltr');
        expect((await results(page)).length).toBeGreaterThan(0);
        await page.waitForLoadState('networkidle');
        await site.expectAccessible(page);
        await site.screenshot(page, `search-${locale}-${viewport.width}`);
        await context.close();
      }
    }
  });
});
