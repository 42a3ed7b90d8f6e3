/** The current choices as buttons, in order, picked by click or keys 1–9 (DESIGN contract: data-choices). */
import type { ChoiceOption } from '../core/gameState.ts';
import { h } from './dom.ts';

export class Choices {
  readonly element: HTMLElement;
  private shown: readonly ChoiceOption[] | null = null;

  constructor(
    private readonly onChoose: (position: number) => void,
    label = 'Your choices',
  ) {
    this.element = h('div', { class: 'choices', 'data-choices': true, role: 'group', 'aria-label': label });
  }

  render(choices: readonly ChoiceOption[]): void {
    // Redraws of the same choices keep the same buttons, so keyboard focus is not lost.
    if (choices === this.shown) return;
    this.shown = choices;
    this.element.replaceChildren(
      ...choices.map((choice, position) => {
        const key = position < 9 ? String(position + 1) : '';
        const button = h(
          'button',
          { type: 'button', class: 'choice', 'aria-keyshortcuts': key || undefined },
          key ? h('span', { class: 'choice-key', 'aria-hidden': 'true' }, key) : null,
          h('span', { class: 'choice-text' }, choice.text),
        );
        button.addEventListener('click', () => {
          this.onChoose(position);
        });
        return button;
      }),
    );
    this.element.hidden = choices.length === 0;
  }

  focusFirst(): void {
    this.element.querySelector('button')?.focus({ preventScroll: true });
  }

  /** Keys 1–9 pick the matching choice; returns true if the key was used. */
  handleKey(event: KeyboardEvent): boolean {
    if (event.altKey || event.ctrlKey || event.metaKey || this.element.hidden || !this.element.isConnected)
      return false;
    // Not while typing (a save's name), nor while a dialog (the saves) or the recovery screen covers the story.
    if (event.target instanceof HTMLInputElement || this.element.closest('[inert]')) return false;
    if (document.querySelector('dialog[open]')) return false;
    if (!/^[1-9]$/.test(event.key)) return false;
    const button = this.element.querySelectorAll('button')[Number(event.key) - 1];
    if (!button) return false;
    button.click();
    return true;
  }
}
