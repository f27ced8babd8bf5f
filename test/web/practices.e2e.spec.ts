import { demoPracticeId } from '@pfp/practices';
import { draft, mexicoDraft, mutate, type Api } from '@pfp/practices/testing';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, useSite } from './site-harness';

const MEXICO = 'mx@demo.pfp.example';
const HONDURAS = 'hn@demo.pfp.example';
const mexicoPractice = demoPracticeId('mx-unaccompanied-children-training');

/** A practice of Mexico's taken through review by the API, as far as `stage`. */
async function practiceOf(api: Api, tokens: { mx: string; su: string }, title: string, stage: 'changesRequested' | 'published'): Promise<string> {
  const id = (await draft(api, tokens.mx, { ...mexicoDraft, title })).practice.id as string;
  await mutate(api, tokens.mx, 'submitPractice', 'SubmitPracticeInput', { id });
  if (stage === 'published') await mutate(api, tokens.su, 'publishPractice', 'PublishPracticeInput', { id });
  else
    await mutate(api, tokens.su, 'requestPracticeChanges', 'RequestPracticeChangesInput', {
      id,
      reason: 'Please give the number of officials trained in 2011.',
    });
  return id;
}

/** axe at desktop and 360 px, in English and in Arabic, with a screenshot of each. */
async function checkEverywhere(site: ReturnType<typeof useSite>, path: string, name: string, signIn?: string, ready?: (page: Page) => Promise<void>) {
  for (const [viewport, size] of [
    [DESKTOP, 'desktop'],
    [PHONE, '360'],
  ] as const) {
    for (const language of ['en', 'ar']) {
      const { context, page } = await site.newPage({ viewport });
      if (signIn) await site.signIn(page, signIn);
      await page.goto(`${site.origin}${path}${path.includes('?') ? '&' : '?'}lang=${language}`);
      await page.locator('h1').first().waitFor();
      await ready?.(page);
      await page.waitForLoadState('networkidle');
      await site.screenshot(page, `practices-${name}-${size}-${language}`);
      await site.expectAccessible(page);
      await context.close();
    }
  }
}

