import { demoAccountEmail } from '@pfp/identity';
import { demoPracticeId } from '@pfp/practices';
import { draft, mexicoDraft, mutate } from '@pfp/practices/testing';
import { postCall } from '../partnerships/partnership-api';
import { DESKTOP, PHONE, useSite } from './site-harness';

const CALL_TITLE = 'Handbook on engaging diasporas: a second edition';
const SPAIN_PRACTICE = 'Diaspora investment in Senegal and Ghana';
const GERMAN_DIASPORA = demoPracticeId('de-migrant-associations');

/** Recommendations in the site (issue 15): Spain's signed-in home page, and a practice's similar practices and possible replicators. */
describe('recommendations in the site', () => {
  const site = useSite();

  beforeAll(async () => {
    const [spain, netherlands, supportUnit] = await Promise.all(['es', 'nl', 'gfmd-support-unit'].map((id) => site.api.signInAsDemo(id)));
    const id = (await draft(site.api, spain, { ...mexicoDraft, title: SPAIN_PRACTICE, countries: ['SEN', 'GHA'], themes: ['diaspora', 'gcm-19'] })).practice
      .id as string;
    await mutate(site.api, spain, 'submitPractice', 'SubmitPracticeInput', { id });
    await mutate(site.api, supportUnit, 'publishPractice', 'PublishPracticeInput', { id });
    await postCall(site.api, netherlands, {
      title: CALL_TITLE,
      description: 'Information from governments on how they engage their diasporas.',
      kind: 'INFORMATION',
      themes: ['diaspora'],
      countries: ['NGA'],
    });
  });

  it('Spain’s home page recommends the diaspora handbook call “because you work on diaspora policy in Western Africa”, and practices and organisations with their reasons', async () => {
    const { context, page } = await site.newPage();
    await site.signIn(page, demoAccountEmail('es'));
    await page.goto(`${site.origin}/`);
    const panel = page.getByRole('region', { name: 'Recommended for you' });
    await panel.getByRole('link', { name: CALL_TITLE }).waitFor();
    await panel.getByText('Because you work on Diaspora policy in Western Africa').first().waitFor();
    await panel.getByRole('heading', { name: 'Organisations working on the same themes' }).waitFor();
    await panel.locator('.recommendation-organizations').getByRole('link', { name: 'Germany' }).waitFor();
    await panel.getByRole('link', { name: 'Pilot programme for non-profit projects of migrant associations' }).waitFor();
    expect(await panel.getByRole('link', { name: SPAIN_PRACTICE }).count()).toBe(0);
    await site.screenshot(page, 'recommendations-home-en');

    await page.goto(`${site.origin}/?lang=ar`);
    const arabic = page.getByRole('region', { name: 'مقترحات لك' });
    await arabic.getByRole('link', { name: CALL_TITLE }).waitFor();
    await arabic
      .getByText(/^لأنك تعمل على: .+ في .+$/)
      .first()
      .waitFor();
    await context.close();
  });

  it('a visitor sees no panel on the home page; a practice page shows similar practices and organisations that could replicate it', async () => {
    const { context, page } = await site.newPage();
    await page.goto(`${site.origin}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Latest practices' }).waitFor();
    expect(await page.getByRole('region', { name: 'Recommended for you' }).count()).toBe(0);

    await page.goto(`${site.origin}/practices/${encodeURIComponent(GERMAN_DIASPORA)}`);
    const similar = page.getByRole('region', { name: 'Similar practices' });
    await similar.getByRole('link', { name: SPAIN_PRACTICE }).waitFor();
    await similar.getByText('Also on Diaspora policy', { exact: true }).first().waitFor();
    const replicators = page.getByRole('region', { name: 'Organisations that could replicate this' });
    await replicators.getByRole('link', { name: 'Spain' }).waitFor();
    await replicators
      .getByText(/^Works on Diaspora policy in /)
      .first()
      .waitFor();
    await site.screenshot(page, 'recommendations-practice-en');
    await context.close();
  });

  it('the signed-in home page and a practice page pass axe at desktop and 360 px in English and Arabic', async () => {
    for (const lang of ['en', 'ar'] as const) {
      for (const viewport of [DESKTOP, PHONE]) {
        const { context, page } = await site.newPage({ viewport });
        await site.signIn(page, demoAccountEmail('es'));
        await page.goto(`${site.origin}/?lang=${lang}`);
        await page
          .getByRole('region', { name: lang === 'ar' ? 'مقترحات لك' : 'Recommended for you' })
          .getByRole('link', { name: CALL_TITLE })
          .waitFor();
        await page.waitForLoadState('networkidle');
        await site.expectAccessible(page);
        await site.screenshot(page, `recommendations-home-${lang}-${viewport.width}`);

        await page.goto(`${site.origin}/practices/${encodeURIComponent(GERMAN_DIASPORA)}?lang=${lang}`);
        await page
          .getByRole('region', { name: lang === 'ar' ? 'ممارسات مماثلة' : 'Similar practices' })
          .getByRole('link', { name: SPAIN_PRACTICE })
          .waitFor();
        await page.waitForLoadState('networkidle');
        await site.expectAccessible(page);
        await site.screenshot(page, `recommendations-practice-${lang}-${viewport.width}`);
        await context.close();
      }
    }
  });
});
