import { Digests } from '@pfp/follows';
import type { Page } from 'playwright-core';
import { PHONE, useSite, type Site } from './site-harness';

/*
 * The 2011 report's story, in the site alone (para 196-207): Mexico posts its call for the
 * training on unaccompanied migrant children, Honduras, Guatemala and the Dominican Republic
 * respond, Mexico accepts them and launches the project with their roles, then reports
 * "3,500 officials trained" with a video; IOM, following the project, sees it arrive live and
 * in its feed, the unread count rising. And the diaspora handbook: posted by the Netherlands
 * with Switzerland and Mexico, answered by IOM and MPI, launched from its call with IOM and
 * MPI implementing and the Netherlands and Switzerland funding.
 */

const email = (factsId: string) => `${factsId}@demo.pfp.example`;
const NAMES: Record<string, string> = {
  hn: 'Honduras',
  gt: 'Guatemala',
  do: 'Dominican Republic',
  iom: 'International Organization for Migration (IOM)',
  mpi: 'Migration Policy Institute (MPI)',
};

const idOf = (page: Page) => decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);

async function signedIn(site: Site, factsId: string, viewport?: { width: number; height: number }) {
  const opened = await site.newPage(viewport ? { viewport } : {});
  await site.signIn(opened.page, email(factsId));
  return opened;
}