describe('practices in the site', () => {
  const site = useSite();
  let tokens: { mx: string; su: string; hn: string };
  beforeAll(async () => {
    const [mx, su, hn] = await Promise.all(['mx', 'gfmd-support-unit', 'hn'].map((id) => site.api.signInAsDemo(id)));
    tokens = { mx, su, hn };
  });

  it('revises a published practice as its owner: the revision goes to review, and the page reports no failure', async () => {
    const { context, page } = await site.newPage();
    await site.signIn(page, MEXICO);
    await page.goto(`${site.origin}/practices/${mexicoPractice}/edit`);
    await page.getByRole('heading', { name: 'Revise a practice' }).waitFor();
    await page.getByText('This practice is published.', { exact: false }).waitFor();
    // no "Save draft" for a published practice: saving sends the revision to review
    expect(await page.getByRole('button', { name: 'Save draft' }).count()).toBe(0);
    await page.getByLabel('Summary').fill('A model for training the officials who protect unaccompanied migrant minors, revised in 2012.');
    if (!(await page.getByLabel('Start').inputValue())) await page.getByLabel('Start').fill('2010');
    await page.getByRole('button', { name: 'Save and submit for review' }).click();
    await page.locator('.success, .error').first().waitFor();
    expect(await page.locator('.error').allTextContents()).toEqual([]);
    await page.getByText('Submitted for review by the Support Unit.').waitFor();
    const { practice } = (
      await site.api.gql<{ practice: { status: string; summary: string; hasPendingRevision: boolean } }>(
        `query($id: ID!) { practice(id: $id) { status summary hasPendingRevision } }`,
        { id: mexicoPractice },
      )
    ).data!;
    // the public still reads the published text, with a revision pending
    expect(practice).toEqual({ status: 'PUBLISHED', summary: expect.not.stringContaining('revised in 2012'), hasPendingRevision: true });
    await mutate(site.api, tokens.su, 'publishPractice', 'PublishPracticeInput', { id: mexicoPractice });
    await context.close();
  }, 120_000);

  it('shows the owner the reviewer’s reason on the edit form', async () => {
    const id = await practiceOf(site.api, tokens, 'Training of consular officers, sent back', 'changesRequested');
    const path = `/practices/${id}/edit`;
    const { context, page } = await site.newPage();
    await site.signIn(page, MEXICO);
    await page.goto(`${site.origin}${path}`);
    const reason = page.getByRole('region', { name: 'What the Support Unit asks you to change' });
    await reason.getByText('Please give the number of officials trained in 2011.').waitFor();
    await context.close();
    await checkEverywhere(site, path, 'form-reason', MEXICO, (p) => p.locator('.review-reason').waitFor());
  }, 180_000);

  it('Mexico adds a French translation in the site and edits it; a French reader sees it, in French, as sanitised HTML', async () => {
    const { context, page } = await site.newPage();
    await site.signIn(page, MEXICO);
    await page.goto(`${site.origin}/practices/${mexicoPractice}`);
    const translations = page.getByRole('region', { name: 'Translations' });
    await translations.getByRole('button', { name: 'Add a translation' }).click();
    await translations.getByLabel('Language of the translation').selectOption('fr');
    // refused in the browser as on the server: a translation needs a title
    await translations.getByRole('button', { name: 'Save the translation' }).click();
    await expect(translations.getByLabel('Title').getAttribute('aria-invalid')).resolves.toBe('true');
    await translations.getByLabel('Title').fill('Protection des enfants migrants non accompagnés');
    expect(await translations.getByLabel('Title').getAttribute('lang')).toBe('fr');
    await translations.getByLabel('Summary').fill('Former les agents qui protègent les mineurs migrants non accompagnés.');
    await translations.getByLabel('Description').fill('La formation est **gratuite**. <script>window.pwned = true</script>');
    await translations.getByRole('button', { name: 'Save the translation' }).click();
    await translations.getByText('Translation saved.').waitFor();
    await site.expectAccessible(page);
    await site.screenshot(page, 'practices-translations-desktop-en');
    // edited whole: a better title
    await translations.getByRole('button', { name: 'Edit the translation into French' }).click();
    await translations.getByLabel('Title').fill('Protection des enfants migrants non accompagnés : former les agents');
    await translations.getByRole('button', { name: 'Save the translation' }).click();
    await translations.getByText('Translation saved.').waitFor();
    await translations.getByText('Protection des enfants migrants non accompagnés : former les agents').waitFor();
    await context.close();

    for (const reader of [
      { locale: 'fr-FR', query: '' },
      { locale: 'en-GB', query: '?lang=fr' },
    ]) {
      const french = await site.newPage({ locale: reader.locale });
      await french.page.goto(`${site.origin}/practices/${mexicoPractice}${reader.query}`);
      const heading = french.page.getByRole('heading', { level: 1, name: 'Protection des enfants migrants non accompagnés : former les agents' });
      await heading.waitFor();
      expect(await heading.getAttribute('lang')).toBe('fr');
      const body = french.page.locator('.practice .body');
      expect(await body.getAttribute('lang')).toBe('fr');
      expect(await body.locator('strong').textContent()).toBe('gratuite');
      expect(await body.locator('script').count()).toBe(0);
      expect(await french.page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
      await site.expectAccessible(french.page);
      await site.screenshot(french.page, `practices-french-reader-${reader.locale}`);
      await french.context.close();
    }
    // the owner's page with the translation form open (a new one: the language to choose, the text in that language)
    await checkEverywhere(site, `/practices/${mexicoPractice}`, 'owner-page', MEXICO, async (p) => {
      await p.locator('.translations > p > button').click();
      await p.locator('.translation-form select').waitFor();
    });
  }, 240_000);

  it('remembers that an organisation is interested in replicating, and shows the owner who is', async () => {
    const { context, page } = await site.newPage();
    await site.signIn(page, HONDURAS);
    await page.goto(`${site.origin}/practices/${mexicoPractice}`);
    await page.getByRole('button', { name: 'We are interested in replicating this' }).click();
    await page.getByText('Your interest is recorded').waitFor();
    // remembered by the platform, not the page: on a new visit the button is gone
    await page.reload();
    await page.getByText('Your interest is recorded').waitFor();
    expect(await page.getByRole('button', { name: 'We are interested in replicating this' }).count()).toBe(0);
    // others do not see who is interested
    expect(await page.getByRole('region', { name: 'Organisations interested in replicating it' }).count()).toBe(0);
    await site.expectAccessible(page);
    await context.close();

    const owner = await site.newPage();
    await site.signIn(owner.page, MEXICO);
    await owner.page.goto(`${site.origin}/practices/${mexicoPractice}`);
    await owner.page.getByRole('region', { name: 'Organisations interested in replicating it' }).getByText('Honduras').waitFor();
    await owner.context.close();
  }, 120_000);

  it('lets the owner archive a practice after a confirmation; the public no longer finds it', async () => {
    const title = 'Seasonal workers’ savings scheme, to be archived';
    const id = await practiceOf(site.api, tokens, title, 'published');
    const { context, page } = await site.newPage();
    await site.signIn(page, MEXICO);
    await page.goto(`${site.origin}/practices/${id}`);
    await page.getByRole('button', { name: 'Archive this practice' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Archive this practice?' });
    await site.expectAccessible(page);
    await site.screenshot(page, 'practices-archive-confirm-desktop-en');
    await confirm.getByRole('button', { name: 'Yes, archive it' }).click();
    await page.locator('.badge.status-ARCHIVED').waitFor();
    expect(await page.getByRole('button', { name: 'Archive this practice' }).count()).toBe(0);
    await context.close();
    const visitor = await site.newPage();
    await visitor.page.goto(`${site.origin}/practices/${id}`);
    await visitor.page.getByText('Not found', { exact: false }).first().waitFor();
    await visitor.context.close();
    // the Support Unit may archive too: its confirmation, at 360 px in Arabic, then cancelled
    const supportUnit = await site.newPage({ viewport: PHONE });
    await site.signIn(supportUnit.page, 'gfmd-support-unit@demo.pfp.example');
    await supportUnit.page.goto(`${site.origin}/practices/${mexicoPractice}?lang=ar`);
    await supportUnit.page.locator('button.danger').click();
    await supportUnit.page.getByRole('alertdialog').waitFor();
    await site.expectAccessible(supportUnit.page);
    await site.screenshot(supportUnit.page, 'practices-archive-confirm-360-ar');
    await supportUnit.page.getByRole('alertdialog').locator('button:not(.danger)').click();
    await supportUnit.page.getByRole('alertdialog').waitFor({ state: 'detached' });
    await supportUnit.context.close();
    const { data } = await site.api.gql<{ practices: { totalCount: number } }>(`query($q: String) { practices(search: $q) { totalCount } }`, {
      q: 'seasonal savings archived',
    });
    expect(data?.practices.totalCount).toBe(0);
  }, 120_000);

  it('pages the practices list beyond 20, sorts it, and clears the filters and the search box', async () => {
    const word = 'Hometown';
    for (let i = 0; i < 23; i++) await practiceOf(site.api, tokens, `${word} associations matching fund ${String(i + 1).padStart(2, '0')}`, 'published');
    const { context, page } = await site.newPage();
    await page.goto(`${site.origin}/practices?q=${word}`);
    await page.getByText('Practices found: 23', { exact: true }).waitFor();
    expect(await page.locator('.results article').count()).toBe(20);
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.results article').length === 23);
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    // by title, A to Z: 01 first
    await page.getByLabel('Sort by').selectOption('TITLE');
    await page.waitForURL(/sort=TITLE/);
    // the list starts again from its first page, in the new order (01 was the last of the newest-first list)
    await page.waitForFunction((first) => document.querySelector('.results article h3')?.textContent === first, `${word} associations matching fund 01`);
    expect(await page.locator('.results article').count()).toBe(20);
    await site.expectAccessible(page);
    await site.screenshot(page, 'practices-list-paged-desktop-en');
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => url.search === '');
    expect(await page.getByRole('searchbox', { name: 'Search practices' }).inputValue()).toBe('');
    await context.close();
    // countries in the facet by their names in the reader's language
    const spanish = await site.newPage({ locale: 'es-ES' });
    await spanish.page.goto(`${site.origin}/practices`);
    const countries = spanish.page.getByRole('region', { name: 'Países' }).locator('button.facet');
    await countries.first().waitFor();
    const names = (await countries.allTextContents()).map((text) => text.replace(/\s*\(\d+\)$/, ''));
    expect(names.length).toBeGreaterThan(3);
    expect(names).toEqual([...names].sort(new Intl.Collator('es').compare));
    await spanish.context.close();
    await checkEverywhere(site, `/practices?q=${word}`, 'list', undefined, (p) => p.getByRole('main').getByRole('button', { name: /./ }).first().waitFor());
  }, 240_000);
});
