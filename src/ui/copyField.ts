/** A read-only text field with a Copy button (a link or a code to pass on), and a status that says what happened. */
import { h } from './dom.ts';

export function copyField(value: string, label: string, buttonText = 'Copy link'): HTMLElement {
  const field = h('input', { type: 'text', readonly: true, value, 'aria-label': label });
  const copy = h('button', { type: 'button', class: 'btn btn-small' }, buttonText);
  const status = h('span', { class: 'copy-status', role: 'status' });
  copy.addEventListener('click', () => {
    field.select();
    navigator.clipboard.writeText(field.value).then(
      () => {
        status.textContent = 'Copied.';
      },
      () => {
        status.textContent = 'Select the text and copy it.';
      },
    );
  });
  return h('div', { class: 'share-row' }, field, copy, status);
}
