/**
 * The vote ahead, shown above the choices that lead to it: what kind of forum will vote and what it weighs,
 * in the story's words and numbers (story/meters_explained.ink, via the store's guide).
 */
import type { GameState } from '../core/gameState.ts';
import { forumGuide } from '../model/meterGuide.ts';
import { METERS } from '../model/meters.ts';
import { h } from './dom.ts';

export class ForumAhead {
  readonly element = h('aside', {
    class: 'forum-ahead',
    'aria-label': 'The vote ahead',
    'data-forum-ahead': '',
  });
  private shown: string | null = null;

  render(state: GameState): void {
    const forum = state.choices.length > 0 ? forumGuide(state.guide, state.forumAhead ?? undefined) : null;
    this.element.hidden = forum === null;
    const key = forum && state.guide ? forum.kind : null;
    if (key === this.shown) return;
    this.shown = key;
    if (!forum || !state.guide) {
      this.element.replaceChildren();
      return;
    }
    // The meters the forum counts, heaviest first; suspicion is a cost, told apart.
    const weighed = METERS.filter((m) => m.id !== 'suspicion' && forum.weights[m.id] > 0).sort(
      (a, b) => forum.weights[b.id] - forum.weights[a.id],
    );
    this.element.dataset.forumAhead = forum.kind;
    this.element.replaceChildren(
      h('h2', { class: 'forum-ahead-title' }, 'The vote ahead'),
      h('p', {}, forum.about),
      h(
        'ul',
        { class: 'forum-weights', 'aria-label': 'Of every 100 points of your standing there' },
        ...weighed.map((m) => {
          // Through the CSSOM, as the page's policy allows no style attributes.
          const bar = h('span', { class: 'forum-weight-bar', 'aria-hidden': 'true' });
          bar.style.width = `${String(forum.weights[m.id])}%`;
          return h(
            'li',
            { class: `forum-weight meter-${m.id}` },
            h('span', { class: 'forum-weight-label' }, m.label),
            h('span', { class: 'forum-weight-track' }, bar),
            h('span', { class: 'forum-weight-value' }, String(forum.weights[m.id])),
          );
        }),
      ),
      h(
        'p',
        { class: 'forum-weights-note' },
        'Of every 100 points of your standing there. ',
        state.guide.suspicion,
      ),
    );
  }
}
