import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { Logger, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { chooseEncoding, PrecompressedAssets } from './compression';
import { isSiteRoute, readSiteRoutes } from './site-routes';

/** Paths the API answers itself; everything else under GET is the site. */
const API_PREFIXES = ['/graphql', '/export', '/feeds', '/health', '/metrics'];

/**
 * apps/web/dist, found by walking up from this file: it runs from libs/web-host/src under
 * ts (tests) and from dist/libs/web-host/src once built. WEB_DIST overrides.
 */
export function findWebDist(start: string = __dirname): string | null {
  if (process.env.WEB_DIST) return existsSync(join(process.env.WEB_DIST, 'index.html')) ? process.env.WEB_DIST : null;
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'apps', 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

export function isApiPath(path: string): boolean {
  return API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}.`));
}

/**
 * Serves the built site: its files, and index.html for the pages the client routes (SPA
 * fallback); a path that is no page of the site (site-routes.json) gets index.html with 404,
 * so the not-found page still renders but crawlers and link checkers see the status. Hashed assets go out precompressed once ready (see PrecompressedAssets); the rest
 * is compressed on the way by the app's response compression.
 */
export function webHostHandler(root: string, assets = new PrecompressedAssets()) {
  const index = join(root, 'index.html');
  const routes = readSiteRoutes(root);
  return (req: Request, res: Response, next: NextFunction): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    let path: string;
    try {
      path = normalize(join(root, decodeURIComponent(req.path)));
    } catch {
      return next();
    }
    if (!path.startsWith(root + sep) && path !== root) return next();
    const stats = existsSync(path) ? statSync(path) : null;
    if (stats?.isFile()) {
      // Hashed assets never change; the shell and the manifest must be revalidated.
      const immutable = req.path.startsWith('/assets/');
      res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      if (path.endsWith('.webmanifest')) res.type('application/manifest+json');
      const encoding = immutable ? chooseEncoding(req.headers['accept-encoding']) : null;
      const body = encoding ? assets.variant(path, encoding, stats) : null;
      if (encoding && body) {
        res.type(extname(path));
        res.setHeader('Content-Encoding', encoding);
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Content-Length', String(body.length));
        res.status(200).end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      if (immutable) res.setHeader('Vary', 'Accept-Encoding');
      return res.sendFile(path);
    }
    // A missing file with an extension is a 404, not the shell.
    if (/\.[a-z0-9]+$/i.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    if (isSiteRoute(routes, req.path)) return res.sendFile(index);
    res.status(404).type('html').send(readFileSync(index));
  };
}

@Module({})
export class WebHostModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const root = findWebDist();
    const logger = new Logger('WebHost');
    if (!root) {
      logger.warn('apps/web/dist not built (npm run build:web): the site is not served');
      return;
    }
    const instance = this.adapterHost.httpAdapter?.getInstance?.();
    if (!instance || typeof instance.use !== 'function') return; // schema printing: no HTTP server
    const assets = new PrecompressedAssets();
    instance.use(webHostHandler(resolve(root), assets));
    logger.log(`site from ${root}`);
    // Best-quality brotli and gzip of every hashed asset, off the event loop, so that even the
    // first visitor after a start gets them (not the per-request quality).
    const dir = join(resolve(root), 'assets');
    if (existsSync(dir))
      void Promise.all(
        readdirSync(dir)
          .filter((file) => /\.(js|css|svg)$/.test(file))
          .map((file) => assets.compress(join(dir, file))),
      );
  }
}
