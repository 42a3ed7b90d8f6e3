// @ts-check
/* global CACHE_NAME, PRECACHE */
/**
 * The offline service worker. The build (src/tools/vitePluginServiceWorker.ts) puts two constants in
 * front of this file: CACHE_NAME, versioned by a hash of every built file, and PRECACHE, the list of
 * every file in dist/ (scripts, styles, the story, worker chunks), relative to the worker's scope.
 *
 * Install stores the whole game; from then on every file comes from the cache first, so the game
 * starts with no network at all. All files but index.html are content-hashed, so a cached copy is
 * never stale; a new build has a new CACHE_NAME, installs beside the old one and takes over when no
 * tab still uses the old version (no skipWaiting: a running game never loses its lazily loaded files).
 */

const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const scope = new URL(sw.registration.scope);
const INDEX = new URL('index.html', scope).href;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE_NAME).then((cache) => cache.addAll(PRECACHE.map((file) => new URL(file, scope).href))),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith('the-empty-chair-') && name !== CACHE_NAME)
          .map((name) => caches.delete(name)),
      );
      // The first visit's page is controlled at once, so it works offline without a reload.
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== scope.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE_NAME);
      // Any page of the game (whatever its query, e.g. ?renderer=canvas) is the one index.html. Files are
      // keyed by their hashed names, so Vary (servers send Vary: Origin) must not split them.
      const cached = await cache.match(request.mode === 'navigate' ? INDEX : request, { ignoreVary: true });
      return cached ?? fetch(request);
    })(),
  );
});
