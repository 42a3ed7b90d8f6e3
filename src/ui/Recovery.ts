/**
 * The last line of defence: an unexpected error never leaves a blank page. It shows a calm screen that
 * offers to restore the last autosave (the save is taken at choice points, so it is never the broken
 * moment itself) or to copy a report for whoever looks after the game.
 */
import { h } from './dom.ts';

export interface RecoveryActions {
  restore: () => void;
  newGame: () => void;
}

/** Before the game has started (the story did not load), there is nothing to restore: offer a reload. */
export type StartFailure = 'start';

export function errorReport(error: unknown, context: Record<string, string> = {}): string {
  const detail =
    error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
  const lines = Object.entries(context).map(([k, v]) => `${k}: ${v}`);
  return [`The Empty Chair error report (${new Date().toISOString()})`, ...lines, '', detail].join('\n');
}

export function showRecovery(
  root: HTMLElement,
  report: string,
  actions: RecoveryActions | StartFailure,
): void {
  if (root.querySelector('[data-recovery]')) return;
  // A modal dialog (the saves) would leave the recovery screen inert behind it.
  for (const dialog of document.querySelectorAll('dialog[open]')) (dialog as HTMLDialogElement).close();
  const starting = actions === 'start';
  const restore = h(
    'button',
    { type: 'button', class: 'primary' },
    starting ? 'Reload the game' : 'Restore last autosave',
  );
  // The page behind is out of reach (no Tab, no clicks, no keys 1-9) while the screen is up.
  const behind = [...root.children].filter((el): el is HTMLElement => el instanceof HTMLElement);
  for (const el of behind) el.inert = true;
  const close = (): void => {
    holder.remove();
    for (const el of behind) el.inert = false;
  };
  restore.addEventListener('click', () => {
    close();
    if (starting) location.reload();
    else actions.restore();
  });
  const fresh = starting ? null : h('button', { type: 'button' }, 'Start a new game');
  // Every recovery screen can reload the page: it works even when the game's own state is what failed.
  const reload = starting ? null : h('button', { type: 'button' }, 'Reload the game');
  reload?.addEventListener('click', () => {
    location.reload();
  });
  fresh?.addEventListener('click', () => {
    close();
    if (!starting) actions.newGame();
  });
  const copy = h('button', { type: 'button' }, 'Copy error report');
  const status = h('p', { role: 'status' });
  copy.addEventListener('click', () => {
    navigator.clipboard.writeText(report).then(
      () => {
        status.textContent = 'The report is copied. Paste it into an email or a message.';
      },
      () => {
        status.textContent = 'Copying is not allowed here; select the report below and copy it by hand.';
        details.open = true;
      },
    );
  });
  const details = h(
    'details',
    {},
    h('summary', {}, 'Show the report'),
    h('pre', { class: 'report' }, report),
  );
  const panel = h(
    'section',
    { class: 'recovery', 'data-recovery': true, role: 'alertdialog', 'aria-labelledby': 'recovery-title' },
    h('h1', { id: 'recovery-title', tabindex: -1 }, 'Something went wrong'),
    h(
      'p',
      {},
      starting
        ? 'The game could not start: its story did not load. Your saved games are untouched. Check the ' +
            'connection, then reload.'
        : 'The game hit an unexpected problem. Your progress is saved at every choice, so nothing before your ' +
            'last choice is lost. If restoring does not help, reload the game.',
    ),
    h('div', { class: 'menu' }, restore, fresh, reload, copy),
    status,
    details,
  );
  // The page's own <main> is inert behind it, so the screen is the page's main content now.
  const holder = h('main', { class: 'recovery-holder' }, panel);
  root.prepend(holder);
  panel.querySelector('h1')?.focus();
}
