/**
 * The six meters as role="meter" elements: the accessible mirror of the table (DESIGN contract). While
 * the player chooses towards a vote, the meters that forum counts carry data-weighed ("most" or "some"),
 * marked as on the table's own panel (on a phone this bar is the table's meters).
 */
import type { GameState } from '../core/gameState.ts';
import { comingForum, forumWeighs } from '../model/meterGuide.ts';
import { causeLabel, isGoodShift, type MeterId, METERS } from '../model/meters.ts';
import { h } from './dom.ts';

export class MeterPanel {
  readonly element: HTMLElement;
  private readonly rows = new Map<
    MeterId,
    { meter: HTMLElement; fill: HTMLElement; value: HTMLElement; delta: HTMLElement }
  >();

  /** Says how support moved after each choice (a polite live region, read after the new text). */
  private readonly announcer = h('p', { class: 'visually-hidden', role: 'status', 'data-meter-news': true });

  /** `guide` opens the guide to the meters from the bar itself (on a phone the bar stays in view). */
  constructor(guide?: HTMLElement) {
    this.element = h('section', { class: 'meters', 'aria-label': 'Support for you' });
    this.element.append(h('h2', { class: 'meters-title' }, 'Support for you'), this.announcer);
    for (const m of METERS) {
      const fill = h('span', { class: 'meter-fill' });
      const value = h('span', { class: 'meter-value' }, '0');
      const delta = h('span', { class: 'meter-delta', 'aria-hidden': 'true' });
      const meter = h(
        'div',
        {
          class: `meter meter-${m.id}`,
          role: 'meter',
          'aria-label': m.label,
          'aria-valuemin': 0,
          'aria-valuemax': 100,
          'aria-valuenow': 0,
          title: m.about,
        },
        h('span', { class: 'meter-label' }, m.label),
        h('span', { class: 'meter-short', 'aria-hidden': 'true' }, m.short),
        h('span', { class: 'meter-track' }, fill),
        value,
        delta,
      );
      this.rows.set(m.id, { meter, fill, value, delta });
      this.element.append(meter);
    }
    if (guide) this.element.append(guide);
  }

  render(state: GameState, previous: GameState | null): void {
    this.element.hidden = state.protagonist === '';
    const forum = comingForum(state.guide, state.forumAhead, state.choices)?.forum;
    const weighs = forum ? forumWeighs(forum) : [];
    for (const [id, row] of this.rows) {
      const w = weighs.find((x) => x.id === id);
      if (w) row.meter.dataset.weighed = w.most ? 'most' : 'some';
      else delete row.meter.dataset.weighed;
    }
    for (const m of METERS) {
      const row = this.rows.get(m.id);
      if (!row) continue;
      const value = state.meters[m.id];
      row.meter.setAttribute('aria-valuenow', String(value));
      row.meter.setAttribute('aria-valuetext', `${String(value)} of 100`);
      row.fill.style.width = `${String(value)}%`;
      row.value.textContent = String(value);
    }
    if (previous && state.beat !== previous.beat) this.showDeltas(state);
  }

  private showDeltas(state: GameState): void {
    const totals = new Map<string, { delta: number; causes: string[] }>();
    for (const s of state.shifts) {
      const t = totals.get(s.meter) ?? { delta: 0, causes: [] };
      t.delta += s.delta;
      t.causes.push(causeLabel(s.cause));
      totals.set(s.meter, t);
    }
    this.announcer.textContent = meterNews(state, totals);
    for (const [id, row] of this.rows) {
      const t = totals.get(id);
      row.delta.textContent =
        t && t.delta !== 0 ? `${t.delta > 0 ? '+' : '−'}${String(Math.abs(t.delta))}` : '';
      const good = t !== undefined && isGoodShift(id, t.delta);
      row.delta.className = `meter-delta ${good ? 'good' : 'bad'}`;
      row.delta.title = t ? t.causes.join(', ') : '';
    }
  }
}

/** "Apparatus +8, now 56 (patronage). Suspicion +3, now 25 (personality)." — empty when nothing moved. */
function meterNews(state: GameState, totals: Map<string, { delta: number; causes: string[] }>): string {
  return METERS.flatMap((m) => {
    const t = totals.get(m.id);
    if (!t || t.delta === 0) return [];
    const sign = t.delta > 0 ? '+' : '−';
    const causes = [...new Set(t.causes)].join(', ');
    return [`${m.label} ${sign}${String(Math.abs(t.delta))}, now ${String(state.meters[m.id])} (${causes}).`];
  }).join(' ');
}
