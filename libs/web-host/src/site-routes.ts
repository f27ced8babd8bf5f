import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Written by the site's build (apps/web/vite.config.mts) beside index.html: the route patterns of every area. */
export const SITE_ROUTES_FILE = 'site-routes.json';

/**
 * `/practices/:id` as the site's router matches it (apps/web/src/router.tsx `match`): each
 * `:name` is one non-empty path segment, and a trailing slash is allowed.
 */
export function routePattern(pattern: string): RegExp {
  const escaped = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[a-zA-Z]+/g, '[^/]+');
  return new RegExp(`^${escaped}/?$`);
}

/** The site's routes from its build, or null when the build wrote none (every path is then the site's). */
export function readSiteRoutes(root: string): RegExp[] | null {
  const file = join(root, SITE_ROUTES_FILE);
  if (!existsSync(file)) return null;
  try {
    const patterns: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(patterns) ? patterns.filter((p): p is string => typeof p === 'string').map(routePattern) : null;
  } catch {
    return null;
  }
}

/** Whether the site has a page at `path` (unknown routes answer 404 with the not-found page). */
export function isSiteRoute(routes: RegExp[] | null, path: string): boolean {
  return routes === null || routes.some((route) => route.test(path));
}
