import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { DOMParser, onWarningStopParsing } from '@xmldom/xmldom';
import type { Page } from 'playwright-core';
import { csvRecords } from '../open-data/csv';
import { DESKTOP, PHONE, useSite } from './site-harness';

const EXPORTS = [
  { name: 'practices', title: 'Published practices', schema: true },
  { name: 'calls', title: 'Calls for action', schema: true },
  { name: 'projects', title: 'Partnership projects', schema: true },
  { name: 'project-updates', title: 'Project updates and their metrics', schema: true },
  { name: 'organizations', title: 'Organisations', schema: true },
];

async function hrefOf(page: Page, name: string): Promise<string> {
  const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
  if (!href) throw new Error(`no href on ${name}`);
  return new URL(href, page.url()).href;
}

describe('the Open data page', () => {
  const site = useSite();

  it('is linked from the footer, and every download, schema and feed it links to parses', async () => {
    const { context, page } = await site.newPage();
    await page.goto(`${site.origin}/`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Open data: downloads, feeds and the API' }).click();
    await page.waitForURL(/\/open-data$/);
    await page.getByRole('heading', { level: 1, name: 'Open data' }).waitFor();

    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    for (const entry of EXPORTS) {
      // The CSV link downloads (the browser saves it), and the file is UTF-8 with a BOM and parses as RFC 4180.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: `CSV ${entry.title}` }).click()]);
      expect(download.suggestedFilename()).toBe(`${entry.name}.csv`);
      const bytes = readFileSync((await download.path())!);
      const csvText = bytes.toString('utf8');
      if (entry.schema) expect(csvText.startsWith('\uFEFF')).toBe(true);
      const records = csvRecords(csvText.replace(/^\uFEFF/, ''));
      expect(records.length).toBeGreaterThan(0);

      const json = await page.request.get(await hrefOf(page, `JSON ${entry.title}`));
      expect(json.status()).toBe(200);
      const body = (await json.json()) as Record<string, unknown[]>;
      expect(body[entry.name]).toHaveLength(records.length);
      if (entry.schema) {
        const schema = await page.request.get(await hrefOf(page, `JSON Schema ${entry.title}`));
        const validate = ajv.compile((await schema.json()) as object);
        expect({ name: entry.name, valid: validate(body), errors: validate.errors ?? null }).toEqual({ name: entry.name, valid: true, errors: null });
      }
    }

    // The column documentation comes from the server's index.
    await page
      .getByText(/^Columns \(\d+\)$/)
      .first()
      .click();
    await page
      .getByRole('table', { name: 'The columns of Published practices' })
      .or(page.getByRole('table', { name: 'The columns of Calls for action' }))
      .first()
      .waitFor();

    for (const feed of ['New practices', 'New calls for action']) {
      const response = await page.request.get(await hrefOf(page, feed));
      expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
      const doc = new DOMParser({ onError: onWarningStopParsing }).parseFromString(await response.text(), 'application/xml');
      expect(doc.documentElement?.localName).toBe('feed');
      expect(doc.getElementsByTagName('entry').length).toBeGreaterThan(0);
    }

    const explorer = await page.request.get(await hrefOf(page, 'Open the GraphQL explorer'), { headers: { accept: 'text/html' } });
    expect(explorer.status()).toBe(200);
    expect(await explorer.text()).toContain('<html');
    await context.close();
  }, 120_000);

  it.each([
    ['desktop', DESKTOP, 'en'],
    ['phone', PHONE, 'en'],
    ['desktop-ar', DESKTOP, 'ar'],
    ['phone-ar', PHONE, 'ar'],
  ] as const)('passes axe (%s)', async (name, viewport, lang) => {
    const { context, page } = await site.newPage({ viewport });
    await page.goto(`${site.origin}/open-data?lang=${lang}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('.open-data-export details').first().waitFor();
    await page.locator('.open-data-export details summary').first().click();
    expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    // the columns are described in the reader's language (the server's English words only for a column the catalogue lacks)
    const description = page.locator('.open-data-export details').first().locator('tbody tr').first().locator('td').last();
    expect(await description.innerText()).toContain(lang === 'ar' ? 'الممارسة (practice-<uuid>)' : 'The practice (practice-<uuid>)');
    expect(await page.locator('.open-data-export td[lang="en"]').count()).toBe(0);
    await site.expectAccessible(page);
    await site.screenshot(page, `open-data-${name}`);
    await context.close();
  });
});
