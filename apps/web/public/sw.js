/* global self, caches, fetch, URL */
/*
 * The site's service worker: the app shell (index.html and the hashed assets) from the network
 * first and from its cache when there is none, so that a page read before opens offline. The
 * data of the tool and practice pages a reader opened is copied by the pages themselves
 * (src/offline/offline-copy.ts, cache DATA_CACHE) as a visitor only: the API (POST /graphql),
 * feeds and exports are never answered from here, and nothing signed in is stored.
 * A new VERSION drops every cache of the one before on activation.
 */
const VERSION = 'v1';
const SHELL_CACHE = `pfp-shell-${VERSION}`;
const DATA_CACHE = `pfp-data-${VERSION}`;
const API_PREFIXES = ['/graphql', '/export', '/feeds', '/health', '/metrics'];
/** Files of public/ the shell shows (the header's icon) or the browser asks for (the manifest). */
const STATIC_FILES = ['/manifest.webmanifest', '/icon.svg'];

const isApiPath = (path) => API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}.`));
const sameOrigin = (url) => url.origin === self.location.origin;

/** The hashed files index.html names (the entry script, its preloads, the style sheet). */
const shellAssets = (html) => [...new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((found) => found[1]))];

async function cacheShell() {
  const cache = await caches.open(SHELL_CACHE);
  const response = await fetch('/', { cache: 'no-cache' });
  if (!response.ok) return;
  const html = await response.clone().text();
  await cache.put('/', response);
  await cache.addAll([...shellAssets(html), ...STATIC_FILES]);
}

self.addEventListener('install', (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('pfp-') && name !== SHELL_CACHE && name !== DATA_CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

/** The page names the assets it loaded before this worker controlled it (its lazy chunks, its language). */
self.addEventListener('message', (event) => {
  const urls = event.data && event.data.type === 'pfp-cache-assets' && Array.isArray(event.data.urls) ? event.data.urls : [];
  const assets = urls.map((url) => new URL(url, self.location.origin)).filter((url) => sameOrigin(url) && url.pathname.startsWith('/assets/'));
  if (assets.length === 0) return;
  event.waitUntil(
    caches.open(SHELL_CACHE).then(async (cache) => {
      for (const url of assets) if (!(await cache.match(url.pathname))) await cache.add(url.pathname).catch(() => undefined);
    }),
  );
});

/** index.html from the network (kept as the newest shell), else the one kept. */
async function shell(request) {
  try {
    const response = await fetch(request);
    if (response.ok && (response.headers.get('content-type') || '').includes('text/html')) {
      const copy = response.clone();
      await caches.open(SHELL_CACHE).then((cache) => cache.put('/', copy));
    }
    return response;
  } catch (error) {
    const kept = await caches.match('/', { cacheName: SHELL_CACHE });
    if (kept) return kept;
    throw error;
  }
}

/** Hashed assets never change: the kept copy, else the network (and keep it). */
async function asset(request) {
  const cache = await caches.open(SHELL_CACHE);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** The network (keeping what it answers), else the copy kept at install. */
async function staticFile(request) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const copy = response.clone();
      await caches.open(SHELL_CACHE).then((cache) => cache.put(new URL(request.url).pathname, copy));
    }
    return response;
  } catch (error) {
    const kept = await caches.match(new URL(request.url).pathname, { cacheName: SHELL_CACHE });
    if (kept) return kept;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!sameOrigin(url) || isApiPath(url.pathname)) return;
  if (request.mode === 'navigate') event.respondWith(shell(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request));
  else if (STATIC_FILES.includes(url.pathname)) event.respondWith(staticFile(request));
});
