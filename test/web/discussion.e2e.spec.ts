import { demoOrganizationId } from '@pfp/identity';
import { demoCallId, demoProjectId } from '@pfp/partnership-projects';
import { demoPracticeId } from '@pfp/practices';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, useSite } from './site-harness';

const ICMC = 'icmc@demo.pfp.example';
const IOM = 'iom@demo.pfp.example';
const SUPPORT_UNIT = 'gfmd-support-unit@demo.pfp.example';
const practice = demoPracticeId('mx-unaccompanied-children-training');
const REASON = 'Names an officer and insults him.';

/** axe at desktop and 360 px, in English and Arabic, with a screenshot each. */
async function checkEverywhere(site: ReturnType<typeof useSite>, path: string, name: string, signIn: string, ready: (page: Page) => Promise<void>) {
  for (const [viewport, size] of [
    [DESKTOP, 'desktop'],
    [PHONE, '360'],
  ] as const) {
    for (const language of ['en', 'ar']) {
      const { context, page } = await site.newPage({ viewport });
      await site.signIn(page, signIn);
      await page.goto(`${site.origin}${path}?lang=${language}`);
      await page.locator('h1').first().waitFor();
      await ready(page);
      expect(await page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      await site.screenshot(page, `discussion-${name}-${size}-${language}`);
      await site.expectAccessible(page);
      await context.close();
    }
  }
}

describe('discussion and moderation in the site', () => {
  const site = useSite();

  it('ICMC comments on Mexico’s practice, IOM reports it, the Support Unit hides it from the queue, and only ICMC still sees it, with why', async () => {
    const icmc = await site.newPage();
    await site.signIn(icmc.page, ICMC);
    await icmc.page.goto(`${site.origin}/practices/${practice}`);
    const discussion = icmc.page.getByRole('region', { name: /^Discussion/ });
    await discussion.getByLabel('Your comment').fill('How many officers were trained in **2010**?');
    await discussion.getByRole('button', { name: 'Post comment' }).click();
    await discussion.getByText('How many officers were trained in').waitFor();
    expect(await discussion.locator('.comment-body').first().innerHTML()).toContain('<strong>2010</strong>');

    const iom = await site.newPage();
    await site.signIn(iom.page, IOM);
    await iom.page.goto(`${site.origin}/practices/${practice}`);
    const seen = iom.page.getByRole('region', { name: /^Discussion/ });
    await seen.getByText('How many officers were trained in').waitFor();
    await seen.getByRole('button', { name: 'Report' }).click();
    await seen.getByLabel('Why should the Support Unit look at this?').fill('Insults an officer');
    await seen.getByRole('button', { name: 'Send report' }).click();
    await seen.getByRole('status').filter({ hasText: 'the Support Unit will look at it' }).waitFor();

    const su = await site.newPage();
    await site.signIn(su.page, SUPPORT_UNIT);
    await su.page.getByRole('link', { name: 'Moderation' }).click();
    await su.page.getByRole('heading', { level: 1, name: 'Moderation queue' }).waitFor();
    const item = su.page.getByRole('listitem').filter({ has: su.page.getByRole('heading', { name: 'Reported comment' }) });
    await item.getByText('Insults an officer').waitFor();
    await item.getByLabel('Reason for hiding (its author is told)').fill(REASON);
    await item.getByRole('button', { name: 'Hide' }).click();
    await su.page.getByText('Nothing is waiting: no open report.').waitFor();

    await iom.page.reload();
    await iom.page
      .getByRole('region', { name: /^Discussion/ })
      .getByText('No comments yet.')
      .waitFor();
    await icmc.page.reload();
    const own = icmc.page.getByRole('region', { name: /^Discussion/ });
    await own.getByText('Hidden by the Support Unit').waitFor();
    await own.getByText(`Why: ${REASON}`).waitFor();
    await site.screenshot(icmc.page, 'discussion-hidden-for-its-author');
    for (const p of [icmc, iom, su]) await p.context.close();
  }, 180_000);

  it('the discussion panel passes axe (desktop and 360 px, English and Arabic)', async () => {
    await checkEverywhere(site, `/practices/${practice}`, 'panel', ICMC, async (page) => {
      await page.locator('.discussion .comment').first().waitFor();
      await page.locator('.discussion').scrollIntoViewIfNeeded();
    });
  }, 180_000);

  it('the moderation queue passes axe with an item in it (desktop and 360 px, English and Arabic)', async () => {
    const token = await site.api.signInAsDemo('iom');
    const posted = await site.api.gql<{ postComment: { comment: { id: string } } }>(
      `mutation($input: PostCommentInput!) { postComment(input: $input) { comment { id } } }`,
      { input: { subjectId: practice, body: 'Spam spam spam' } },
      { token: await site.api.signInAsDemo('hn') },
    );
    await site.api.gql(
      `mutation($input: ModerationReasonInput!) { reportContent(input: $input) { revision } }`,
      {
        input: { contentId: posted.data!.postComment.comment.id, reason: 'Spam' },
      },
      { token },
    );
    await checkEverywhere(site, '/moderation', 'queue', SUPPORT_UNIT, async (page) => {
      await page.locator('.queue-item').first().waitFor();
    });
  }, 180_000);

  it('ICMC edits its comment while its 15 minutes last, then writes to a poster of a joint call and to a project’s lead from their pages', async () => {
    const icmc = await site.newPage();
    await site.signIn(icmc.page, ICMC);
    await icmc.page.goto(`${site.origin}/practices/${practice}`);
    const discussion = icmc.page.getByRole('region', { name: /^Discussion/ });
    await discussion.getByLabel('Your comment').fill('Which officers took part?');
    await discussion.getByRole('button', { name: 'Post comment' }).click();
    const mine = discussion.locator('.comment').filter({ hasText: 'Which officers took part?' });
    await mine.getByRole('button', { name: 'Edit' }).click();
    // the form takes the text's place (one edit form on the page)
    await discussion.getByText(/You may edit it until \d\d:\d\d( [AP]M)? \(15 minutes after posting\)\./).waitFor();
    await discussion.getByLabel('Edit your comment').fill('Which officers took part, and from which states?');
    await site.screenshot(icmc.page, 'discussion-edit-form');
    await discussion.getByRole('button', { name: 'Save' }).click();
    const edited = discussion.locator('.comment').filter({ hasText: 'from which states?' });
    await edited.locator('.meta', { hasText: 'edited' }).waitFor();

    // a joint call: the writer picks which poster to write to
    await icmc.page.goto(`${site.origin}/calls/${demoCallId('call-diaspora-handbook')}`);
    await icmc.page.getByRole('button', { name: 'Contact the owner' }).click();
    await icmc.page.getByLabel('Write to').selectOption({ label: 'Switzerland' });
    await icmc.page.getByLabel('Your message to the owner').fill('Could ICMC review the handbook’s chapter on return?');
    await icmc.page.getByRole('button', { name: 'Send', exact: true }).click();
    await icmc.page.getByRole('status').filter({ hasText: 'Sent.' }).waitFor();

    await icmc.page.goto(`${site.origin}/projects/${demoProjectId('project-diaspora-handbook')}`);
    await icmc.page.getByRole('button', { name: 'Contact the owner' }).click();
    await icmc.page.getByLabel('Your message to the owner').fill('Is there a date for the handbook’s launch?');
    await icmc.page.getByRole('button', { name: 'Send', exact: true }).click();
    await icmc.page.getByRole('status').filter({ hasText: 'Sent.' }).waitFor();
    await icmc.context.close();

    const inbox = await site.api.gql<{ conversations: { edges: Array<{ node: { subjectId: string; withOrganizationId: string } }> } }>(
      `{ conversations(first: 20) { edges { node { subjectId withOrganizationId } } } }`,
      {},
      { token: await site.api.signInAsDemo('icmc') },
    );
    expect(inbox.data!.conversations.edges.map((e) => e.node)).toEqual(
      expect.arrayContaining([
        { subjectId: demoCallId('call-diaspora-handbook'), withOrganizationId: demoOrganizationId('ch') },
        { subjectId: demoProjectId('project-diaspora-handbook'), withOrganizationId: demoOrganizationId('iom') },
      ]),
    );
    // Mexico, one of the call's posters, is offered no "contact the owner" on its own call
    const mexico = await site.newPage();
    await site.signIn(mexico.page, 'mx@demo.pfp.example');
    await mexico.page.goto(`${site.origin}/calls/${demoCallId('call-diaspora-handbook')}`);
    await mexico.page.getByRole('region', { name: /^Discussion/ }).waitFor();
    expect(await mexico.page.locator('.contact-owner').count()).toBe(0);
    await mexico.context.close();

    await checkEverywhere(site, `/calls/${demoCallId('call-diaspora-handbook')}`, 'contact-call-owner', ICMC, async (page) => {
      await page.locator('.contact-owner button').click();
      await page.locator('.contact-owner select').waitFor();
    });
  }, 240_000);

  it('ICMC contacts the owner from the practice page; Mexico answers from its conversations, which pass axe', async () => {
    const icmc = await site.newPage();
    await site.signIn(icmc.page, ICMC);
    await icmc.page.goto(`${site.origin}/practices/${practice}`);
    await icmc.page.getByRole('button', { name: 'Contact the owner' }).click();
    await icmc.page.getByLabel('Your message to the owner').fill('May our caseworkers join the next training?');
    await icmc.page.getByRole('button', { name: 'Send', exact: true }).click();
    await icmc.page.getByRole('status').filter({ hasText: 'Sent.' }).waitFor();

    const mexico = await site.newPage();
    await site.signIn(mexico.page, 'mx@demo.pfp.example');
    await mexico.page.getByRole('link', { name: 'Conversations' }).click();
    await mexico.page.getByRole('heading', { level: 1, name: 'Conversations' }).waitFor();
    await mexico.page.getByText('May our caseworkers join the next training?').waitFor();
    await mexico.page.getByLabel('Your reply').fill('Yes: in **May**, in Tapachula.');
    await mexico.page.getByRole('button', { name: 'Send', exact: true }).click();
    await mexico.page.locator('.message strong', { hasText: 'May' }).waitFor();
    expect(await mexico.page.content()).not.toContain('@demo.pfp.example');

    await icmc.page.goto(`${site.origin}/my/conversations`);
    await icmc.page.getByText('in Tapachula.').waitFor();
    for (const p of [icmc, mexico]) await p.context.close();
    await checkEverywhere(site, '/my/conversations', 'conversations', ICMC, async (page) => {
      await page.locator('.thread').first().waitFor();
    });
  }, 240_000);
});
