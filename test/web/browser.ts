/// <reference lib="dom" />
// (axe runs inside the page: its callbacks name window and document)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = join(__dirname, '..', '..');
const WEB = join(ROOT, 'apps', 'web');
export const SCREENSHOTS = join(ROOT, 'test', 'screenshots');

/** Debian's Chromium (installed by .ci/run); never a browser downloaded by Playwright. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);

/**
 * Builds apps/web when dist is missing or older than its sources (a clean clone under `npm test`).
 * A lock directory keeps two jest workers from building at once.
 */
export function ensureSiteBuilt(): void {
  const index = join(WEB, 'dist', 'index.html');
  const sourcesChanged = () =>
    !existsSync(index) || statSync(index).mtimeMs < Math.max(newest(join(WEB, 'src')), newest(join(WEB, 'public')), statSync(join(WEB, 'index.html')).mtimeMs);
  if (!sourcesChanged()) return;
  const lock = join(ROOT, 'data', 'web-build.lock');
  mkdirSync(join(ROOT, 'data'), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) rmSync(lock, { recursive: true, force: true });
      execFileSync('sleep', ['0.5']);
    }
  }
  try {
    if (sourcesChanged()) {
      // src/gql is generated, not committed: types for the documents as they are now
      execFileSync(process.execPath, [join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'), '--config', join(WEB, 'codegen.ts')], {
        cwd: ROOT,
        stdio: 'pipe',
      });
      // NODE_ENV=production: under jest it is "test", and @vitejs/plugin-react would then compile JSX for
      // React's development runtime while the bundle defines production ("jsxDEV is not a function")
      execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(WEB, 'vite.config.mts')], {
        cwd: ROOT,
        stdio: 'pipe',
        env: { ...process.env, NODE_ENV: 'production' },
      });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does it)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** axe-core in the page, WCAG 2.1 A and AA rules: the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // evaluated, not injected as a <script>: the site's Content-Security-Policy forbids inline scripts
  await page.evaluate(readFileSync(require.resolve('axe-core'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 3).map((node) => ({ target: node.target, failureSummary: node.failureSummary })),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** Saves test/screenshots/<name>.png (the whole page). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
