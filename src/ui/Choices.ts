/**
 * The current choices as buttons, in order, picked by click or keys 1–9 (DESIGN contract: data-choices).
 * One decision per choice set (see decisionGate.ts): while input is ignored, the group carries
 * aria-disabled="true", so assistive technology and test drivers can wait for it to clear.
 */
import type { ChoiceOption } from '../core/gameState.ts';
import { DecisionGate } from './decisionGate.ts';
import { h } from './dom.ts';

export class Choices {
  readonly element: HTMLElement;
  private shown: readonly ChoiceOption[] | null = null;
  /** When the choices on screen were painted (input made before that picks something unseen). */
  private shownAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly onChoose: (position: number) => void,
    label = 'Your choices',
    private readonly gate = new DecisionGate(),
  ) {
    this.element = h('div', { class: 'choices', 'data-choices': true, role: 'group', 'aria-label': label });
    // A held Enter or Space on a focused choice repeats its click: only the first press counts.
    this.element.addEventListener('keydown', (event) => {
      if ((event.key === 'Enter' || event.key === ' ') && (event.repeat || !this.ready(event.timeStamp)))
        event.preventDefault();
    });
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
        button.addEventListener('click', (event) => {
          this.take(position, event.timeStamp);
        });
        return button;
      }),
    );
    this.element.hidden = choices.length === 0;
    // The new choices count as shown once the browser has painted them (two frames from now).
    this.shownAt = Number.POSITIVE_INFINITY;
    this.sync();
    requestAnimationFrame(() => {
      requestAnimationFrame(() => {
        if (this.shown !== choices) return;
        this.shownAt = performance.now();
        this.sync();
      });
    });
  }

  focusFirst(): void {
    this.element.querySelector('button')?.focus({ preventScroll: true });
  }

  /** Keys 1–9 pick the matching choice; returns true if the key was used (a repeat is used up, unchosen). */
  handleKey(event: KeyboardEvent): boolean {
    if (event.altKey || event.ctrlKey || event.metaKey || this.element.hidden || !this.element.isConnected)
      return false;
    // Not while typing (a save's name), nor while a dialog (the saves) or the recovery screen covers the story.
    if (typing(event.target) || this.element.closest('[inert]')) return false;
    if (document.querySelector('dialog[open]')) return false;
    if (!/^[1-9]$/.test(event.key)) return false;
    // A held key repeats: it chose once, on its first press, and never again.
    if (event.repeat) return true;
    const position = Number(event.key) - 1;
    if (!this.shown?.[position]) return false;
    this.take(position, event.timeStamp);
    return true;
  }

  /** Whether input made at `at` (an event's timeStamp) may choose. */
  private ready(at: number): boolean {
    return at >= this.shownAt && this.gate.remaining(at) === 0;
  }

  private take(position: number, at: number): void {
    if (!this.ready(at) || !this.gate.take(at)) return;
    const before = this.shown;
    this.sync();
    this.onChoose(position);
    // If the choice changed nothing on screen (it could not be taken), the same choices open again.
    if (this.shown === before) this.sync();
  }

  /** Marks the group busy while input is ignored, and clears it when input opens again. */
  private sync(): void {
    clearTimeout(this.timer);
    const now = performance.now();
    const painted = now >= this.shownAt;
    const wait = this.gate.remaining(now);
    if (painted && wait === 0) this.element.removeAttribute('aria-disabled');
    else this.element.setAttribute('aria-disabled', 'true');
    if (painted && wait > 0)
      this.timer = setTimeout(() => {
        this.sync();
      }, wait);
  }
}

/**
 * Whether a key pressed here is typed into a field. A radio button or a checkbox takes no digits, so
 * after choosing the run's length on the protagonist screen, 1 and 2 still choose the side.
 */
function typing(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['radio', 'checkbox', 'button', 'submit', 'reset'].includes(target.type)
  );
}
