import { request } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, constants as zlibConstants, gunzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../authorization/harness';
import { ensureSiteBuilt, launchChromium } from './browser';

const DEMO_PASSWORD = 'partnerships-2011';
const DEMO_PROJECT = 'Protection of unaccompanied migrant children';

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

/**
 * The site in Chromium with the API's real headers (helmet, Content-Security-Policy): every
 * main page, visitor and signed in, must render with no `securitypolicyviolation` event and
 * no CSP message on the console; live updates arrive over graphql-ws under the policy.
 * Requests that would leave the machine (video embeds, GraphiQL's CDN) are answered by the
 * test itself, after Chromium's CSP check has let them through.
 */
describe('the site under its Content-Security-Policy', () => {
  let api: TestApi;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    ensureSiteBuilt();
    [api, browser] = await Promise.all([startTestApi(), launchChromium()]);
    origin = new URL(api.url).origin;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  interface Watched {
    context: BrowserContext;
    page: Page;
    /** CSP violations seen so far: the page's events and Chromium's console messages. */
    violations(): Promise<Array<Violation | string>>;
  }

  async function watchedPage(): Promise<Watched> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    context.setDefaultTimeout(15_000);
    await context.addInitScript(() => {
      const seen: Violation[] = [];
      (window as unknown as { __csp: Violation[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI, source: `${event.sourceFile}:${event.lineNumber}` }),
      );
    });
    // Nothing leaves the machine: other origins get a stub page (frames) or nothing.
    await context.route(
      (url) => url.origin !== origin,
      (route) =>
        route.request().resourceType() === 'document'
          ? route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>embed</title>' })
          : route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) messages.push(message.text());
    });
    page.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
    return {
      context,
      page,
      violations: async () => [...(await page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp)), ...messages],
    };
  }

  /** Opens `path`, waits for its first heading and for the network to settle, and expects no violation. */
  async function visit(watched: Watched, path: string): Promise<void> {
    const response = await watched.page.goto(`${origin}${path}`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await watched.page.locator('h1').first().waitFor();
    await watched.page.waitForLoadState('networkidle');
    expect({ path, violations: await watched.violations() }).toEqual({ path, violations: [] });
  }

  async function signIn(page: Page, email: string): Promise<void> {
    await page.goto(`${origin}/sign-in`);
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(/Signed in as/).waitFor();
  }

  it('sees a violation when there is one (the detector works)', async () => {
    const watched = await watchedPage();
    await watched.page.goto(`${origin}/`);
    await watched.page.locator('h1').first().waitFor();
    await watched.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true';
      document.body.append(script);
      const frame = document.createElement('iframe');
      frame.src = 'https://elsewhere.invalid/';
      document.body.append(frame);
    });
    await watched.page.waitForFunction(() => (window as unknown as { __csp: Violation[] }).__csp.length >= 2);
    const violations = (await watched.violations()).filter((v): v is Violation => typeof v !== 'string');
    expect(violations.map((v) => v.directive).sort()).toEqual(['frame-src', 'script-src-elem']);
    expect(await watched.page.evaluate(() => (window as unknown as { __inline?: boolean }).__inline)).toBeUndefined();
    await watched.context.close();
  });

  it("renders a visitor's pages, a practice with an embedded video and a project receiving a live update", async () => {
    const mexico = await api.signInAsDemo('mx');
    const practice = await api.gql<{ draftPractice: { practice: { id: string } } }>(
      `mutation($input: DraftPracticeInput!) { draftPractice(input: $input) { practice { id } } }`,
      {
        input: {
          title: 'Training officers, with a video',
          summary: 'A practice whose page embeds a video.',
          body: 'See the **video**.',
          language: 'en',
          countries: ['MEX'],
          themes: ['protection'],
          period: { start: '2010', end: null },
          implementationStatus: 'ONGOING',
          resources: [{ kind: 'VIDEO', title: 'The training', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }],
        },
      },
      { token: mexico },
    );
    const practiceId = practice.data!.draftPractice.practice.id;
    const supportUnit = await api.signInAsDemo('gfmd-support-unit');
    for (const [name, token, input] of [
      ['submitPractice', mexico, { id: practiceId, expectedRevision: 0 }],
      ['publishPractice', supportUnit, { id: practiceId, expectedRevision: 1 }],
    ] as const) {
      const result = await api.gql(
        `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { revision } }`,
        { input },
        { token },
      );
      expect(result.errors).toBeUndefined();
    }
    const lists = await api.gql<{
      callsForAction: { edges: Array<{ node: { id: string } }> };
      partnershipProjects: { edges: Array<{ node: { id: string; title: string } }> };
    }>(`{ callsForAction(first: 1) { edges { node { id } } } partnershipProjects(first: 50) { edges { node { id title } } } }`);
    const callId = lists.data!.callsForAction.edges[0].node.id;
    const projectId = lists.data!.partnershipProjects.edges.find((e) => e.node.title === DEMO_PROJECT)!.node.id;

    const watched = await watchedPage();
    for (const path of [
      '/',
      '/?lang=ar',
      '/practices',
      '/practices?q=training',
      '/calls',
      `/calls/${callId}`,
      '/projects',
      '/figures',
      '/figures?lang=ar',
      '/sign-in',
      '/forgot-password',
      '/no-such-page',
    ]) {
      await visit(watched, path);
    }
    const frames: string[] = [];
    watched.page.on('framenavigated', (frame) => frames.push(frame.url()));
    await visit(watched, `/practices/${practiceId}`);
    await watched.page.locator('iframe.video').waitFor();
    expect(frames).toContain('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');

    await visit(watched, `/projects/${projectId}`);
    await watched.page.getByText('New updates appear here as they are posted.').waitFor();
    const text = `Posted while the page is open ${Date.now()}`;
    const posted = await api.gql(
      `mutation($input: PostProjectUpdateInput!) { postProjectUpdate(input: $input) { revision } }`,
      { input: { projectId, text } },
      { token: mexico },
    );
    expect(posted.errors).toBeUndefined();
    await watched.page.locator('.timeline li', { hasText: text }).waitFor();
    expect(await watched.violations()).toEqual([]);
    await watched.context.close();
  });

  it('renders the signed-in pages of a member state and of the Support Unit', async () => {
    for (const [email, paths] of [
      ['mx@demo.pfp.example', ['/my/practices', '/practices/new', '/calls/new', '/my/feed', '/my/settings', '/my/dashboard']],
      ['gfmd-support-unit@demo.pfp.example', ['/review', '/organizations', '/my/feed']],
    ] as const) {
      const watched = await watchedPage();
      await signIn(watched.page, email);
      for (const path of paths) await visit(watched, path);
      await watched.context.close();
    }
  });

  it('sends the main script compressed: br (precompressed at quality 11 once ready) or gzip, the same bytes once decoded', async () => {
    const shell = await (await fetch(`${origin}/`)).text();
    const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(shell)?.[1];
    expect(script).toBeDefined();
    const wire = (acceptEncoding: string) =>
      new Promise<{ encoding?: string; vary?: string; bytes: Buffer }>((resolve, reject) => {
        request(`${origin}${script}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
          const parts: Buffer[] = [];
          res.on('data', (chunk: Buffer) => parts.push(chunk));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], vary: res.headers.vary, bytes: Buffer.concat(parts) }));
        })
          .on('error', reject)
          .end();
      });
    const plain = await wire('identity');
    expect(plain.encoding).toBeUndefined();
    let br = await wire('br, gzip');
    expect(br.encoding).toBe('br');
    expect(brotliDecompressSync(br.bytes).equals(plain.bytes)).toBe(true);
    // The first answer may be compressed as it streams; the best-quality variant follows (off the
    // event loop) unless an earlier request already made it. Wait until it is what quality 11 gives.
    const best = brotliCompressSync(plain.bytes, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const deadline = Date.now() + 20_000;
    while (br.bytes.length > best * 1.01 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      br = await wire('br, gzip');
    }
    expect(br.bytes.length).toBeLessThanOrEqual(best * 1.01);
    expect(brotliDecompressSync(br.bytes).equals(plain.bytes)).toBe(true);
    const gzip = await wire('gzip');
    expect(gzip.encoding).toBe('gzip');
    expect(gunzipSync(gzip.bytes).equals(plain.bytes)).toBe(true);
    expect(br.vary).toMatch(/Accept-Encoding/);
    expect(br.bytes.length).toBeLessThan(plain.bytes.length / 3);
  });

  it('gives GraphiQL (outside production) a policy of its own on /graphql, and serves it offline from its own origin', async () => {
    const page = await fetch(`${origin}/graphql`, { headers: { accept: 'text/html' } });
    const explorerPolicy = page.headers.get('content-security-policy') ?? '';
    expect(explorerPolicy).toContain("style-src 'self' 'unsafe-inline'");
    expect(explorerPolicy).toContain("script-src 'self';");
    expect(explorerPolicy).not.toContain('unpkg');
    const site = await fetch(`${origin}/practices`, { headers: { accept: 'text/html' } });
    expect(site.headers.get('content-security-policy')).toContain("style-src 'self';");
    const feed = await fetch(`${origin}/feeds/practices.atom`);
    expect(feed.headers.get('content-security-policy')).toContain("style-src 'self';");

    // With every request off the platform's origin refused, GraphiQL boots and answers a query from the schema.
    const watched = await watchedPage();
    await watched.context.unrouteAll();
    const leftOrigin: string[] = [];
    await watched.context.route(
      (url) => url.origin !== origin && !url.protocol.startsWith('data'),
      (route) => {
        leftOrigin.push(route.request().url());
        return route.abort('internetdisconnected');
      },
    );
    const posted = () => watched.page.waitForResponse((response) => response.url() === `${origin}/graphql` && response.request().method() === 'POST');
    const introspected = posted();
    await watched.page.goto(`${origin}/graphql`);
    await watched.page.locator('.graphiql-container').waitFor();
    await introspected;
    const answered = posted();
    await watched.page.locator('.graphiql-execute-button').click();
    expect(await (await answered).json()).toEqual({ data: { __typename: 'Query' } });
    await watched.page.locator('.graphiql-response').getByText('Query').waitFor();
    expect(leftOrigin).toEqual([]);
    expect(await watched.violations()).toEqual([]);
    await watched.context.close();
  });
});
