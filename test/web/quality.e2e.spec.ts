import { CLOCK, type Clock } from '@pfp/event-sourcing';
import { mexicoDraft, mutate as practiceMutation } from '@pfp/practices/testing';
import type { BrowserContext, Page } from 'playwright-core';
import { launchProject, org } from '../partnerships/partnership-api';
import { PHONE, useSite } from './site-harness';

/*
 * Issue 18 in the site: Mexico, the lead, sets the target "officials trained: 0 -> 5,000 by
 * 2013" on its project and posts the yearly update reporting 3,500; the page shows each target's
 * status badge, the project's, the progress drawn by Chart.js (under the site's
 * Content-Security-Policy) and the same values in a table; a partner and a visitor see no target
 * form; the list filters by that status. A published practice's page shows its assessment
 * ("Meets 6 of 7 criteria, confirmed by the Support Unit") with the evidence. The API's clock
 * (CLOCK) is set so that the story takes place in 2011-2013, as the 2011 report tells it.
 */

const MEXICO = 'mx@demo.pfp.example';
const IOM = 'iom@demo.pfp.example';
const TITLE = `Training officials on the rights of migrant children ${Date.now()}`;
const CHART = /^officials trained \(officials\): 3,500 reached of a target of 5,000 by December 31, 2013, /;

