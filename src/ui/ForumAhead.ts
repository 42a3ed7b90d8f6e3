/**
 * The vote ahead, shown above the choices that lead to it: what kind of forum will vote and what it weighs,
 * in the story's words and numbers (story/meters_explained.ink, via the store's guide). Where only some of
 * the choices go to the vote (the others carry the story's NO_VOTE tag), it names the ones that do.
 */
import type { GameState } from '../core/gameState.ts';
import { comingForum, forumWeighs } from '../model/meterGuide.ts';
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
    const coming = comingForum(state.guide, state.forumAhead, state.choices);
    const forum = coming?.forum ?? null;
    const voting = coming?.voting ?? [];
    this.element.hidden = forum === null;
    const some = voting.length < state.choices.length;
    const key = forum && state.guide ? `${forum.kind} ${voting.map((c) => c.text).join('|')}` : null;
    if (key === this.shown) return;
    this.shown = key;
    if (!forum || !state.guide) {
      this.element.replaceChildren();
      return;
    }
    // The meters the forum counts, heaviest first; suspicion is a cost, told apart.
    const weighed = forumWeighs(forum).flatMap(({ id }) => METERS.filter((m) => m.id === id));
    this.element.dataset.forumAhead = forum.kind;
    const only = some
      ? h(
          'p',
          { class: 'forum-ahead-only' },
          voting.length === 1 ? 'Only if you choose ' : 'Only if you choose one of ',
          ...voting.flatMap((c, i) => [
            i === 0 ? '' : i === voting.length - 1 ? ' or ' : ', ',
            h('q', {}, c.text),
          ]),
          '.',
        )
      : null;
    this.element.replaceChildren(
      h('h2', { class: 'forum-ahead-title' }, 'The vote ahead'),
      ...(only ? [only] : []),
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
