import type { BrowserContext, Page } from 'playwright-core';
import { demoAccountEmail } from '@pfp/identity';
import { demoPolicyToolId } from '@pfp/policy-tools';
import { demoPracticeId } from '@pfp/practices';
import { DESKTOP, PHONE, useSite } from './site-harness';

const HANDBOOK = demoPolicyToolId('diaspora-handbook');
const JMDI = demoPolicyToolId('jmdi-civil-society-handbook');
const HANDBOOK_TITLE = 'Handbook on engaging diasporas in development';

/** Until the service worker controls the page and holds the shell, every asset this page loaded, and the page's data copy. */
async function keptForOffline(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(async () => {
    if (!navigator.serviceWorker.controller) return false;
    const shell = await caches.open('pfp-shell-v1');
    if (!(await shell.match('/'))) return false;
    const assets = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.startsWith(`${location.origin}/assets/`));
    for (const asset of assets) if (!(await shell.match(new URL(asset).pathname))) return false;
    const data = await caches.open('pfp-data-v1');
    return (await data.keys()).length > 0;
  });
}

/** Offline for the page and for its service worker (Chromium's offline emulation leaves the worker's own fetches alone). */
async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
}

describe('the migration policy tools in the site', () => {
  const site = useSite();

  it('a French reader opens the diaspora handbook, goes offline, reloads and reads it again with the offline notice; back online it is fresh', async () => {
    const { context, page } = await site.newPage({ locale: 'fr-FR' });
    await page.goto(`${site.origin}/tools/${HANDBOOK}`);
    await page.getByRole('heading', { level: 1, name: HANDBOOK_TITLE }).waitFor();
    await page.getByText('Non disponible dans votre langue : affiché en anglais.').waitFor();
    await page.getByRole('heading', { name: 'Éditions' }).waitFor();
    await page.getByRole('link', { name: /migrant associations|Associations/i }).first().waitFor();
    await keptForOffline(page);

    await goOffline(context);
    const sw = context.serviceWorkers()[0];
    expect(await sw.evaluate(() => fetch('/icon.svg', { cache: 'no-store' }).then((r) => r.status, () => 'failed'))).toBe('failed');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: HANDBOOK_TITLE }).waitFor();
    await page.getByText(/^Copie hors ligne du .+\. Elle sera mise à jour dès le retour de la connexion\.$/).waitFor();
    await page.getByRole('heading', { name: 'Supporting migrant associations' }).waitFor();
    await site.screenshot(page, 'policy-tools-offline-fr');

    await context.unrouteAll();
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.getByText(/^Copie hors ligne du/).waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: HANDBOOK_TITLE }).waitFor();
    await context.close();
  });

  it('the library, a tool and the profiles repository pass axe at desktop and 360 px in English and Arabic', async () => {
    const pages = [
      { path: '/tools', en: 'Migration policy tools', ar: 'أدوات سياسات الهجرة' },
      { path: `/tools/${HANDBOOK}`, en: HANDBOOK_TITLE, ar: HANDBOOK_TITLE },
      { path: '/tools/profiles', en: 'Migration Profiles Repository', ar: 'مستودع موجزات الهجرة' },
    ];
    for (const locale of ['en-GB', 'ar'] as const) {
      for (const viewport of [DESKTOP, PHONE]) {
        const { context, page } = await site.newPage({ locale, viewport });
        for (const entry of pages) {
          await page.goto(`${site.origin}${entry.path}`);
          await page.getByRole('heading', { level: 1, name: locale === 'ar' ? entry.ar : entry.en }).waitFor();
          await page.locator('[role="status"]', { hasText: /\d|[٠-٩]/ }).first().waitFor().catch(() => undefined);
          await page.waitForLoadState('networkidle');
          await site.expectAccessible(page);
          await site.screenshot(page, `policy-tools${entry.path.replace(/\//g, '-').replace(HANDBOOK, 'handbook')}-${locale}-${viewport.width}`);
        }
        await context.close();
      }
    }
  }, 300_000);

  it('the library narrows by kind and language and finds by words; the repository lists by region with the step reached; a cited practice names the handbook', async () => {
    const { context, page } = await site.newPage();
    // the library: four tools; the facets narrow it, the search finds the handbook
    await page.goto(`${site.origin}/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tools' }).click();
    await page.getByText('Tools found: 4').waitFor();
    await page.getByRole('button', { name: 'Migration profile (2)' }).click();
    await page.getByText('Tools found: 2').waitFor();
    await page.getByRole('link', { name: 'Migration profile: Philippines' }).waitFor();
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await page.getByRole('button', { name: 'French (1)' }).click();
    await page.getByText('Tools found: 1').waitFor();
    await page.getByRole('link', { name: 'Handbook on civil society action in migration and development' }).waitFor();
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await page.getByLabel('Search the tools').fill('diasporas');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: HANDBOOK_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: HANDBOOK_TITLE }).waitFor();
    await page.getByText('Diaspora policy').waitFor();
    // the JMDI handbook in French: the language version, complete and up to date
    await page.goto(`${site.origin}/tools/${JMDI}`);
    await page.getByText(/^French · (complete|not complete) · up to date/).waitFor();
    await page.getByLabel('Read in').selectOption('fr');
    await page.getByRole('heading', { level: 1, name: "Manuel sur l'action de la société civile en matière de migration et de développement" }).waitFor();

    // the repository: by region, with the step reached and the data sources
    await page.goto(`${site.origin}/tools/profiles`);
    const asia = page.getByRole('table', { name: 'Migration profiles in Asia' });
    await asia.getByRole('row', { name: /Philippines.*Migration profile: Philippines.*Step 2 of 5: Collect the data \(sample\).*national statistics/ }).waitFor();
    const europe = page.getByRole('table', { name: 'Migration profiles in Europe' });
    await europe.getByRole('link', { name: 'Migration profile: Republic of Moldova' }).waitFor();
    await page.getByRole('heading', { name: 'Guidance on preparing a profile' }).waitFor();
    await page.getByText(/Maintained with: .*International Labour Organization/).waitFor();
    await page.getByLabel('Kind').selectOption('EXTENDED_MIGRATION_PROFILE');
    await page.getByText('Profiles: 0').waitFor();

    // a practice the handbook cites says so
    await page.goto(`${site.origin}/practices/${demoPracticeId('de-migrant-associations')}`);
    await page.getByRole('region', { name: 'Cited by these tools' }).getByRole('link', { name: HANDBOOK_TITLE }).waitFor();
    await context.close();
  });

  it('MPI proposes an example in the site; IOM accepts it and releases edition 2 with notes; MPI hears of it live; edition 1 stays readable with the differences', async () => {
    const mpi = await site.newPage();
    await site.signIn(mpi.page, demoAccountEmail('mpi'));
    await mpi.page.goto(`${site.origin}/tools/${HANDBOOK}`);
    await mpi.page.getByRole('heading', { level: 1, name: HANDBOOK_TITLE }).waitFor();
    const propose = mpi.page.getByRole('region', { name: 'Propose an example' });
    await propose.getByLabel('Section').selectOption('road-map');
    await propose.getByLabel('a link to a page elsewhere').check();
    await propose.getByLabel('Link (https)').fill('https://www.migrationpolicy.org/research/diaspora-handbook-sample');
    await propose.getByLabel('Title of the link').fill('Diaspora road map, sample example');
    await propose.getByLabel('Why it is a good example').fill('A road map for governments (sample text).');
    await propose.getByRole('button', { name: 'Propose the example' }).click();
    await propose.getByText('Your example is proposed to the owner.').waitFor();
    await mpi.page.getByRole('region', { name: 'Your proposals' }).getByText(/Diaspora road map, sample example.*waiting for the owner/).waitFor();

    const iom = await site.newPage();
    await site.signIn(iom.page, demoAccountEmail('iom'));
    await iom.page.goto(`${site.origin}/my/tools`);
    await iom.page.getByRole('heading', { level: 1, name: 'My policy tools' }).waitFor();
    await iom.page.waitForLoadState('networkidle');
    await site.screenshot(iom.page, 'policy-tools-my-tools');
    await iom.page.getByRole('row', { name: /Handbook on engaging diasporas in development.*Proposals to answer: 1/ }).getByRole('link', { name: HANDBOOK_TITLE }).click();
    const proposals = iom.page.getByRole('region', { name: 'Proposed examples to answer (1)' });
    await proposals.getByText(/Proposed by Migration Policy Institute \(MPI\)/).waitFor();
    await site.expectAccessible(iom.page);
    await proposals.getByRole('button', { name: 'Accept' }).click();
    await iom.page.getByRole('region', { name: 'Proposed examples to answer (0)' }).getByText('Diaspora road map, sample example').waitFor();
    const release = iom.page.getByRole('region', { name: 'Release edition 2' });
    await release.getByText('The draft or accepted examples wait for this edition.').waitFor();
    await release.getByLabel('Release notes: what this edition changes').fill('Second edition: a new example for the road map (sample).');
    await release.getByRole('button', { name: 'Release the edition' }).click();
    await iom.page.getByText(/^Handbook · Edition 2 of/).waitFor();
    const timeline = iom.page.getByRole('region', { name: 'Editions' });
    await timeline.getByText('Second edition: a new example for the road map (sample).').waitFor();
    await iom.page.getByRole('region', { name: 'A road map for governments' }).getByRole('link', { name: 'Diaspora road map, sample example' }).waitFor();
    await site.screenshot(iom.page, 'policy-tools-released');

    // MPI's open page heard of it over graphql-ws
    await mpi.page.getByText('This tool has just changed: the page shows the change.').waitFor();
    await mpi.page.getByRole('region', { name: 'Your proposals' }).getByText(/accepted/).waitFor();

    // edition 1 still reads as it was; the differences show the example added
    await timeline.getByRole('link', { name: 'Read edition 1' }).click();
    await iom.page.getByText('You are reading edition 1; the current one is edition 2.').waitFor();
    await iom.page.getByRole('region', { name: 'A road map for governments' }).getByRole('link').waitFor({ state: 'detached' });
    await iom.page.getByRole('link', { name: 'Read the current edition' }).click();
    const differences = iom.page.getByRole('region', { name: 'Differences between two editions' });
    await differences.getByText(/A road map for governments \(changed\)/).waitFor();
    await differences.getByLabel(/added: .*Diaspora road map, sample example/).waitFor();
    await site.screenshot(iom.page, 'policy-tools-differences');
    await mpi.context.close();
    await iom.context.close();
  }, 120_000);
});
