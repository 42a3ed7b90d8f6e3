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

export function errorReport(error: unknown, context: Record<string, string> = {}): string {
  const detail =
    error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
  const lines = Object.entries(context).map(([k, v]) => `${k}: ${v}`);
  return [`The Empty Chair error report (${new Date().toISOString()})`, ...lines, '', detail].join('\n');
}

export function showRecovery(root: HTMLElement, report: string, actions: RecoveryActions): void {
  if (root.querySelector('[data-recovery]')) return;
  const restore = h('button', { type: 'button', class: 'primary' }, 'Restore last autosave');
  restore.addEventListener('click', () => {
    panel.remove();
    actions.restore();
  });
  const fresh = h('button', { type: 'button' }, 'Start a new game');
  fresh.addEventListener('click', () => {
    panel.remove();
    actions.newGame();
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
      'The game hit an unexpected problem. Your progress is saved at every choice, so nothing before your last ' +
        'choice is lost.',
    ),
    h('div', { class: 'menu' }, restore, fresh, copy),
    status,
    details,
  );
  root.prepend(panel);
  panel.querySelector('h1')?.focus();
}
