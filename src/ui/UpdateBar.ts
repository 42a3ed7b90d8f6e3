/**
 * The quiet bar that says the game on the server is newer than this page: "A new version is ready", or,
 * when part of the page could not be loaded because a deploy replaced it, that a reload will fix it. It
 * is fixed to a corner and never takes focus, so it never moves the choices nor catches a key meant for
 * one: the player reloads when they choose (the run is saved at every choice).
 */
import { h } from './dom.ts';
import './update.css';

export type UpdateKind = 'ready' | 'stale';

const TEXT: Record<UpdateKind, { title: string; body: string }> = {
  ready: {
    title: 'A new version of the game is ready.',
    body: 'Reload when you like: your run is saved at every choice, so nothing is lost.',
  },
  stale: {
    title: 'The game has been updated since this page was opened.',
    body: 'Part of it could not be loaded. Reload to play the new version: your saves are kept.',
  },
};

/** What a screen that could not load its part says instead of the browser's message. */
export const STALE_PAGE =
  'the game has been updated since this page was opened: reload to get the new version';

/** A dynamic import that failed because its file is gone (a deploy replaced it) or could not be fetched. */
export function isChunkLoadError(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(text);
}

/** Shows the bar (once: a second call only makes a 'stale' bar of a 'ready' one). */
export function showUpdateBar(kind: UpdateKind, reload: () => void): void {
  const existing = document.querySelector<HTMLElement>('[data-update]');
  if (existing && (existing.dataset.update === kind || kind === 'ready')) return;
  existing?.remove();
  const text = TEXT[kind];
  const now = h('button', { type: 'button', class: 'primary' }, 'Reload now');
  now.addEventListener('click', () => {
    now.disabled = true;
    reload();
  });
  const later = h('button', { type: 'button' }, 'Later');
  const bar = h(
    'aside',
    { class: 'update-bar', role: 'status', 'aria-label': 'Game update', 'data-update': kind },
    h('p', { class: 'update-title' }, text.title),
    h('p', {}, text.body),
    h('div', { class: 'menu' }, now, kind === 'ready' ? later : null),
  );
  later.addEventListener('click', () => {
    bar.remove();
  });
  document.body.append(bar);
}
