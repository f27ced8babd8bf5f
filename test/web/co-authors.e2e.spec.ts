import { demoOrganizationId } from '@pfp/identity';
import { demoPracticeId } from '@pfp/practices';
import type { Page } from 'playwright-core';
import { useSite } from './site-harness';

const MEXICO = 'mx@demo.pfp.example';
const ICMC_ACCOUNT = 'icmc@demo.pfp.example';
const IOM_ACCOUNT = 'iom@demo.pfp.example';
const ICMC = 'International Catholic Migration Commission (ICMC)';
const practice = demoPracticeId('mx-unaccompanied-children-training');
const region = (page: Page) => page.getByRole('region', { name: /^(Co-authors|المؤلفون المشاركون)$/ });

/** Co-authors of a state's practice in the site (issue 14 point 4). */
describe('practice co-authors in the site', () => {
  const site = useSite();

  it('Mexico invites ICMC from its practice page, ICMC accepts there, and the page credits ICMC as co-author', async () => {
    const mexico = await site.newPage();
    await site.signIn(mexico.page, MEXICO);
    await mexico.page.goto(`${site.origin}/practices/${practice}`);
    const owner = region(mexico.page);
    await owner.getByText('No co-authors yet.').waitFor();
    await owner.getByLabel('Partner organisation to invite').selectOption({ label: ICMC });
    await owner.getByRole('button', { name: 'Invite as co-author' }).click();
    await owner.getByRole('listitem').filter({ hasText: ICMC }).filter({ hasText: '(invited, no answer yet)' }).waitFor();
    // a state is not offered: only partner organisations co-author
    expect(await owner.getByLabel('Partner organisation to invite').locator('option', { hasText: 'Honduras' }).count()).toBe(0);

    const icmc = await site.newPage();
    await site.signIn(icmc.page, ICMC_ACCOUNT);
    await icmc.page.goto(`${site.origin}/practices/${practice}`);
    const invited = region(icmc.page);
    await invited.getByText(/invites your organisation to co-author this practice/).waitFor();
    await site.screenshot(icmc.page, 'co-authors-invitation');
    await invited.getByRole('button', { name: 'Accept' }).click();
    await invited.getByRole('button', { name: 'Accept' }).waitFor({ state: 'detached' });
    await invited.getByRole('link', { name: ICMC }).waitFor();

    // a visitor sees ICMC credited, with no status beside it
    const visitor = await site.newPage();
    await visitor.page.goto(`${site.origin}/practices/${practice}`);
    const credited = region(visitor.page).getByRole('listitem').filter({ hasText: ICMC });
    await credited.getByRole('link', { name: ICMC }).waitFor();
    expect((await credited.innerText()).trim()).toBe(ICMC);
    // and the owner's page says it too, with its Remove button
    await mexico.page.reload();
    await region(mexico.page)
      .getByRole('button', { name: `Remove ${ICMC}` })
      .waitFor();
    expect(await region(mexico.page).getByText('(invited, no answer yet)').count()).toBe(0);
    await site.screenshot(mexico.page, 'co-authors-owner');
    for (const p of [mexico, icmc, visitor]) await p.context.close();
  }, 180_000);

  it('the co-authors section passes axe for the owner and for an invited organisation (desktop and 360 px, English and Arabic)', async () => {
    await site.api.gql(
      `mutation($input: InvitePracticeCoAuthorInput!) { invitePracticeCoAuthor(input: $input) { revision } }`,
      { input: { id: practice, organizationId: demoOrganizationId('iom') } },
      { token: await site.api.signInAsDemo('mx') },
    );
    for (const [account, name] of [
      [MEXICO, 'owner'],
      [IOM_ACCOUNT, 'invited'],
    ] as const) {
      await site.checkEveryWay(`/practices/${practice}`, `co-authors-${name}`, {
        signInAs: account,
        ready: async (page) => {
          const section = region(page);
          await section.getByRole('listitem').first().waitFor();
          await section.getByRole('button').first().waitFor();
          await section.scrollIntoViewIfNeeded();
          expect(await page.locator('html').getAttribute('dir')).toBe(page.url().includes('lang=ar') ? 'rtl' : 'ltr');
        },
      });
    }
  }, 240_000);
});
