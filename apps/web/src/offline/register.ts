/**
 * Registers the service worker (public/sw.js) in the built site, and tells it which hashed
 * assets this page loaded before it took control (the page's own chunk, the reader's language),
 * so that the page opens again offline. Not in `vite dev`: its modules are not hashed assets.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  const tellLoaded = (worker: ServiceWorker | null | undefined) => {
    const urls = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.startsWith(`${location.origin}/assets/`));
    worker?.postMessage({ type: 'pfp-cache-assets', urls });
  };
  const start = () => {
    navigator.serviceWorker.register('/sw.js').then(
      () => navigator.serviceWorker.ready.then((registration) => tellLoaded(registration.active)),
      () => undefined,
    );
    // a chunk fetched between registration and control went to the network only
    navigator.serviceWorker.addEventListener('controllerchange', () => tellLoaded(navigator.serviceWorker.controller));
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
