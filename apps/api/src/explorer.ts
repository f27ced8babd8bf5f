import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';

/** Where the explorer's bundle is served from: the platform's own origin, no CDN (README "GraphQL explorer"). */
export const EXPLORER_ASSETS_PATH = '/graphql-explorer';

/** The repository's root from apps/api/src (ts) or dist/apps/api/src (built). */
const ROOT =
  [join(__dirname, '..', '..', '..'), join(__dirname, '..', '..', '..', '..')].find((dir) =>
    existsSync(join(dir, 'apps', 'api', 'explorer', 'vite.config.mts')),
  ) ?? join(__dirname, '..', '..', '..');
/** `npm run build:explorer` (apps/api/explorer/vite.config.mts) writes the bundle here. */
const BUNDLE = join(ROOT, 'dist', 'explorer');

/** Builds the bundle when it is missing (a fresh clone outside production: ~2 s once); vite is a dev dependency, as the explorer is off in production. */
function ensureBundle(): string {
  if (existsSync(join(BUNDLE, 'explorer.js'))) return BUNDLE;
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(ROOT, 'apps', 'api', 'explorer', 'vite.config.mts')],
    {
      cwd: ROOT,
      stdio: 'ignore',
    },
  );
  return BUNDLE;
}

/** GraphiQL's page: no inline script, its module and styles from EXPLORER_ASSETS_PATH. */
export const EXPLORER_HTML = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>GraphiQL · Platform for Partnerships</title>
    <link rel="stylesheet" href="${EXPLORER_ASSETS_PATH}/explorer.css" />
    <script type="module" src="${EXPLORER_ASSETS_PATH}/explorer.js"></script>
  </head>
  <body style="margin: 0; height: 100vh; overflow: hidden">
    <div id="graphiql" style="height: 100vh">Loading…</div>
  </body>
</html>
`;

type ApolloServerPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/** Apollo's landing page (GET /graphql asking for HTML): our page instead of Nest's, which loads React and GraphiQL from unpkg. */
export function explorerLandingPage(): ApolloServerPlugin {
  return {
    serverWillStart() {
      return Promise.resolve({ renderLandingPage: () => Promise.resolve({ html: EXPLORER_HTML }) });
    },
  };
}

/** Serves the bundle (outside production only: the caller decides). */
export function serveExplorerAssets(app: INestApplication): void {
  (app as NestExpressApplication).useStaticAssets(ensureBundle(), { prefix: EXPLORER_ASSETS_PATH, index: false, maxAge: '1h' });
}
