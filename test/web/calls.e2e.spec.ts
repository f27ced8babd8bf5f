import { demoCallId } from '@pfp/partnership-projects';
import { launchProject, mutate, org, postCall as postCallByApi, respond as respondByApi } from '../partnerships/partnership-api';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, useSite } from './site-harness';

const MEXICO = 'mx@demo.pfp.example';
const HONDURAS = 'hn@demo.pfp.example';
const NETHERLANDS = 'nl@demo.pfp.example';
const SWITZERLAND = 'ch@demo.pfp.example';
const handbookCall = demoCallId('call-diaspora-handbook');

/** A call posted in the site by whoever `page` is signed in as; answers its id. */
async function postCall(page: Page, origin: string, call: { title: string; description: string; coPosters?: string[] }): Promise<string> {
  await page.goto(`${origin}/calls/new`);
  await page.getByLabel('Title').fill(call.title);
  await page.getByLabel('What is needed').fill(call.description);
  await page.getByLabel('Kind of call').selectOption('TRAINING');
  await page.getByLabel('Deadline (optional)').fill('2031-12-31');
  if (call.coPosters) await page.getByLabel('States posting jointly (optional)').selectOption(call.coPosters.map((label) => ({ label })));
  await page.getByRole('button', { name: 'Post the call' }).click();
  await page.getByRole('heading', { level: 1, name: call.title }).waitFor();
  return decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
}

async function respond(page: Page, origin: string, callId: string, message: string): Promise<void> {
  await page.goto(`${origin}/calls/${callId}`);
  await page.getByLabel('What you offer').selectOption('EXPERTISE');
  await page.getByLabel('Message').fill(message);
  await page.getByRole('button', { name: 'Send the response' }).click();
  await page.getByText(message, { exact: true }).waitFor(); // exact: the call's history may show the same words inside a longer diff
}

