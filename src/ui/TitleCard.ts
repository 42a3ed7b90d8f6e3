/**
 * Act title cards: the full-width card that opens an act in the transcript, and a brief poster band that
 * sweeps across the screen as the act begins. The band never takes focus or clicks, is hidden from
 * assistive technology (the transcript card says the same), and is skipped under reduced motion.
 */
import type { Entry } from '../core/gameState.ts';
import { h } from './dom.ts';

type ActEntry = Extract<Entry, { kind: 'act' }>;

/** "Act I — The Funeral and the Testament" → label "Act I", name "The Funeral and the Testament". */
export function splitActTitle(title: string): { label: string; name: string } {
  const match = /^(.+?)\s+[—–-]\s+(.+)$/.exec(title.trim());
  return match ? { label: match[1] ?? '', name: match[2] ?? '' } : { label: '', name: title.trim() };
}

function when(entry: ActEntry): HTMLElement | null {
  if (!entry.date && !entry.place) return null;
  return h(
    'p',
    { class: 'act-when' },
    entry.date ? h('span', { class: 'act-date' }, entry.date) : null,
    entry.place ? h('span', { class: 'act-place' }, entry.place) : null,
  );
}

/** The card in the transcript: read in order with the story, as the heading of the act. */
export function actCard(entry: ActEntry): HTMLElement {
  const { label, name } = splitActTitle(entry.title);
  return h(
    'section',
    { class: 'act-card', 'data-act': entry.title },
    label ? h('p', { class: 'act-label' }, label) : null,
    h('h2', { class: 'act-name' }, name),
    when(entry),
  );
}

const OVERLAY_MS = 3200;

export class ActOverlay {
  private current: HTMLElement | null = null;
  private timer = 0;

  /** Shows the band for a moment; does nothing when motion is reduced. */
  show(entry: ActEntry, reducedMotion: boolean): void {
    this.hide();
    if (reducedMotion) return;
    const { label, name } = splitActTitle(entry.title);
    const overlay = h(
      'div',
      { class: 'act-overlay', 'aria-hidden': 'true', 'data-act-overlay': entry.title },
      h(
        'div',
        { class: 'act-overlay-band' },
        label ? h('p', { class: 'act-label' }, label) : null,
        h('p', { class: 'act-name' }, name),
        when(entry),
      ),
    );
    overlay.addEventListener('animationend', (event) => {
      if (event.target === overlay) this.hide();
    });
    document.body.append(overlay);
    this.current = overlay;
    // A fallback in case the animation never runs (a background tab, an old browser).
    this.timer = window.setTimeout(() => {
      this.hide();
    }, OVERLAY_MS + 500);
  }

  hide(): void {
    window.clearTimeout(this.timer);
    this.current?.remove();
    this.current = null;
  }
}
