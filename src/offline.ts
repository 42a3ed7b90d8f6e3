/**
 * Registers the offline service worker (built into dist/sw.js), in production builds only: after the
 * first visit the whole game, Phaser and the story included, starts with no network. Registration waits
 * for the page to load, so it never competes with the first text; if it fails, the game plays online.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = (): void => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {
      // Not offline-ready (e.g. a private window that forbids workers); everything else still works.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
