/**
 * One small dialog for the page's explanations (a codex term, a source, a factor): opened from a
 * button, it takes focus, closes on Escape, on its Close button or a click outside, and gives focus
 * back to the button that opened it. A modal <dialog>, so keyboard and screen-reader users stay in it
 * while it is open, and the story's keys 1–9 wait (App ignores them while a dialog is open).
 */
import { h } from './dom.ts';

type Content = Node | string;

let dialog: HTMLDialogElement | null = null;
let heading: HTMLElement;
let body: HTMLElement;
let opener: HTMLElement | null = null;

function create(): HTMLDialogElement {
  heading = h('h2', { class: 'popover-title', id: 'popover-title', tabindex: -1 });
  body = h('div', { class: 'popover-body' });
  const close = h('button', { type: 'button', class: 'btn btn-small popover-close' }, 'Close');
  const el = h(
    'dialog',
    { class: 'popover', 'aria-labelledby': 'popover-title', 'data-popover': '' },
    h('div', { class: 'popover-head' }, heading, close),
    body,
  );
  close.addEventListener('click', () => {
    el.close();
  });
  // A click on the backdrop lands on the dialog element itself, outside its box.
  el.addEventListener('click', (event) => {
    if (event.target !== el) return;
    const box = el.getBoundingClientRect();
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    if (!inside) el.close();
  });
  el.addEventListener('close', () => {
    opener?.setAttribute('aria-expanded', 'false');
    if (opener?.isConnected) opener.focus({ preventScroll: true });
    opener = null;
  });
  document.body.append(el);
  return el;
}

/** Opens the popover from `from` with a title and content (which may still be loading). */
export function openPopover(
  from: HTMLElement,
  title: string,
  content: Content[] | Promise<Content[]>,
  kind = '',
): void {
  dialog ??= create();
  if (dialog.open) dialog.close();
  opener = from;
  from.setAttribute('aria-expanded', 'true');
  dialog.dataset.popover = kind;
  heading.textContent = title;
  if (Array.isArray(content)) body.replaceChildren(...content);
  else {
    body.replaceChildren(h('p', { class: 'working' }, 'Loading…'));
    const shown = opener;
    content.then(
      (nodes) => {
        if (opener === shown) body.replaceChildren(...nodes);
      },
      (error: unknown) => {
        if (opener === shown)
          body.replaceChildren(
            h(
              'p',
              {},
              `This could not be loaded: ${error instanceof Error ? error.message : String(error)}.`,
            ),
          );
      },
    );
  }
  dialog.showModal();
  heading.focus();
}

/** A button that opens a popover: it says it does (aria-haspopup) and whether it is open. */
export function popoverButton(
  label: Content[],
  attrs: Record<string, string | boolean>,
  open: (button: HTMLButtonElement) => void,
): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', 'aria-haspopup': 'dialog', 'aria-expanded': 'false', ...attrs },
    ...label,
  );
  button.addEventListener('click', (event) => {
    // Inside a story choice or a row, the popover is the only thing a click does.
    event.stopPropagation();
    open(button);
  });
  return button;
}
