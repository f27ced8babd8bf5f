import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/** Where the site's videos play: the embeds apps/web makes of YouTube and Vimeo links. */
const VIDEO_FRAMES = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'];

type Directives = Record<string, string[]>;

/**
 * The site's policy: its own scripts and styles only (no inline script, style or eval), the
 * API and its WebSocket on the same origin ('self' covers ws:/wss: to it), images and
 * videos that practices and updates link to over https, and the two video embeds.
 */
export function siteDirectives(https: boolean): Directives {
  return {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'https:'],
    'media-src': ["'self'", 'https:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'manifest-src': ["'self'"],
    'worker-src': ["'self'"],
    'frame-src': VIDEO_FRAMES,
    'object-src': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/**
 * GraphiQL's page (GET /graphql outside production) loads its bundle from the platform itself
 * (apps/api/src/explorer.ts, no CDN); its editors set inline styles, which that path alone,
 * and only outside production, allows.
 */
export function explorerDirectives(https: boolean): Directives {
  const site = siteDirectives(https);
  return {
    ...site,
    'style-src': ["'self'", "'unsafe-inline'"],
    'font-src': ["'self'", 'data:'],
    'frame-src': ["'none'"],
  };
}

export interface SecurityHeadersOptions {
  /** PUBLIC_URL: HSTS and upgrade-insecure-requests only when the site is served over https. */
  publicUrl?: string;
  /** The explorer's path (GraphiQL) when it is served (outside production); null in production. */
  explorerPath: string | null;
}

/** helmet for every response, the site's CSP everywhere and the explorer's on its path only. */
export function securityHeaders(options: SecurityHeadersOptions): RequestHandler {
  const https = options.publicUrl?.startsWith('https:') ?? false;
  const withPolicy = (directives: Directives) =>
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives },
      // YouTube's embeds refuse to play without a referrer; send the origin across sites, no path.
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: false } : false,
      xFrameOptions: { action: 'deny' },
    });
  const site = withPolicy(siteDirectives(https));
  const explorer = options.explorerPath ? withPolicy(explorerDirectives(https)) : null;
  return (req: Request, res: Response, next: NextFunction) => {
    if (explorer && req.method === 'GET' && req.path === options.explorerPath) return explorer(req, res, next);
    return site(req, res, next);
  };
}
