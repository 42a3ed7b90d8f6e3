/**
 * The codex as a screen of its own: every term, body, event, place and person the story links, grouped,
 * with a filter for finding one quickly. The teacher's guide prints the same entries.
 */
import { CODEX, type CodexEntry, type CodexKind, KIND_HEADINGS } from '../classroom/codex.ts';
import { h } from './dom.ts';

const ORDER: CodexKind[] = ['body', 'idea', 'event', 'place', 'person'];

/** The entries as definition lists under their headings (also used by the guide's print). */
export function codexLists(headingLevel: 'h2' | 'h3' = 'h2'): HTMLElement[] {
  return ORDER.map((kind) => {
    const entries = CODEX.filter((e) => e.kind === kind).sort((a, b) =>
      kind === 'person' ? 0 : a.term.localeCompare(b.term),
    );
    return h(
      'section',
      { class: 'codex-group', 'data-codex-group': kind },
      h(headingLevel, {}, KIND_HEADINGS[kind]),
      h('dl', { class: 'codex-list' }, ...entries.flatMap(entryItems)),
    );
  });
}

function entryItems(entry: CodexEntry): HTMLElement[] {
  return [
    h('dt', { id: `codex-${entry.id}`, 'data-codex-entry': entry.id }, entry.term),
    h('dd', { 'data-codex-text': entry.id }, entry.text),
  ];
}

export function codexScreen(): HTMLElement {
  const filter = h('input', {
    type: 'search',
    class: 'codex-filter',
    'aria-label': 'Find a term',
    placeholder: 'Find a term…',
  });
  const count = h('p', { class: 'codex-count', role: 'status' });
  const lists = codexLists();
  filter.addEventListener('input', () => {
    const q = filter.value.trim().toLowerCase();
    let shown = 0;
    for (const dt of lists.flatMap((l) => [...l.querySelectorAll('dt')])) {
      const dd = dt.nextElementSibling as HTMLElement | null;
      const match = q === '' || `${dt.textContent} ${dd?.textContent ?? ''}`.toLowerCase().includes(q);
      dt.hidden = !match;
      if (dd) dd.hidden = !match;
      if (match) shown++;
    }
    for (const list of lists) list.hidden = list.querySelector('dt:not([hidden])') === null;
    count.textContent = q === '' ? '' : `${String(shown)} of ${String(CODEX.length)} entries`;
  });
  return h(
    'div',
    { class: 'codex-page classroom-page' },
    h(
      'p',
      { class: 'lede' },
      'The words, bodies and people of the struggle. In the story, a dotted underline marks a word the codex ' +
        'explains, the first time it appears in your run.',
    ),
    h('div', { class: 'codex-find' }, filter, count),
    ...lists,
  );
}
