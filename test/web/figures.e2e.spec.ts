import { demoAccountEmail } from '@pfp/identity';
import { demoPracticeId } from '@pfp/practices';
import { DESKTOP, PHONE, useSite } from './site-harness';

const PRACTICE = demoPracticeId('mx-unaccompanied-children-training');
const PRACTICE_TITLE = 'Protection of unaccompanied migrant children: training';
/** A reader's browser: headless Chromium says HeadlessChrome in its user agent, which the counter takes for a robot. */
const DESKTOP_CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

const SECTIONS = {
  'en-GB': ['Practices by region', 'Practices by theme', 'From calls for action to partnerships', 'Project results over time', 'Countries sharing practices'],
  ar: ['الممارسات حسب المنطقة', 'الممارسات حسب الموضوع', 'من نداءات العمل إلى الشراكات', 'نتائج المشاريع عبر الزمن', 'البلدان التي تتقاسم الممارسات'],
};

describe('the platform in figures and the owner’s dashboard in the site (issue 15 points 7 and 8)', () => {
  const site = useSite();

  it('shows each chart with its table, axe-clean at desktop and 360 px, in English and Arabic', async () => {
    for (const locale of ['en-GB', 'ar'] as const) {
      for (const viewport of [DESKTOP, PHONE]) {
        const { context, page } = await site.newPage({ locale, viewport });
        await page.goto(`${site.origin}/`);
        await page
          .getByRole('contentinfo')
          .getByRole('link', { name: locale === 'ar' ? 'المنصة بالأرقام' : 'Platform in figures' })
          .click();
        await page.getByRole('heading', { level: 1, name: locale === 'ar' ? 'المنصة بالأرقام' : 'Platform in figures' }).waitFor();
        for (const title of SECTIONS[locale]) {
          const section = page.getByRole('region', { name: title });
          await section.waitFor();
          await section.getByRole('img').waitFor();
          const table = section.getByRole('table');
          await table.waitFor();
          expect(await table.locator('caption').textContent()).toContain(title);
          expect(await table.locator('thead th').count()).toBeGreaterThanOrEqual(2);
          expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(1);
          // the chart is drawn: Chart.js sized its canvas
          expect(await section.locator('canvas').evaluate((c: HTMLCanvasElement) => c.width > 0 && c.height > 0)).toBe(true);
        }
        if (locale === 'ar') {
          expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
          // Mexico named in Arabic, its one practice in the digits Intl gives Arabic
          const one = new Intl.NumberFormat('ar').format(1);
          await page
            .getByRole('region', { name: SECTIONS.ar[4] })
            .getByRole('row', { name: /المكسيك/ })
            .getByRole('cell', { name: one, exact: true })
            .waitFor();
        } else {
          await page
            .getByRole('region', { name: SECTIONS['en-GB'][4] })
            .getByRole('row', { name: /Mexico/ })
            .getByRole('cell', { name: '1' })
            .waitFor();
        }
        await page.waitForLoadState('networkidle');
        await site.expectAccessible(page);
        await site.screenshot(page, `figures-${locale}-${viewport.width}`);
        await context.close();
      }
    }
  });

  it('Mexico’s dashboard shows its practice’s view count after a reader viewed it; a headless browser is not counted', async () => {
    const visit = async (userAgent?: string) => {
      const { context, page } = await site.newPage();
      if (userAgent) await context.setExtraHTTPHeaders({ 'user-agent': userAgent });
      const counted = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('recordView'));
      await page.goto(`${site.origin}/practices/${PRACTICE}`);
      await page.getByRole('heading', { level: 1, name: new RegExp(PRACTICE_TITLE) }).waitFor();
      const answer = (await (await counted).json()) as { data: { recordView: { counted: boolean } } };
      await context.close();
      return answer.data.recordView.counted;
    };
    expect(await visit()).toBe(false);
    expect(await visit(DESKTOP_CHROME)).toBe(true);
    expect(await visit(DESKTOP_CHROME)).toBe(false);

    for (const viewport of [DESKTOP, PHONE]) {
      const { context, page } = await site.newPage({ viewport });
      await site.signIn(page, demoAccountEmail('mx'));
      if (viewport === DESKTOP) await page.getByRole('navigation', { name: 'Your account' }).getByRole('link', { name: 'Our reach' }).click();
      else await page.goto(`${site.origin}/my/dashboard`);
      await page.getByRole('heading', { level: 1, name: 'Our reach' }).waitFor();
      const row = page.getByRole('row').filter({ hasText: PRACTICE_TITLE });
      await row.getByRole('link', { name: new RegExp(PRACTICE_TITLE) }).waitFor();
      const cells = row.getByRole('cell');
      expect(await cells.nth(1).textContent()).toBe('Practice');
      expect(await cells.nth(2).textContent()).toBe('1');
      expect(await cells.nth(3).textContent()).toBe('1');
      await page.waitForLoadState('networkidle');
      await site.expectAccessible(page);
      await site.screenshot(page, `dashboard-en-${viewport.width}`);
      await context.close();
    }

    // a visitor is asked to sign in
    const { context, page } = await site.newPage();
    await page.goto(`${site.origin}/my/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'Our reach' }).waitFor();
    await page
      .getByText(/sign in/i)
      .first()
      .waitFor();
    await context.close();
  });
});