describe('calls for action in the site', () => {
  const site = useSite();

  it('lists calls with status, deadline and responses, open apart from closed and converted, searched, filtered, sorted and cleared', async () => {
    const { context, page } = await site.newPage();
    await page.goto(`${site.origin}/calls`);
    const converted = page.getByRole('region', { name: /Became projects/ });
    await converted.getByRole('link', { name: /Handbook on engaging diasporas/ }).waitFor();
    await converted
      .getByText(/Responses: \d/)
      .first()
      .waitFor();
    await page.getByRole('heading', { name: /^Open \(/ }).waitFor();
    await page.getByRole('heading', { name: /^Closed \(/ }).waitFor();
    await site.expectAccessible(page);
    await site.screenshot(page, 'calls-list-desktop');

    await page.getByLabel('Search calls').fill('handbook');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/q=handbook/);
    await converted.getByRole('heading', { name: 'Became projects (1)' }).waitFor();
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => url.search === '');
    expect(await page.getByLabel('Search calls').inputValue()).toBe('');
    await converted.getByRole('heading', { name: 'Became projects (2)' }).waitFor();

    await page.getByLabel('Country').selectOption('HND');
    await page.waitForURL(/country=HND/);
    await converted.getByRole('heading', { name: 'Became projects (0)' }).waitFor();
    await page.getByLabel('Country').selectOption('');
    await page.getByLabel('Sort by').selectOption('DEADLINE');
    await page.waitForURL(/sort=DEADLINE/);
    await converted.getByRole('heading', { name: 'Became projects (2)' }).waitFor();
    await context.close();

    for (const [variant, viewport, path] of [
      ['phone', PHONE, '/calls'],
      ['phone-ar', PHONE, '/calls?lang=ar'],
      ['desktop-ar', DESKTOP, '/calls?lang=ar'],
    ] as const) {
      const { context: other, page: view } = await site.newPage({ viewport });
      await view.goto(`${site.origin}${path}`);
      await view.locator('.card').first().waitFor();
      await site.expectAccessible(view);
      await site.screenshot(view, `calls-list-${variant}`);
      await other.close();
    }
  }, 180_000);

  it('names the project a converted call became, by its title, with a link', async () => {
    const { context, page } = await site.newPage({ viewport: PHONE, locale: 'ar' });
    await page.goto(`${site.origin}/calls/${handbookCall}?lang=ar`);
    await page.locator('.call-converted a').filter({ hasText: /\S/ }).waitFor();
    await page.getByRole('heading', { name: 'السجل' }).waitFor();
    await site.expectAccessible(page);
    await site.screenshot(page, 'calls-converted-phone-ar');
    await context.close();
    const english = await site.newPage();
    await english.page.goto(`${site.origin}/calls/${handbookCall}`);
    await english.page.getByRole('link', { name: 'Handbook on engaging diasporas in development' }).click();
    await english.page.waitForURL(/\/projects\//);
    await english.context.close();
  }, 120_000);

  it('lets the poster accept, decline with a reason, edit and close; the responder edits and withdraws; the history shows the differences', async () => {
    const title = `Trainers for border officials ${Date.now()}`;
    const mexico = await site.newPage();
    await site.signIn(mexico.page, MEXICO);
    const callId = await postCall(mexico.page, site.origin, { title, description: 'Two trainers for a week.' });

    const honduras = await site.newPage({ viewport: PHONE });
    await site.signIn(honduras.page, HONDURAS);
    await respond(honduras.page, site.origin, callId, 'Honduras can host the course.');
    const own = honduras.page.getByRole('listitem', { name: 'Response of Honduras' });
    await own.getByRole('button', { name: 'Edit your response' }).click();
    await honduras.page.getByLabel('Message').fill('Honduras can host the course in May.');
    await honduras.page.getByRole('button', { name: 'Save' }).click();
    await honduras.page.locator('p', { hasText: 'Honduras can host the course in May.' }).waitFor(); // the paragraph, not the form's textarea still closing
    await site.expectAccessible(honduras.page);

    // Mexico's page hears of the response live (callForActionUpdated): no reload.
    const response = mexico.page.getByRole('listitem', { name: 'Response of Honduras' });
    await response.getByText('Honduras can host the course in May.').waitFor();
    await response.getByText('Awaiting an answer').waitFor();
    await site.expectAccessible(mexico.page);
    await site.screenshot(mexico.page, 'calls-call-poster-desktop');
    await response.getByRole('button', { name: 'Decline' }).click();
    await mexico.page.getByRole('button', { name: 'Decline the response' }).click();
    await mexico.page.getByLabel('Reason').and(mexico.page.locator('[aria-invalid="true"]')).waitFor();
    await mexico.page.getByLabel('Reason').fill('We need trainers, not a venue.');
    await mexico.page.getByRole('button', { name: 'Decline the response' }).click();
    await response.getByText('Declined', { exact: true }).waitFor();
    await response.getByText('Declined: We need trainers, not a venue.').waitFor();

    // Declined, Honduras reads why, and may respond again; then withdraws.
    await honduras.page.getByText('Declined: We need trainers, not a venue.', { exact: true }).waitFor();
    await honduras.page.getByLabel('Message').fill('Honduras sends two trainers.');
    await honduras.page.getByRole('button', { name: 'Send the response' }).click();
    await own.getByText('Honduras sends two trainers.').waitFor();
    await response.getByRole('button', { name: 'Accept' }).click();
    await response.getByText('Accepted', { exact: true }).waitFor();
    await own.getByRole('button', { name: 'Withdraw' }).click();
    await honduras.page.getByRole('heading', { name: 'Respond to this call' }).waitFor();
    await mexico.page.getByRole('heading', { name: 'Responses (0)' }).waitFor();

    // The poster edits the call; the history shows the words that changed.
    await mexico.page.getByRole('button', { name: 'Edit the call' }).click();
    await mexico.page.getByLabel('What is needed').fill('Three trainers for two weeks.');
    await mexico.page.getByRole('button', { name: 'Save' }).click();
    await mexico.page.locator('.call-description', { hasText: 'Three trainers for two weeks.' }).waitFor();
    const history = mexico.page.getByRole('region', { name: 'History' });
    await history.locator('del', { hasText: 'Two' }).first().waitFor();
    await history.locator('ins', { hasText: 'Three' }).first().waitFor();
    await history.getByText('Response declined').waitFor();
    await site.expectAccessible(mexico.page);
    await site.screenshot(mexico.page, 'calls-history-desktop');
    await mexico.page.getByRole('button', { name: 'Close the call' }).click();
    await mexico.page.locator('.meta .call-status', { hasText: 'Closed' }).waitFor();

    await honduras.page.goto(`${site.origin}/calls/${callId}?lang=ar`);
    await honduras.page.getByRole('heading', { name: 'السجل' }).waitFor();
    await site.expectAccessible(honduras.page);
    await site.screenshot(honduras.page, 'calls-call-phone-ar');
    for (const { context } of [mexico, honduras]) await context.close();
  }, 180_000);

  it('waits for its co-posters, who confirm on the page; a poster launches with each partner’s role', async () => {
    const title = `Diaspora survey ${Date.now()}`;
    const netherlands = await site.newPage();
    await site.signIn(netherlands.page, NETHERLANDS);
    const callId = await postCall(netherlands.page, site.origin, { title, description: 'Tell us how you engage your diaspora.', coPosters: ['Switzerland'] });
    await netherlands.page.locator('.meta .call-status', { hasText: 'Waiting for its co-posters' }).waitFor();
    await netherlands.page.getByText(/Switzerland \(not confirmed yet\)/).waitFor();

    const swiss = await site.newPage({ viewport: PHONE });
    await site.signIn(swiss.page, SWITZERLAND);
    await swiss.page.goto(`${site.origin}/calls/${callId}`);
    await site.expectAccessible(swiss.page);
    await swiss.page.getByRole('button', { name: 'Confirm co-posting' }).click();
    await swiss.page.locator('.meta .call-status', { hasText: 'Open' }).waitFor();
    await netherlands.page.locator('.meta .call-status', { hasText: 'Open' }).waitFor();

    const iom = await site.newPage();
    await site.signIn(iom.page, 'iom@demo.pfp.example');
    await respond(iom.page, site.origin, callId, 'IOM will run the survey.');
    const response = netherlands.page.getByRole('listitem', { name: /Response of International Organization for Migration/ });
    await response.getByRole('button', { name: 'Accept' }).click();
    await response.getByText('Accepted', { exact: true }).waitFor();
    await netherlands.page.getByRole('button', { name: 'Launch a project' }).click();
    await netherlands.page.getByLabel(/Role of International Organization for Migration/).selectOption('IMPLEMENTER');
    await netherlands.page.getByLabel('Add an organisation').selectOption({ label: 'Switzerland' });
    await netherlands.page.getByRole('button', { name: 'Add a partner' }).click();
    await netherlands.page.getByLabel('Role of Switzerland').selectOption('FUNDER');
    await site.expectAccessible(netherlands.page);
    await site.screenshot(netherlands.page, 'calls-launch-desktop');
    await netherlands.page.getByRole('button', { name: 'Launch the project' }).click();
    await netherlands.page.waitForURL(/\/projects\//);
    const projectId = decodeURIComponent(new URL(netherlands.page.url()).pathname.split('/').pop()!);
    const project = await site.api.gql<{ partnershipProject: { fromCallId: string; partners: Array<{ organizationId: string; role: string }> } }>(
      `query($id: ID!) { partnershipProject(id: $id) { fromCallId partners { organizationId role } } }`,
      { id: projectId },
    );
    expect(project.data!.partnershipProject.fromCallId).toBe(callId);
    expect(project.data!.partnershipProject.partners.map((p) => p.role).sort()).toEqual(['FUNDER', 'IMPLEMENTER', 'LEAD']);
    await netherlands.page.goto(`${site.origin}/calls/${callId}`);
    await netherlands.page.locator('.call-converted a', { hasText: title }).waitFor();
    for (const { context } of [netherlands, swiss, iom]) await context.close();
  }, 180_000);

  it('serves history(id) for projects as for calls: what each event changed, to those who may read the project', async () => {
    const [mexico, iom, swiss] = await Promise.all(['mx', 'iom', 'ch'].map((id) => site.api.signInAsDemo(id)));
    const projectId = await launchProject(site.api, mexico, { visibility: 'PARTNERS', partners: [{ organizationId: org('iom'), role: 'PARTNER' }] });
    await mutate(site.api, mexico, 'addProjectPartner', 'AddProjectPartnerInput', { projectId, organizationId: org('mpi'), role: 'IMPLEMENTER' }, 'revision');
    const history = `query($id: ID!) { history(id: $id) { type changes { field before after } } }`;
    type History = { history: Array<{ type: string; changes: Array<{ field: string; before: string | null; after: string | null }> }> };
    const partner = await site.api.gql<History>(history, { id: projectId }, { token: iom });
    expect(partner.data!.history.map((e) => e.type)).toEqual(['PartnershipProjectLaunched', 'ProjectPartnerAdded']);
    expect(partner.data!.history[1].changes).toEqual([{ field: `partner.${org('mpi')}`, before: null, after: 'IMPLEMENTER' }]);
    expect((await site.api.gql<History>(history, { id: projectId }, { token: swiss })).data!.history).toEqual([]);
    expect((await site.api.gql<History>(history, { id: projectId })).data!.history).toEqual([]);
    const call = await site.api.gql<History>(history, { id: handbookCall });
    expect(call.data!.history.at(-1)!.changes).toEqual([expect.objectContaining({ field: 'status', after: 'CONVERTED' })]);
  });

  it('shows the poster’s forms (post, decline, launch) in Arabic, at desktop and at 360 px, with no serious axe violation', async () => {
    const [mexico, swiss] = await Promise.all(['mx', 'ch'].map((id) => site.api.signInAsDemo(id)));
    const callId = await postCallByApi(site.api, mexico, { title: `Formation ${Date.now()}` });
    await respondByApi(site.api, swiss, callId);
    for (const [variant, viewport] of [
      ['desktop-ar', DESKTOP],
      ['phone-ar', PHONE],
    ] as const) {
      const { context, page } = await site.newPage({ viewport });
      await site.signIn(page, MEXICO);
      await page.goto(`${site.origin}/calls/new?lang=ar`);
      await page.getByRole('heading', { level: 1, name: 'أطلق دعوة للعمل' }).waitFor();
      await site.expectAccessible(page);
      await site.screenshot(page, `calls-post-${variant}`);
      await page.goto(`${site.origin}/calls/${callId}?lang=ar`);
      await page.getByRole('button', { name: 'إطلاق مشروع' }).click();
      await page.getByRole('button', { name: 'رفض', exact: true }).click();
      await page.getByRole('button', { name: 'رفض الرد' }).waitFor();
      await site.expectAccessible(page);
      await site.screenshot(page, `calls-poster-forms-${variant}`);
      await context.close();
    }
  });

  it('pages the open calls beyond 12 ("Load more"), in the order asked, none twice', async () => {
    const mexico = await site.api.signInAsDemo('mx');
    const word = `Tlaxcala${Date.now()}`;
    for (let i = 1; i <= 13; i++) await postCallByApi(site.api, mexico, { title: `${word} exchange ${String(i).padStart(2, '0')}` });
    const { context, page } = await site.newPage();
    await page.goto(`${site.origin}/calls?q=${word}`);
    const open = page.getByRole('region', { name: /^Open \(/ });
    await open.getByText('Showing 12 of 13').waitFor();
    expect(await open.locator('.card').count()).toBe(12);
    // newest first: the last posted on top, the first one on the next page
    expect(await open.locator('.card h3, .card h2').first().textContent()).toBe(`${word} exchange 13`);
    await open.getByRole('button', { name: 'Load more' }).click();
    await open.getByText('Showing 13 of 13').waitFor();
    const titles = await open.locator('.card h3, .card h2').allTextContents();
    expect(new Set(titles).size).toBe(13);
    expect(titles[12]).toBe(`${word} exchange 01`);
    expect(await open.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    await site.expectAccessible(page);
    await context.close();
  });
});