async function post(page: Page, site: Site, title: string, description: string, kind: string, coPosters: string[] = []): Promise<string> {
  await page.goto(`${site.origin}/calls`);
  await page.getByRole('link', { name: 'Post a call for action' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('What is needed').fill(description);
  await page.getByLabel('Kind of call').selectOption(kind);
  if (coPosters.length) await page.getByLabel('States posting jointly (optional)').selectOption(coPosters.map((label) => ({ label })));
  await page.getByRole('button', { name: 'Post the call' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  return idOf(page);
}

/** `factsId` finds the call in the list and responds to it. */
async function respond(site: Site, factsId: string, title: string, message: string, offer = 'EXPERTISE'): Promise<void> {
  const { context, page } = await signedIn(site, factsId, PHONE);
  await page.getByRole('link', { name: 'Calls for action', exact: true }).click();
  await page.getByRole('link', { name: title }).click();
  await page.getByLabel('What you offer').selectOption(offer);
  await page.getByLabel('Message').fill(message);
  await page.getByRole('button', { name: 'Send the response' }).click();
  await page
    .getByRole('listitem', { name: `Response of ${NAMES[factsId] ?? factsId}` })
    .getByText(message)
    .waitFor();
  await context.close();
}

async function accept(page: Page, factsId: string): Promise<void> {
  const response = page.getByRole('listitem', { name: `Response of ${NAMES[factsId]}` });
  await response.getByRole('button', { name: 'Accept' }).click();
  await response.getByText('Accepted', { exact: true }).waitFor();
}

/** The account's unread count, as the API says it (the demo accounts may follow demo subjects already). */
async function unreadOf(site: Site, factsId: string): Promise<number> {
  const token = await site.api.signInAsDemo(factsId);
  return (await site.api.gql<{ feed: { unreadCount: number } }>(`{ feed(first: 1) { unreadCount } }`, {}, { token })).data!.feed.unreadCount;
}

type Partners = Array<{ organizationId: string; role: string; organization: { name: string } | null }>;

async function partnersOf(site: Site, projectId: string): Promise<Record<string, string>> {
  const answer = await site.api.gql<{ partnershipProject: { partners: Partners } }>(
    `query($id: ID!) { partnershipProject(id: $id) { partners { organizationId role organization { name } } } }`,
    { id: projectId },
  );
  return Object.fromEntries(answer.data!.partnershipProject.partners.map((p) => [p.organization!.name, p.role]));
}

describe('the 2011 story, in the site alone', () => {
  const site = useSite();

  it('Mexico’s call becomes a project with Honduras, Guatemala and the Dominican Republic; IOM sees "3,500 officials trained" arrive live', async () => {
    const title = `Training on the protection of unaccompanied migrant children ${Date.now()}`;
    const mexico = await signedIn(site, 'mx');
    const unreadBefore = await unreadOf(site, 'mx');
    await post(mexico.page, site, title, 'A free, 5-day training course for up to 70 people, four times a year in 2011-2012.', 'TRAINING');

    await respond(site, 'hn', title, 'Honduras will send its child-protection officers.', 'TRAINING');
    await respond(site, 'gt', title, 'Guatemala joins with its consular staff.', 'TRAINING');
    await respond(site, 'do', title, 'The Dominican Republic joins with its border officials.', 'TRAINING');

    // Mexico's open page heard the three responses (callForActionUpdated), and its feed counts them.
    await mexico.page.getByRole('heading', { name: 'Responses (3)' }).waitFor();
    await mexico.page.getByRole('link', { name: `Feed, ${unreadBefore + 3} unread` }).waitFor();
    // ... and its mail digest tells of them.
    expect(await site.api.app.get(Digests).send('DAILY')).toBeGreaterThanOrEqual(1);
    const digest = await site.api.lastMailTo(email('mx'));
    expect(digest.text).toContain(title);
    expect(digest.text.split('A new response to the call.').length - 1).toBe(3);
    for (const factsId of ['hn', 'gt', 'do']) await accept(mexico.page, factsId);
    await mexico.page.getByRole('button', { name: 'Launch a project' }).click();
    await mexico.page.getByLabel('Title of the project').fill(`Protection of unaccompanied migrant children ${Date.now()}`);
    await mexico.page.getByLabel('Role of Honduras').selectOption('PARTNER');
    await mexico.page.getByLabel('Role of Guatemala').selectOption('IMPLEMENTER');
    await mexico.page.getByLabel('Role of Dominican Republic').selectOption('PARTNER');
    await mexico.page.getByRole('button', { name: 'Launch the project' }).click();
    await mexico.page.waitForURL(/\/projects\//);
    const projectId = idOf(mexico.page);
    expect(await partnersOf(site, projectId)).toEqual({ Mexico: 'LEAD', Honduras: 'PARTNER', Guatemala: 'IMPLEMENTER', 'Dominican Republic': 'PARTNER' });

    // IOM follows the project and keeps it and its feed open.
    const iom = await signedIn(site, 'iom');
    await iom.page.goto(`${site.origin}/projects/${projectId}`);
    await iom.page.getByRole('button', { name: 'Follow' }).click();
    await iom.page.getByRole('button', { name: 'Following' }).waitFor();
    const iomFeed = await iom.context.newPage();
    await iomFeed.goto(`${site.origin}/my/feed`);
    await iomFeed.getByRole('heading', { level: 1, name: 'My feed' }).waitFor();
    const iomUnread = await unreadOf(site, 'iom');

    // Mexico reports with a figure and a video.
    const report = '3,500 officials trained in Mexico, Honduras, Guatemala and the Dominican Republic.';
    const form = mexico.page.getByRole('region', { name: 'Post an update' });
    await form.getByRole('textbox', { name: 'Update', exact: true }).fill(report);
    await form.getByLabel('Video link').fill('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    if ((await form.getByLabel('Indicator').count()) === 0) await form.getByRole('button', { name: 'Add a figure' }).click();
    await form.getByLabel('Indicator').fill('officials trained');
    await form.getByLabel('Value').fill('3500');
    await form.getByLabel('Unit').fill('officials');
    await form.getByRole('button', { name: 'Post update' }).click();

    // Live on IOM's project page and its feed page, no reload; the header's unread count rises.
    await iom.page.getByText(report).first().waitFor();
    // ... with its video embedded and its figure in the project's figures over time (reported and running total: both 3,500)
    await iom.page.locator('iframe[src^="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"]').waitFor();
    await iom.page.getByRole('table', { name: 'officials trained (officials) by date' }).getByRole('cell', { name: '3,500' }).first().waitFor();
    await iomFeed.getByText(report).first().waitFor();
    await iomFeed.getByRole('link', { name: `Feed, ${iomUnread + 1} unread` }).waitFor();
    await site.expectAccessible(iomFeed);
    await site.screenshot(iomFeed, 'story-iom-feed-desktop');
    await site.screenshot(iom.page, 'story-iom-project-desktop');
    for (const { context } of [mexico, iom]) await context.close();
  }, 240_000);

  it('the diaspora handbook is launched from its call with IOM and MPI implementing, the Netherlands and Switzerland funding', async () => {
    const title = `Handbook on engaging diasporas for policymakers in home and host countries ${Date.now()}`;
    const netherlands = await signedIn(site, 'nl');
    const callId = await post(netherlands.page, site, title, 'A call for information from governments on their diaspora engagement practices.', 'INFORMATION', [
      'Switzerland',
      'Mexico',
    ]);
    await netherlands.context.close();
    for (const factsId of ['ch', 'mx']) {
      const poster = await signedIn(site, factsId, PHONE);
      await poster.page.goto(`${site.origin}/calls/${callId}`);
      await poster.page.getByRole('button', { name: 'Confirm co-posting' }).click();
      await poster.page.getByRole('button', { name: 'Confirm co-posting' }).waitFor({ state: 'detached' });
      await poster.context.close();
    }
    await respond(site, 'iom', title, 'IOM will survey the GFMD members and write the handbook.', 'INFORMATION');
    await respond(site, 'mpi', title, 'MPI will carry out the interviews and the literature review.', 'INFORMATION');

    const mexico = await signedIn(site, 'mx');
    await mexico.page.goto(`${site.origin}/calls/${callId}`);
    await mexico.page.locator('.meta .call-status', { hasText: 'Open' }).waitFor();
    for (const factsId of ['iom', 'mpi']) await accept(mexico.page, factsId);
    await mexico.page.getByRole('button', { name: 'Launch a project' }).click();
    await mexico.page.getByLabel('Title of the project').fill(`Handbook on engaging diasporas in development ${Date.now()}`);
    await mexico.page.getByLabel(`Role of ${NAMES.iom}`).selectOption('IMPLEMENTER');
    await mexico.page.getByLabel(`Role of ${NAMES.mpi}`).selectOption('IMPLEMENTER');
    for (const funder of ['Netherlands', 'Switzerland']) {
      await mexico.page.getByLabel('Add an organisation').selectOption({ label: funder });
      await mexico.page.getByRole('button', { name: 'Add a partner' }).click();
      await mexico.page.getByLabel(`Role of ${funder}`).selectOption('FUNDER');
    }
    await site.expectAccessible(mexico.page);
    await site.screenshot(mexico.page, 'story-handbook-launch-desktop');
    await mexico.page.getByRole('button', { name: 'Launch the project' }).click();
    await mexico.page.waitForURL(/\/projects\//);
    const projectId = idOf(mexico.page);
    expect(await partnersOf(site, projectId)).toEqual({
      Mexico: 'LEAD',
      [NAMES.iom]: 'IMPLEMENTER',
      [NAMES.mpi]: 'IMPLEMENTER',
      Netherlands: 'FUNDER',
      Switzerland: 'FUNDER',
    });
    await mexico.page.goto(`${site.origin}/calls/${callId}`);
    await mexico.page.locator('.meta .call-status', { hasText: 'Became a project' }).waitFor();
    await mexico.page.locator('.call-converted a').filter({ hasText: 'Handbook on engaging diasporas in development' }).waitFor();
    await mexico.context.close();
  }, 240_000);
});
