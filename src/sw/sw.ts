/**
 * The offline service worker, built by vite-plugin-pwa (injectManifest) with Workbox's precaching. The
 * build injects the list of every file in dist/ with a revision for each: index.html and the other
 * files without a hash in their names are fetched past the browser's HTTP cache (Workbox's cache-busting
 * `cache: 'reload'`), so a host's `Cache-Control: max-age` can never put an old index.html beside a new
 * build's scripts. Every page of the game is the precached index.html, always from the same version as
 * the scripts it names.
 *
 * A new version installs beside the running one and waits: the page shows "A new version is ready"
 * (src/offline.ts) and the player chooses when to reload; only then does it take over (SKIP_WAITING).
 * Nothing is swapped under a running game, whose lazily loaded files stay in the cache until then.
 */
import {
  addPlugins,
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

import { CONTENT_SECURITY_POLICY } from '../csp.ts';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

addPlugins([
  {
    /**
     * What is stored: only whole answers (a 404 or a 500 fails the install, so the old version stays);
     * without Vary (servers send Vary: Origin, which would split a script's cached copy from a module
     * request); and with the game's CSP as a header where the host sent none, because a worker takes its
     * policy from its own script's headers, never from the page's <meta>.
     */
    cacheWillUpdate: async ({ response }) => {
      if (response.status >= 400) return null;
      const headers = new Headers(response.headers);
      headers.delete('Vary');
      if (!headers.has('Content-Security-Policy'))
        headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      return new Response(await response.blob(), {
        status: response.status,
        statusText: response.statusText,
        headers,
      });
    },
  },
]);
precacheAndRoute(self.__WB_MANIFEST);
// Precaches of an older Workbox's format are deleted when this version takes over.
cleanupOutdatedCaches();
// Any page of the game (whatever its query, e.g. ?renderer=canvas or a class link) is the one index.html.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

self.addEventListener('message', (event) => {
  // The player chose to reload into the new version (src/offline.ts).
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // The caches of the worker this one replaces (before Workbox) hold a whole old build.
      const names = await caches.keys();
      await Promise.all(
        names.filter((name) => name.startsWith('the-empty-chair-')).map((name) => caches.delete(name)),
      );
      // The first visit's page is controlled at once, so it works offline without a reload.
      await self.clients.claim();
    })(),
  );
});
