/** The story so far: an aria-live region (DESIGN contract: data-transcript). */
import { linkTerms } from '../classroom/codex.ts';
import type { Entry } from '../core/gameState.ts';
import { isGoodShift, METERS, shiftWhat } from '../model/meters.ts';
import { h } from './dom.ts';
import { causeButton, codexLink, sourceButton } from './explain.ts';
import { actCard } from './TitleCard.ts';

/** A passage with its codex terms linked on their first use in the run (`seen` lists those linked). */
function withTerms(text: string, seen: Set<string>): (Node | string)[] {
  return linkTerms(text, seen).map((s) => (typeof s === 'string' ? s : codexLink(s.entry, s.text)));
}

function renderEntry(entry: Entry, previous: Entry | undefined, seen: Set<string>): HTMLElement | null {
  switch (entry.kind) {
    case 'act':
      return actCard(entry);
    case 'scene':
      return h(
        'h3',
        {
          class: 'scene-head',
          // The act's card already shows the date and place of its first scene.
          hidden: previous?.kind === 'act' && previous.date === entry.date && previous.place === entry.place,
        },
        entry.date ? h('span', { class: 'scene-date' }, entry.date) : null,
        entry.place ? h('span', { class: 'scene-place' }, entry.place) : null,
      );
    case 'text':
      return h(
        'p',
        { class: entry.speaker ? 'line speech' : 'line', 'data-speaker': entry.speaker ?? undefined },
        ...withTerms(entry.text, seen),
      );
    case 'note':
      return h(
        'aside',
        // A note, not a landmark: a run has many, and landmarks must be few and distinct.
        { class: 'history-note', role: 'note', 'aria-label': 'In history' },
        h(
          'p',
          {},
          ...withTerms(entry.text, seen),
          entry.facts.length > 0 ? ' ' : null,
          entry.facts.length > 0 ? sourceButton(entry.facts) : null,
        ),
      );
    case 'shift': {
      const { meter, delta, cause, fact } = entry.shift;
      // A shift that moved nothing (the meter was already at its limit) is not worth a line.
      if (delta === 0) return null;
      return h(
        'p',
        { class: `shift ${isGoodShift(meter, delta) ? 'good' : 'bad'}` },
        h(
          'span',
          { class: 'shift-what' },
          // A sentence a student reads, with the amount after it: "The Left backs you less (−3)."
          shiftWhat(meter, delta),
          h(
            'span',
            { class: 'visually-hidden' },
            isGoodShift(meter, delta) ? ' (helps you)' : ' (hurts you)',
          ),
          '.',
        ),
        h('span', { class: 'shift-cause' }, ' Why: ', causeButton(cause, fact), '.'),
        aboutMeter(meter, seen),
      );
    }
    case 'vote':
      return voteFigure(entry, 'vote');
    case 'content-note':
      return h('p', { class: 'content-note', role: 'note' }, entry.text);
    case 'choice':
      return h('p', { class: 'picked' }, entry.text);
    case 'ending':
      return h('p', { class: 'line ending-line' }, entry.text);
  }
}

/** A forum's vote: its tally in words ("12th Congress: For: 191. Against: 217.") over a bar of the ayes. */
export function voteFigure(entry: Extract<Entry, { kind: 'vote' }>, className: string): HTMLElement {
  const { forum, for: ayes, against } = entry.vote;
  const share = h('span', { class: 'vote-for' });
  share.style.width = `${String((100 * ayes) / Math.max(1, ayes + against))}%`;
  return h(
    'figure',
    { class: className },
    h('figcaption', {}, `${forum}: ${entry.text}`),
    h('div', { class: 'vote-bar', 'aria-hidden': 'true' }, share),
  );
}

/**
 * The first time a meter moves in a run, the line says what the meter is ("Meters explained" says the
 * rest, on demand): a student meets each of the six when it first matters.
 */
function aboutMeter(meter: string, seen: Set<string>): HTMLElement | null {
  const key = `meter:${meter}`;
  const m = METERS.find((x) => x.id === meter);
  if (!m || seen.has(key)) return null;
  seen.add(key);
  return h('span', { class: 'shift-about', 'data-meter-about': meter }, ` ${m.label}: ${m.about}.`);
}

export class Transcript {
  readonly element: HTMLElement;
  private rendered = 0;
  private shown: readonly Entry[] = [];
  /** The codex entries already linked in this run. */
  private seen = new Set<string>();

  constructor() {
    this.element = h('div', {
      class: 'transcript',
      'data-transcript': true,
      'aria-live': 'polite',
      'aria-relevant': 'additions',
    });
  }

  /** How many entries are on the page. */
  get count(): number {
    return this.rendered;
  }

  /** Appends new entries; returns the first new element so the view can scroll to it. */
  render(entries: readonly Entry[]): HTMLElement | null {
    // A different run (a new game, a loaded save) shares no entries with the one on screen: start over.
    const last = this.rendered - 1;
    if (entries.length < this.rendered || (last >= 0 && entries[last] !== this.shown[last])) {
      this.element.replaceChildren();
      this.rendered = 0;
      this.seen = new Set();
    }
    this.shown = entries;
    let first: HTMLElement | null = null;
    for (let i = this.rendered; i < entries.length; i++) {
      const entry = entries[i];
      if (!entry) continue;
      const el = renderEntry(entry, entries[i - 1], this.seen);
      if (!el) continue;
      first ??= el;
      this.element.append(el);
    }
    this.rendered = entries.length;
    return first;
  }
}
