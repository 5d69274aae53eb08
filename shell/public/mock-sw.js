/*
 * The console's service worker in mock mode. Only same-origin /api/ calls go to
 * the mock API (msw's worker, imported below); every other request (scripts,
 * styles, remotes' manifests) skips it and goes straight to the network, so
 * loading code never waits for a round trip through the page's mock handlers.
 */
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith('/api/')) event.stopImmediatePropagation();
});

importScripts('./mockServiceWorker.js');