/** CSP violations the page reports (events and console), watched from before its first script. */
async function watchCsp(context: BrowserContext, page: Page): Promise<() => Promise<string[]>> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}`));
  });
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) messages.push(message.text());
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])), ...messages];
}

/** Waits until Chart.js has drawn on the target's canvas (some pixel is no longer transparent). */
const chartDrawn = (page: Page) =>
  page.waitForFunction(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.target canvas');
    if (!canvas || canvas.width === 0 || canvas.height === 0) return false;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
    return false;
  });

describe('targets, progress and the quality of practices in the site (issue 18)', () => {
  const site = useSite();
  let clock: Clock;
  let systemNow: Clock['now'];
  const at = (iso: string) => (clock.now = () => new Date(iso));

  beforeAll(() => {
    clock = site.api.app.get<symbol, Clock>(CLOCK);
    systemNow = clock.now;
  });
  afterAll(() => {
    if (clock) clock.now = systemNow;
  });

  /** axe at desktop and 360 px, in English and Arabic, every panel loaded. */
  const checkEveryWay = (path: string, name: string, ready: (page: Page) => Promise<unknown>, signInAs?: string) =>
    site.checkEveryWay(path, `quality-${name}`, { ready, signInAs });

  it('the lead sets "officials trained: 0 -> 5,000 by 2013", reports 3,500 in one update; the page shows the status, the chart and the table; others see no target form', async () => {
    at('2011-06-01T09:00:00.000Z');
    const mexico = await site.api.signInAsDemo('mx');
    const projectId = await launchProject(site.api, mexico, {
      title: TITLE,
      startsOn: '2011-06-01',
      partners: [{ organizationId: org('iom'), role: 'PARTNER' }],
    });
    const projectPath = `/projects/${encodeURIComponent(projectId)}`;
    const { context, page } = await site.newPage();
    const violations = await watchCsp(context, page);
    await site.signIn(page, MEXICO);
    await page.goto(`${site.origin}${projectPath}`);
    const form = page.getByRole('region', { name: 'Add a target' });
    const fill = async (fields: Record<'Indicator' | 'Unit' | 'Baseline' | 'Target value' | 'Target date', string>, serves: string) => {
      for (const [label, value] of Object.entries(fields)) await form.getByLabel(label).fill(value);
      await form.getByLabel('Serves').selectOption(serves);
    };
    await fill({ Indicator: 'officials trained', Unit: 'officials', Baseline: '0', 'Target value': '0', 'Target date': '2013-12-31' }, 'gcm-7');
    // refused by the API (a target equal to its baseline): named by its label, nothing written
    await form.getByRole('button', { name: 'Save the target' }).click();
    await form.getByRole('link', { name: /Target value/ }).waitFor();
    expect(await page.locator('.target').count()).toBe(0);
    // a value that is no number is caught before sending
    await form.getByLabel('Target value').fill('five thousand');
    await form.getByRole('button', { name: 'Save the target' }).click();
    await form.getByText('Enter a number, e.g. 5000.').waitFor();
    await form.getByLabel('Target value').fill('5,000');
    await form.getByRole('button', { name: 'Save the target' }).click();
    const target = page.getByRole('article', { name: /officials trained/ });
    await target.locator('.target-status', { hasText: 'On track' }).waitFor();
    expect(await target.locator('dd').allTextContents()).toEqual([
      '0 officials',
      '5,000 officials by December 31, 2013',
      'No value reported yet.',
      expect.stringMatching(/^Objective 7: /),
    ]);
    expect(await form.getByLabel('Indicator').inputValue()).toBe('');

    // A year later, the yearly report: one update, the value reached on the target.
    at('2012-06-01T09:00:00.000Z');
    const update = page.getByRole('region', { name: 'Post an update' });
    await update.getByRole('textbox', { name: 'Update', exact: true }).fill('Yearly report: 3,500 officials trained in Mexico and Central America.');
    await update.getByLabel('officials trained (officials)', { exact: true }).fill('3,500');
    await update.getByRole('button', { name: 'Post update' }).click();
    const table = target.getByRole('table', { name: 'officials trained (officials): values reported' });
    await table.getByRole('cell', { name: '3,500' }).waitFor();
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Date', 'Value reached']);
    expect(await table.getByRole('cell').allTextContents()).toEqual(['June 1, 2012', '3,500']);
    await target.locator('dd', { hasText: '3,500 officials' }).waitFor();
    await page.getByRole('list', { name: 'Progress on the targets' }).getByText('officials trained: 3,500 officials reached').waitFor();
    // 70% of the way in 39% of the time since the start: on track, the project too
    await target.locator('.target-status', { hasText: 'On track' }).waitFor();
    await page.getByText('Project overall: On track').waitFor();
    expect(await target.getByRole('img', { name: CHART }).count()).toBe(1);
    await chartDrawn(page);
    expect(await update.getByLabel('officials trained (officials)', { exact: true }).inputValue()).toBe('');

    // November 2013 (94% of the time gone), the same 3,500: at risk, on the page and in the list.
    at('2013-11-01T09:00:00.000Z');
    await page.reload();
    await target.locator('.target-status', { hasText: 'At risk' }).waitFor();
    await page.getByText('Project overall: At risk').waitFor();
    await chartDrawn(page);
    expect(await violations()).toEqual([]);
    await site.screenshot(page, 'quality-project-lead-en-desktop');

    await page.goto(`${site.origin}/projects?q=${encodeURIComponent(TITLE)}`);
    await page.getByText('Projects found: 1', { exact: true }).waitFor();
    await page.locator('.card .target-status', { hasText: 'Targets: At risk' }).waitFor();
    await page.getByLabel('Progress on targets').selectOption('ON_TRACK');
    await page.waitForURL(/targetStatus=ON_TRACK/);
    await page.getByText('Projects found: 0', { exact: true }).waitFor();
    await page.getByLabel('Progress on targets').selectOption('AT_RISK');
    await page.getByText('Projects found: 1', { exact: true }).waitFor();
    await site.expectAccessible(page);

    // The lead moves the date to mid-2014 (on track again), then adds a second target and retires it.
    await page.goto(`${site.origin}${projectPath}`);
    await page.getByRole('button', { name: 'Edit “officials trained”' }).click();
    const edit = page.getByRole('region', { name: 'Edit the target “officials trained”' });
    expect(await edit.getByLabel('Target value').inputValue()).toBe('5000');
    await edit.getByLabel('Target date').fill('2014-06-30');
    await edit.getByRole('button', { name: 'Save the target' }).click();
    await target.locator('dd', { hasText: '5,000 officials by June 30, 2014' }).waitFor();
    await target.locator('.target-status', { hasText: 'On track' }).waitFor();
    await fill({ Indicator: 'courses held', Unit: 'courses', Baseline: '0', 'Target value': '40', 'Target date': '2013-12-31' }, 'sdg-10.7');
    await form.getByRole('button', { name: 'Save the target' }).click();
    const courses = page.getByRole('article', { name: /courses held/ });
    await courses.locator('.target-status', { hasText: 'Off track' }).waitFor();
    await page.getByText('Project overall: Off track').waitFor();
    await courses.getByRole('button', { name: 'Retire “courses held”' }).click();
    await courses.getByRole('button', { name: 'Yes, retire it' }).click();
    await courses.waitFor({ state: 'detached' });
    await page.getByText('Project overall: On track').waitFor();
    await context.close();

    // A partner reports on the targets but sets none; a visitor reads them and sees no form at all.
    for (const who of [IOM, null]) {
      const other = await site.newPage({ viewport: PHONE });
      if (who) await site.signIn(other.page, who);
      await other.page.goto(`${site.origin}${projectPath}`);
      await other.page
        .getByRole('article', { name: /officials trained/ })
        .locator('.target-status', { hasText: 'On track' })
        .waitFor();
      await chartDrawn(other.page);
      expect(await other.page.getByRole('region', { name: 'Add a target' }).count()).toBe(0);
      expect(await other.page.getByRole('button', { name: /^Edit “|^Retire “/ }).count()).toBe(0);
      expect(await other.page.getByLabel('officials trained (officials)', { exact: true }).count()).toBe(who ? 1 : 0);
      await other.context.close();
    }

    await checkEveryWay(projectPath, 'project-lead', chartDrawn, MEXICO);
  }, 420_000);

  it('a published practice shows its assessment, criterion by criterion with the evidence, in English and Arabic', async () => {
    clock.now = systemNow;
    const [mexico, supportUnit] = await Promise.all([site.api.signInAsDemo('mx'), site.api.signInAsDemo('gfmd-support-unit')]);
    const criteria = (await site.api.gql<{ qualityCriteria: Array<{ key: string }> }>('{ qualityCriteria { key } }')).data!.qualityCriteria;
    expect(criteria).toHaveLength(7);
    const drafted = await practiceMutation(site.api, mexico, 'draftPractice', 'DraftPracticeInput', {
      ...mexicoDraft,
      title: `${mexicoDraft.title} ${Date.now()}`,
    });
    const id = drafted.practice.id as string;
    const answers = criteria.map(({ key }) => ({
      criterionKey: key,
      meets: key !== 'cost-and-resources',
      how: key === 'replicability' ? 'Replicated in Guatemala, Honduras and El Salvador (2011 report).' : `How the training meets ${key}.`,
      evidence: 'The National Migration Institute’s report on the 2010-2011 courses.',
      links: ['https://www.gob.mx/inm'],
    }));
    await practiceMutation(site.api, mexico, 'submitPractice', 'SubmitPracticeInput', { id, answers });
    const verdicts = criteria.map(({ key }) => ({ criterionKey: key, verdict: 'CONFIRMED' }));
    await practiceMutation(site.api, supportUnit, 'assessPractice', 'AssessPracticeInput', { id, verdicts });
    await practiceMutation(site.api, supportUnit, 'publishPractice', 'PublishPracticeInput', { id });

    const path = `/practices/${encodeURIComponent(id)}`;
    const { context, page } = await site.newPage();
    await page.goto(`${site.origin}${path}`);
    const section = page.getByRole('region', { name: 'Quality criteria' });
    await section.getByText('Meets 6 of 7 criteria, confirmed by the Support Unit').waitFor();
    const replicability = section.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Replicability' }) });
    await replicability.getByText('Replicated in Guatemala, Honduras and El Salvador (2011 report).').waitFor();
    await replicability.getByText('Confirmed by the Support Unit').waitFor();
    await replicability.getByText('The National Migration Institute’s report on the 2010-2011 courses.').waitFor();
    expect(await replicability.getByRole('link', { name: 'https://www.gob.mx/inm' }).count()).toBe(1);
    const cost = section.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Cost and resources stated' }) });
    await cost.getByText('Does not meet it').waitFor();
    await context.close();

    // the summary in the reader's language (its digits as Chromium's Intl gives them for ar)
    await checkEveryWay(path, 'practice', (page) =>
      new URL(page.url()).searchParams.get('lang') === 'ar'
        ? page
            .getByRole('region', { name: 'معايير الجودة' })
            .getByText(/^تستوفي [6٦] من [7٧] معايير، بتأكيد من وحدة الدعم$/)
            .waitFor()
        : page.getByText('Meets 6 of 7 criteria, confirmed by the Support Unit').waitFor(),
    );
  }, 300_000);
});
