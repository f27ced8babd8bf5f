import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, useSite } from './site-harness';

/**
 * Issue 12 in Chromium: one feed item marked read (the header's count falls), the header's name
 * after a change of display name without reload, organisation names linking to their pages, and
 * an API refusal in the reader's language; axe at desktop and 360 px in English and Arabic.
 */
describe('feed items, the session in the header, organisation links and refusals in Chromium', () => {
  const site = useSite();

  async function twoUnreadUpdates(): Promise<string> {
    const [iom, mexico] = await Promise.all([site.api.signInAsDemo('iom'), site.api.signInAsDemo('mx')]);
    const projects = await site.api.gql<{ partnershipProjects: { edges: { node: { id: string; title: string } }[] } }>(
      `{ partnershipProjects(first: 50) { edges { node { id title } } } }`,
    );
    const projectId = projects.data!.partnershipProjects.edges.find(({ node }) => node.title === 'Protection of unaccompanied migrant children')!.node.id;
    await site.api.gql(`mutation($input: FollowInput!) { follow(input: $input) { following } }`, { input: { subjectId: projectId } }, { token: iom });
    // nothing unread to start from, so that the counts below are exact
    await site.api.gql(`mutation { markFeedRead(input: {}) { unreadCount } }`, {}, { token: iom });
    for (const text of ['Officials trained in Tapachula', 'Shelter opened in Ciudad Hidalgo']) {
      const posted = await site.api.gql(
        `mutation($input: PostProjectUpdateInput!) { postProjectUpdate(input: $input) { revision } }`,
        { input: { projectId, text } },
        { token: mexico },
      );
      expect(posted.errors).toBeUndefined();
    }
    // the feed fans out from the log: wait until IOM's has both
    for (let i = 0; i < 100; i++) {
      const feed = await site.api.gql<{ feed: { unreadCount: number } }>(`{ feed(first: 1) { unreadCount } }`, {}, { token: iom });
      if (feed.data!.feed.unreadCount === 2) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    return projectId;
  }

  it('marks one feed item read with its own button: the header falls from 2 to 1, the other stays unread, the server agrees', async () => {
    await twoUnreadUpdates();
    const { context, page } = await site.newPage();
    await site.signIn(page, 'iom@demo.pfp.example');
    await page.getByRole('link', { name: 'Feed, 2 unread' }).click();
    await page.getByRole('heading', { level: 1, name: 'My feed' }).waitFor();
    const unread = page.locator('.feed-item.unread');
    await unread.nth(1).waitFor();
    expect(await unread.count()).toBe(2);
    const buttons = page.getByRole('button', { name: 'Mark as read' });
    expect(await buttons.count()).toBe(2);
    await site.screenshot(page, 'feed-item-unread-desktop');
    await site.expectAccessible(page);

    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    const older = unread.nth(1);
    const olderText = await older.locator('p[dir="auto"]').textContent();
    await older.getByRole('button', { name: 'Mark as read' }).click();
    await page.getByRole('link', { name: 'Feed, 1 unread' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.feed-item.unread').length === 1);
    expect(await page.locator('.feed-item.unread p[dir="auto"]').textContent()).not.toBe(olderText);
    expect(await page.getByRole('button', { name: 'Mark as read' }).count()).toBe(1);
    expect(await page.getByText('1 unread', { exact: true }).count()).toBe(1);
    expect(navigations).toEqual([]);
    await site.screenshot(page, 'feed-item-one-read-desktop');
    await site.expectAccessible(page);
    await page.reload();
    await page.getByRole('link', { name: 'Feed, 1 unread' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.feed-item.unread').length === 1);
    await context.close();

    for (const [viewport, suffix, query] of [
      [PHONE, '360', ''],
      [DESKTOP, 'desktop-ar', '?lang=ar'],
      [PHONE, '360-ar', '?lang=ar'],
    ] as const) {
      const other = await site.newPage({ viewport });
      await site.signIn(other.page, 'iom@demo.pfp.example');
      await other.page.goto(`${site.origin}/my/feed${query}`);
      await other.page.locator('.feed-item.unread button').waitFor();
      if (query) expect(await other.page.locator('.feed-item.unread button').textContent()).toBe('تعليم كمقروء');
      await site.screenshot(other.page, `feed-item-${suffix}`);
      await site.expectAccessible(other.page);
      await other.context.close();
    }
  });

  it('the header names the person by the display name just changed, without a reload', async () => {
    const { context, page } = await site.newPage();
    await site.signIn(page, 'gt@demo.pfp.example');
    await page.goto(`${site.origin}/my/settings`);
    const name = page.getByLabel('Your name');
    await name.waitFor();
    const before = await name.inputValue();
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    await name.fill('Ana Lucía Pérez');
    await page.getByRole('button', { name: 'Use this name' }).click();
    await page.getByText(/^Signed in as Ana Lucía Pérez \(/).waitFor();
    expect(await page.getByText(`Signed in as ${before} (`).count()).toBe(0);
    expect(navigations).toEqual([]);
    await site.screenshot(page, 'session-renamed-desktop');
    await site.expectAccessible(page);
    await context.close();
  });

  it("links organisations' names on project, call and practice cards and pages to the organisation's page", async () => {
    const { context, page } = await site.newPage();
    const organizationLinks = (scope: ReturnType<Page['locator']>) => scope.locator('a[href^="/organizations/"]');
    for (const [path, scope] of [
      ['/projects', '.card .meta'],
      ['/calls', '.card .meta'],
      ['/practices', '.card .meta'],
    ] as const) {
      await page.goto(`${site.origin}${path}`);
      await page.locator('.card').first().waitFor();
      await organizationLinks(page.locator(scope)).first().waitFor();
    }
    // a project's page: "Led by <lead>" links to the lead's page, which names it
    await page.goto(`${site.origin}/projects`);
    await page.locator('.card h3 a, .card h2 a').first().click();
    const lead = organizationLinks(page.locator('.project > .meta')).first();
    await lead.waitFor();
    const leadName = (await lead.textContent())!;
    await lead.click();
    await page.getByRole('heading', { level: 1, name: leadName }).waitFor();
    await site.expectAccessible(page);
    // a call's page: its posters
    await page.goto(`${site.origin}/calls`);
    await page.locator('.card h3 a, .card h2 a').first().click();
    await organizationLinks(page.locator('.call-page > .meta')).first().waitFor();
    await site.screenshot(page, 'call-page-organization-links-desktop');
    await site.expectAccessible(page);
    // a practice's page: its owner
    await page.goto(`${site.origin}/practices`);
    await page.locator('.card h3 a, .card h2 a').first().click();
    await organizationLinks(page.locator('.facts')).first().waitFor();
    await context.close();
  });

  it('pages the feed: 20 items, then "Load more" brings the next ones, none twice', async () => {
    // MPI follows a project of its own and Mexico reports 23 times on it: more than one page
    const [mpi, mexico] = await Promise.all([site.api.signInAsDemo('mpi'), site.api.signInAsDemo('mx')]);
    const started = await site.api.gql<{ launchPartnershipProject: { partnershipProject: { id: string } } }>(
      `mutation($input: LaunchPartnershipProjectInput!) { launchPartnershipProject(input: $input) { partnershipProject { id } } }`,
      { input: { title: `Feed paging ${Date.now()}`, summary: 'A project with many updates.' } },
      { token: mexico },
    );
    expect(started.errors).toBeUndefined();
    const projectId = started.data!.launchPartnershipProject.partnershipProject.id;
    await site.api.gql(`mutation($input: FollowInput!) { follow(input: $input) { following } }`, { input: { subjectId: projectId } }, { token: mpi });
    for (let i = 1; i <= 23; i++) {
      const posted = await site.api.gql(
        `mutation($input: PostProjectUpdateInput!) { postProjectUpdate(input: $input) { revision } }`,
        { input: { projectId, text: `Paging update ${String(i).padStart(2, '0')}` } },
        { token: mexico },
      );
      expect(posted.errors).toBeUndefined();
    }
    // the feed fans out from the log: wait until MPI's holds all 23 (and count what else it holds)
    const feedOf = () =>
      site.api.gql<{ feed: { totalCount: number; edges: { node: { text: string } }[] } }>(
        `{ feed(first: 50) { totalCount edges { node { text } } } }`,
        {},
        { token: mpi },
      );
    let feed = (await feedOf()).data!.feed;
    for (let i = 0; i < 600 && feed.edges.filter(({ node }) => node.text.includes('Paging update')).length < 23; i++) {
      await new Promise((r) => setTimeout(r, 100));
      feed = (await feedOf()).data!.feed;
    }
    expect(feed.edges.filter(({ node }) => node.text.includes('Paging update')).length).toBe(23);
    const total = feed.totalCount;

    const { context, page } = await site.newPage();
    await site.signIn(page, 'mpi@demo.pfp.example');
    await page.goto(`${site.origin}/my/feed`);
    const items = page.locator('.timeline .feed-item');
    await page.getByText(`Showing 20 of ${total}`).waitFor();
    expect(await items.count()).toBe(20);
    // newest first: the last update on top
    expect(await items.first().locator('p[dir="auto"]').textContent()).toContain('Paging update 23');
    await page.getByRole('button', { name: 'Load more' }).click();
    const shown = Math.min(40, total);
    await page.getByText(`Showing ${shown} of ${total}`).waitFor();
    expect(await items.count()).toBe(shown);
    const ids = await items.evaluateAll((list) => list.map((item) => item.getAttribute('aria-labelledby')));
    expect(new Set(ids).size).toBe(shown);
    const texts = await items.locator('p[dir="auto"]').allTextContents();
    expect(texts.filter((text) => text.includes('Paging update')).length).toBe(23);
    await site.expectAccessible(page);
    await site.screenshot(page, 'feed-paged-desktop');
    await context.close();
  }, 120_000);

  it("shows an API refusal in the reader's language, naming the field by its label with a link to it", async () => {
    for (const [viewport, suffix, query, problem, label, message] of [
      [DESKTOP, 'fr', '?lang=fr', 'Il y a un problème', 'Mot de passe actuel', 'Le mot de passe actuel est incorrect.'],
      [PHONE, '360-ar', '?lang=ar', 'توجد مشكلة', null, 'كلمة المرور الحالية غير صحيحة.'],
      [DESKTOP, 'desktop', '', 'There is a problem', 'Current password', 'The current password is not right.'],
    ] as const) {
      const { context, page } = await site.newPage({ viewport });
      await site.signIn(page, 'do@demo.pfp.example');
      await page.goto(`${site.origin}/my/settings${query}`);
      const current = page.locator('input[autocomplete="current-password"]');
      await current.waitFor();
      await current.fill('not the password at all');
      await page.locator('input[autocomplete="new-password"]').fill('a brand new long password');
      await page.locator('form[aria-labelledby="password"] button[type="submit"]').first().click();
      const summary = page.locator('.error-summary');
      await summary.getByRole('heading', { name: problem }).waitFor();
      const shownLabel = label ?? (await page.locator(`label[for="${await current.getAttribute('id')}"]`).textContent())!;
      const link = summary.getByRole('link', { name: `${shownLabel}`, exact: false });
      await link.waitFor();
      expect(await link.textContent()).toContain(message);
      // and beside the field itself
      expect(await page.locator(`#${await current.getAttribute('id')}-error`).textContent()).toContain(message);
      await site.screenshot(page, `refusal-translated-${suffix}`);
      await site.expectAccessible(page);
      await link.click();
      await page.waitForFunction(() => document.activeElement?.getAttribute('autocomplete') === 'current-password');
      await context.close();
    }
  });
});
