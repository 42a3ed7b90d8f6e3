/**
 * The offline service worker (src/sw/sw.ts) and updates that never strand a player. Production builds
 * only. After the first visit the whole game starts with no network. When a deploy brings a new
 * version, it installs beside this one and the player is told "A new version is ready" (UpdateBar): it
 * takes over only when they reload. Two failures are met too:
 * - a deploy that no longer serves sw.js (404, or a host's HTML page in its place) would leave the old
 *   worker serving the old game for ever: the worker is retired, the game's caches emptied, and if the
 *   host serves another version the player is told to reload;
 * - a page older than the deploy whose lazily loaded part is gone (a chunk that fails to load) says that
 *   a reload fixes it; if it fails again after that reload, the game's caches are emptied first.
 * Saves live in localStorage and are never touched here.
 */
import { Workbox } from 'workbox-window';

import { showUpdateBar } from './ui/UpdateBar.ts';

export { isChunkLoadError } from './ui/UpdateBar.ts';

const SW_URL = `${import.meta.env.BASE_URL}sw.js`;
/** How often an open game asks the host for a new version (a lesson-long tab gets one mid-lesson). */
const CHECK_EVERY_MS = 30 * 60 * 1000;
/** Set (in this tab) when the player reloaded after a chunk failed: a second failure empties the caches. */
const RELOADED_KEY = 'the-empty-chair/reloaded-for-update';

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const wb = new Workbox(SW_URL);
  let reloading = false;
  const reloadIntoNew = (): void => {
    reloading = true;
    wb.addEventListener('controlling', () => {
      location.reload();
    });
    wb.messageSkipWaiting();
  };
  // A new version has installed and waits for this page (and any other tab of the game) to let it go.
  wb.addEventListener('waiting', () => {
    showUpdateBar('ready', reloadIntoNew);
  });
  // Another tab took the new version: this page's files may be gone from the cache, so say so. (On a
  // first visit the new worker claims the page, which had no controller: that is no update.)
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!reloading && hadController)
      showUpdateBar('ready', () => {
        location.reload();
      });
  });
  wb.register().catch(() => {
    // Not offline-ready (e.g. a private window that forbids workers); everything else still works.
  });
  const check = (): void => {
    void checkWorker(wb);
  };
  // After the page has loaded, so the check never competes with the first text.
  if (document.readyState === 'complete') check();
  else window.addEventListener('load', check, { once: true });
  setInterval(check, CHECK_EVERY_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
}

/** Asks the host for sw.js past every cache: a new one updates, a missing one retires this worker. */
async function checkWorker(wb: Workbox): Promise<void> {
  if (!navigator.onLine) return; // The cached game plays on; there is no host to ask.
  let response: Response;
  try {
    response = await fetch(SW_URL, { cache: 'no-store' });
  } catch {
    return; // Offline: the cached game plays on.
  }
  const script = /javascript/i.test(response.headers.get('Content-Type') ?? '');
  if (response.ok && script) {
    await wb.update().catch(() => undefined);
    return;
  }
  // A 404 or 410, or a host that answers every path with its HTML page: the deploy has no worker.
  if (response.status !== 404 && response.status !== 410 && !(response.ok && !script)) return;
  const registration = await navigator.serviceWorker.getRegistration();
  if (!registration) return;
  await registration.unregister();
  await clearGameCaches();
  if (await hostServesAnotherVersion()) {
    showUpdateBar('ready', () => {
      location.reload();
    });
  }
}

/** Whether the index.html the host serves now names another main script than this page's. */
async function hostServesAnotherVersion(): Promise<boolean> {
  const mine = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.getAttribute('src');
  try {
    // The query keeps the (retiring) worker's precache from answering.
    const url = `${import.meta.env.BASE_URL}?version-check=${String(Date.now())}`;
    const html = await (await fetch(url, { cache: 'no-store' })).text();
    const theirs = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/.exec(html)?.[1];
    return theirs !== undefined && mine !== undefined && theirs !== mine;
  } catch {
    return false;
  }
}

/** Deletes the game's file caches (Workbox's precache, and the caches of the worker before it). Never saves. */
export async function clearGameCaches(): Promise<void> {
  if (!('caches' in window)) return;
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name.startsWith('workbox-precache') || name.startsWith('the-empty-chair-'))
      .map((name) => caches.delete(name)),
  );
}

/**
 * Part of the game could not be loaded: say that a reload fixes it. On a second failure after such a
 * reload, the cached files themselves are suspect: the worker is retired and the caches emptied first.
 */
export function chunkFailed(): void {
  showUpdateBar('stale', () => {
    void (async () => {
      if (readFlag() && 'serviceWorker' in navigator) {
        const registration = await navigator.serviceWorker.getRegistration().catch(() => undefined);
        await registration?.unregister();
        await clearGameCaches().catch(() => undefined);
      }
      writeFlag();
      location.reload();
    })();
  });
}

/** Chunk failures, wherever the import was: Vite's preload helper reports each one on window. */
export function watchChunkFailures(): void {
  window.addEventListener('vite:preloadError', chunkFailed);
}

function readFlag(): boolean {
  try {
    return sessionStorage.getItem(RELOADED_KEY) !== null;
  } catch {
    return false;
  }
}

function writeFlag(): void {
  try {
    sessionStorage.setItem(RELOADED_KEY, new Date().toISOString());
  } catch {
    // Without sessionStorage every reload counts as a first one.
  }
}
