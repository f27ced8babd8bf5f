import type { Page } from 'playwright-core';
import { launchProject } from '../partnerships/partnership-api';
import { DESKTOP, PHONE, useSite } from './site-harness';

const MEXICO = 'mx@demo.pfp.example';
const IOM = 'iom@demo.pfp.example';
const IOM_NAME = 'International Organization for Migration (IOM)';
const TITLE = 'Training officials who protect migrant children';

describe('partnership projects in the site', () => {
  const site = useSite();

  /** axe at desktop and 360 px, in English and Arabic, with a screenshot of each. */
  async function checkEveryWay(path: string, name: string, signInAs?: string): Promise<void> {
    for (const [locale, lang] of [
      ['en-GB', 'en'],
      ['ar', 'ar'],
    ] as const) {
      for (const [viewport, size] of [
        [DESKTOP, 'desktop'],
        [PHONE, 'phone'],
      ] as const) {
        // signIn() reads the English sign-in page; ?lang= then sets the page's language
        const { context, page } = await site.newPage({ viewport, locale: signInAs ? 'en-GB' : locale });
        if (signInAs) await site.signIn(page, signInAs);
        await page.goto(`${site.origin}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
        await page.locator('h1').first().waitFor();
        // every panel of the page has loaded (the project, its history, its discussion): no "Loading…" left
        await page.waitForFunction(() => ![...document.querySelectorAll('[role="status"]')].some((s) => /Loading…|جارٍ التحميل…/.test(s.textContent ?? '')));
        await site.expectAccessible(page);
        await site.screenshot(page, `projects-${name}-${lang}-${size}`);
        await context.close();
      }
    }
  }

  const figure = async (page: Page, n: number, indicator: string, value: string, unit: string) => {
    await page.getByRole('button', { name: 'Add a figure' }).click();
    const row = page.getByRole('group', { name: `Figure ${n}` });
    await row.getByLabel('Indicator').fill(indicator);
    await row.getByLabel('Value').fill(value);
    await row.getByLabel('Unit').fill(unit);
  };

  it('starts a project, reports figures with a video, runs milestones and partners, and completes it', async () => {
    const { context, page } = await site.newPage();
    await site.signIn(page, MEXICO);
    await page.goto(`${site.origin}/projects`);
    await page.getByRole('link', { name: 'Start a project' }).click();
    await page.getByRole('heading', { level: 1, name: 'Start a partnership project' }).waitFor();
    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('Description').fill('Free five-day courses for the officials of the region.');
    await page.getByRole('button', { name: 'Add a partner' }).click();
    await page.getByLabel('Partner 1').selectOption({ label: IOM_NAME });
    await page.getByLabel(`Role of ${IOM_NAME}`).selectOption('IMPLEMENTER');
    await page.getByRole('button', { name: 'Add a partner' }).click();
    await page.getByLabel('Partner 2').selectOption({ label: 'Honduras' });
    await page.getByRole('button', { name: 'Start the project' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const projectPath = new URL(page.url()).pathname;
    expect(projectPath).toMatch(/^\/projects\/project-[0-9a-f-]+$/);

    // IOM, a partner, has the page open: what Mexico does arrives without a reload.
    const iom = await site.newPage();
    await site.signIn(iom.page, IOM);
    await iom.page.goto(`${site.origin}${projectPath}`);
    await iom.page.getByText('New updates appear here as they are posted.').waitFor();

    // Two updates: 1,200 then 2,300 officials trained, the second with a video.
    const form = page.getByRole('region', { name: 'Post an update' });
    await form.getByLabel('Update').fill('First courses held in Tapachula.');
    await figure(page, 1, 'officials trained', '1,200', 'people');
    await form.getByRole('button', { name: 'Post update' }).click();
    await page.getByRole('listitem').filter({ hasText: 'First courses held in Tapachula.' }).waitFor();
    await form.getByLabel('Update').fill('3,500 officials trained in Mexico, Honduras, Guatemala and the Dominican Republic.');
    await form.getByLabel('Video link').fill('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    await figure(page, 1, 'officials trained', '2300', 'people');
    await form.getByRole('button', { name: 'Post update' }).click();
    const table = page.getByRole('table', { name: 'officials trained (people) by date' });
    await table.getByRole('cell', { name: '3,500' }).waitFor();
    expect(await table.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining(['1,200', '2,300', '3,500']));
    expect(await page.getByRole('img', { name: /officials trained \(people\): total from 1,200 to 3,500 over 2 reports/ }).count()).toBe(1);
    expect(await page.locator('iframe[src^="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"]').count()).toBe(1);
    await iom.page.getByRole('cell', { name: '3,500' }).waitFor();

    // A refused video link is named by its label.
    await form.getByLabel('Update').fill('A link elsewhere.');
    await form.getByLabel('Video link').fill('https://example.org/video.mp4');
    await form.getByRole('button', { name: 'Post update' }).click();
    await form.getByRole('link', { name: /Video link/ }).waitFor();
    await form.getByLabel('Video link').fill('');
    await form.getByLabel('Update').fill('');

    // A milestone, added and reached.
    await page.getByLabel('New milestone').fill('First regional course');
    await page.getByLabel('Planned for').fill('2027-01-15');
    await page.getByRole('button', { name: 'Add milestone' }).click();
    await page.getByRole('button', { name: 'Mark “First regional course” reached' }).click();
    await page.getByText(/First regional course · reached on/).waitFor();

    // Partners: Honduras becomes a funder, then leaves the list; IOM sees the role change live.
    await page.getByLabel('Role of Honduras').selectOption('FUNDER');
    await iom.page.getByText(/Honduras \(funder\)/).waitFor();
    await page.getByRole('button', { name: 'Remove Honduras' }).click();
    await page.getByRole('button', { name: 'Remove Honduras' }).waitFor({ state: 'detached' });
    await page.getByLabel('New partner').selectOption({ label: 'Switzerland' });
    await page.getByRole('button', { name: 'Add partner' }).click();
    await page.getByLabel('Role of Switzerland').waitFor();

    // The lead edits the description and who may see the project.
    await page.getByText('Edit the project').click();
    const edit = page.locator('details', { hasText: 'Save changes' });
    await edit.getByLabel('Description').fill('Free five-day courses, four times a year.');
    await edit.getByLabel('Who can see it').selectOption('PARTNERS');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('visible to its partners only').waitFor();
    await page.getByText('Free five-day courses, four times a year.').first().waitFor();
    await iom.page.getByText('Free five-day courses, four times a year.').first().waitFor();
    await iom.context.close();

    // The history names each change, word by word.
    const history = page.getByRole('region', { name: 'History' });
    await history.getByText('Role changed').first().waitFor();
    await history.getByText('Partner removed').waitFor();
    expect(await history.getByText('Edited').count()).toBeGreaterThan(0);

    await checkEveryWay(projectPath, 'project-lead', MEXICO);
    await checkEveryWay(projectPath, 'project-partner', IOM);

    await page.getByRole('button', { name: 'Mark as completed' }).click();
    await page.locator('.project-status', { hasText: 'Completed' }).waitFor();
    expect(await page.getByRole('region', { name: 'Post an update' }).count()).toBe(0);
    await context.close();
  }, 300_000);

  it('lets a partner leave, and the lead cancel with a reason', async () => {
    const { context, page } = await site.newPage();
    await site.signIn(page, IOM);
    await page.goto(`${site.origin}/projects/new`);
    await page.getByLabel('Title').fill('Return and reintegration desk');
    await page.getByRole('button', { name: 'Add a partner' }).click();
    await page.getByLabel('Partner 1').selectOption({ label: 'Mexico' });
    await page.getByRole('button', { name: 'Start the project' }).click();
    await page.getByRole('heading', { level: 1, name: 'Return and reintegration desk' }).waitFor();
    const projectPath = new URL(page.url()).pathname;

    const mexico = await site.newPage();
    await site.signIn(mexico.page, MEXICO);
    await mexico.page.goto(`${site.origin}${projectPath}`);
    await mexico.page.getByRole('button', { name: 'Leave the project' }).click();
    await mexico.page.getByRole('button', { name: 'Yes, leave' }).click();
    await mexico.page.getByRole('button', { name: 'Leave the project' }).waitFor({ state: 'detached' });
    await mexico.context.close();
    await page.getByLabel('Role of Mexico').waitFor({ state: 'detached' }); // arrived live: the page holds the new revision

    await page.getByLabel('Reason for cancelling').fill('The desk moved to another programme.');
    await page.getByRole('button', { name: 'Cancel the project' }).click();
    await page.getByText('Cancelled: The desk moved to another programme.').waitFor();
    await context.close();
  }, 120_000);

  it('lists projects with search, filters, sort and paging, and the start page, accessibly', async () => {
    const { context, page } = await site.newPage();
    await page.goto(`${site.origin}/projects`);
    await page
      .getByRole('status')
      .filter({ hasText: /^Projects found: \d+$/ })
      .waitFor();
    await page.getByLabel('Search projects').fill('diaspora');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('Projects found: 1', { exact: true }).waitFor();
    expect(await page.locator('.card h2').allTextContents()).toEqual(['Handbook on engaging diasporas in development']);
    await page.getByRole('link', { name: 'Clear filters' }).click();
    expect(await page.getByLabel('Search projects').inputValue()).toBe('');
    await page.getByLabel('Sort by').selectOption('TITLE');
    await page.waitForURL(/sort=TITLE/);
    await page.getByLabel('Status').selectOption('ACTIVE');
    await page.waitForURL(/status=ACTIVE/);
    await page.getByRole('link', { name: 'Clear filters' }).waitFor();
    await context.close();

    await checkEveryWay('/projects', 'list');
    await checkEveryWay('/projects?q=children&status=ACTIVE', 'list-filtered');
    await checkEveryWay('/projects/new', 'start', MEXICO);
  }, 300_000);

  it('pages the projects list beyond 20 ("Load more"), sorted by title, none twice', async () => {
    const mexico = await site.api.signInAsDemo('mx');
    const word = `Zacatecas${Date.now()}`;
    for (let i = 1; i <= 21; i++) await launchProject(site.api, mexico, { title: `${word} project ${String(i).padStart(2, '0')}` });
    const { context, page } = await site.newPage();
    await page.goto(`${site.origin}/projects?q=${word}&sort=TITLE`);
    await page.getByText('Projects found: 21', { exact: true }).waitFor();
    await page.getByText('Showing 20 of 21').waitFor();
    expect(await page.locator('.card h2').count()).toBe(20);
    expect(await page.locator('.card h2').first().textContent()).toBe(`${word} project 01`);
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.getByText('Showing 21 of 21').waitFor();
    const titles = await page.locator('.card h2').allTextContents();
    expect(titles).toEqual(Array.from({ length: 21 }, (_, i) => `${word} project ${String(i + 1).padStart(2, '0')}`));
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    await site.expectAccessible(page);
    await context.close();
  }, 120_000);
});
