import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../authorization/harness';
import { ensureSiteBuilt, launchChromium, screenshot, seriousViolations } from './browser';

export const DEMO_PASSWORD = 'partnerships-2011';
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 360, height: 740 };

export interface Site {
  /** The API (with the demo data, on its own database) that serves the site. */
  readonly api: TestApi;
  readonly origin: string;
  /** A fresh browser context (English unless `locale` says otherwise), 15 s default waits. */
  newPage(options?: { viewport?: { width: number; height: number }; locale?: string }): Promise<{ context: BrowserContext; page: Page }>;
  /** Signs in through the sign-in page with a demo account (all share DEMO_PASSWORD). */
  signIn(page: Page, email: string): Promise<void>;
  /** Fails the test on any serious or critical axe violation, naming the page. */
  expectAccessible(page: Page): Promise<void>;
  /** test/screenshots/<name>.png, to be looked at (not committed). */
  screenshot(page: Page, name: string): Promise<void>;
  /**
   * axe at desktop and 360 px, in English and Arabic (?lang=), signed in as `signInAs` when given,
   * once `ready` holds and no panel still says "Loading…"; a screenshot <name>-<lang>-<size> of each.
   */
  checkEveryWay(path: string, name: string, options?: { signInAs?: string; ready?: (page: Page) => Promise<unknown> }): Promise<void>;
}

/**
 * One API and one Chromium per spec file, started in beforeAll and closed in afterAll: call at
 * the top of a describe block and read the fields inside tests.
 */
export function useSite(env: Record<string, string> = {}): Site {
  let api: TestApi | undefined;
  let browser: Browser | undefined;
  const site: Site = {
    get api() {
      if (!api) throw new Error('useSite: read it inside a test');
      return api;
    },
    get origin() {
      return new URL(site.api.url).origin;
    },
    async newPage({ viewport = DESKTOP, locale = 'en-GB' } = {}) {
      const context = await browser!.newContext({ viewport, locale });
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error('page error:', error.message));
      return { context, page };
    },
    async signIn(page, email) {
      await page.goto(`${site.origin}/sign-in`);
      await page.getByLabel('E-mail address').fill(email);
      await page.getByLabel('Password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText(/Signed in as/).waitFor();
    },
    async expectAccessible(page) {
      const violations = await seriousViolations(page);
      expect({ page: page.url(), violations }).toEqual({ page: page.url(), violations: [] });
    },
    screenshot,
    async checkEveryWay(path, name, { signInAs, ready } = {}) {
      for (const lang of ['en', 'ar']) {
        for (const [viewport, size] of [
          [DESKTOP, 'desktop'],
          [PHONE, 'phone'],
        ] as const) {
          const { context, page } = await site.newPage({ viewport });
          if (signInAs) await site.signIn(page, signInAs);
          await page.goto(`${site.origin}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
          await page.locator('h1').first().waitFor();
          await ready?.(page);
          await page.waitForFunction(() => ![...document.querySelectorAll('[role="status"]')].some((s) => /Loading…|جارٍ التحميل…/.test(s.textContent ?? '')));
          await site.expectAccessible(page);
          await screenshot(page, `${name}-${lang}-${size}`);
          await context.close();
        }
      }
    },
  };
  beforeAll(async () => {
    ensureSiteBuilt();
    [api, browser] = await Promise.all([startTestApi(env), launchChromium()]);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });
  return site;
}
