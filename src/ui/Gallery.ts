/**
 * The Endings gallery: every ending of the story, those this browser has reached with when and as whom,
 * the others locked (title hidden, with who can reach them). The list of endings comes from the
 * compiled story; what was reached comes from the EndingsStore.
 */
import './lab.css';

import type { EndingRecord, EndingsStore } from '../persistence/EndingsStore.ts';
import type { Catalogue, EndingInfo } from '../model/catalogue.ts';
import { whoHoldsPower } from '../classroom/endings.ts';
import { h } from './dom.ts';
import { loadCatalogue } from './labRunner.ts';

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const asLabel = (title: string): string => title.replace(/\.$/, '');
const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${String(n)} times`);

function who(protagonists: readonly string[]): string {
  if (protagonists.length === 0) return 'No side can reach it in this version of the story.';
  if (protagonists.length === 1) return `Reachable only as ${protagonists[0] ?? ''}.`;
  return `Reachable as ${protagonists.slice(0, -1).join(', ')} or ${protagonists.at(-1) ?? ''}.`;
}

function reachedCard(number: number, id: string, records: EndingRecord[]): HTMLElement {
  const titles = [...new Set(records.map((r) => asLabel(r.title)).filter((t) => t !== ''))];
  return h(
    'li',
    { class: 'ending-card reached', 'data-ending-card': id, 'data-reached': 'true' },
    h('span', { class: 'ending-number', 'aria-hidden': 'true' }, String(number)),
    h('h2', { class: 'ending-title' }, titles.join(' / ') || id),
    h('p', { class: 'ending-power' }, whoHoldsPower(id, titles.length === 1 ? titles[0] : null)),
    h(
      'ul',
      { class: 'ending-reached' },
      ...records.map((r) =>
        h(
          'li',
          {},
          `Reached as ${r.protagonist} on ${day.format(new Date(r.firstReached))}` +
            (r.times > 1
              ? `, ${times(r.times)} in all (last on ${day.format(new Date(r.lastReached))})`
              : ''),
        ),
      ),
    ),
  );
}

function lockedCard(number: number, ending: EndingInfo): HTMLElement {
  const silhouette = h('span', { class: 'silhouette', 'aria-hidden': 'true' });
  // As long as the hidden title, so the card hints at it without telling.
  silhouette.style.width = `${String(Math.min(16, Math.max(5, (ending.titles[0] ?? '').length * 0.62)))}em`;
  return h(
    'li',
    { class: 'ending-card locked', 'data-ending-card': ending.id, 'data-reached': 'false' },
    h('span', { class: 'ending-number', 'aria-hidden': 'true' }, String(number)),
    h('h2', { class: 'ending-title' }, h('span', { class: 'visually-hidden' }, 'Locked ending'), silhouette),
    h('p', { class: 'ending-lock' }, 'Not reached yet. ', who(ending.protagonists)),
  );
}

export const Gallery = {
  async build(store: EndingsStore): Promise<HTMLElement> {
    const { records, problem } = store.read();
    let catalogue: Catalogue | null = null;
    let catalogueError = '';
    try {
      catalogue = await loadCatalogue();
    } catch (error) {
      catalogueError = error instanceof Error ? error.message : String(error);
    }
    const byId = new Map<string, EndingRecord[]>();
    for (const r of records) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
    const endings = catalogue?.endings ?? [];
    const known = new Set(endings.map((e) => e.id));
    const cards = endings.map((ending, i) => {
      const reached = byId.get(ending.id);
      return reached ? reachedCard(i + 1, ending.id, reached) : lockedCard(i + 1, ending);
    });
    // Endings reached in an older version of the story are still shown: nothing reached is forgotten.
    for (const [id, reached] of byId)
      if (!known.has(id)) cards.push(reachedCard(cards.length + 1, id, reached));
    const reachedCount = endings.filter((e) => byId.has(e.id)).length;

    const notices: HTMLElement[] = [];
    if (problem)
      notices.push(
        h(
          'p',
          { class: 'notice warning', role: 'status' },
          `Some of the endings this browser remembered could not be read: ${problem.reason}. ` +
            (problem.keptAs
              ? 'The stored data has been kept aside, not deleted.'
              : 'It has been left untouched, and no new endings will be recorded over it.'),
        ),
      );
    if (!store.enabled && !problem)
      notices.push(
        h(
          'p',
          { class: 'notice', role: 'status' },
          'This browser does not let the game store data, so the gallery cannot remember the endings you reach.',
        ),
      );
    if (catalogueError !== '')
      notices.push(
        h(
          'p',
          { class: 'notice warning', role: 'status' },
          `The list of all endings could not be read (${catalogueError}); only those you reached are shown.`,
        ),
      );
    return h(
      'div',
      { class: 'gallery' },
      ...notices,
      h(
        'p',
        { class: 'gallery-summary' },
        catalogue
          ? `You have reached ${String(reachedCount)} of the ${String(endings.length)} endings in this browser.`
          : `You have reached ${String(byId.size)} endings in this browser.`,
        ' Each side can reach only some of them: play the other side, or make the choices history did not.',
      ),
      h('ul', { class: 'ending-cards' }, ...cards),
    );
  },
};
