/**
 * The explanations behind the story's words and numbers, each a popover: a codex term, the source of an
 * "In history" note (the claim as the revision notes the game began from put it, and what the record
 * shows), and the factor behind a meter's move.
 */
import { causeNote } from '../classroom/causes.ts';
import { type CodexEntry } from '../classroom/codex.ts';
import { type Fact, loadFacts, VERDICT_WORDS } from '../classroom/facts.ts';
import { h } from './dom.ts';
import { openPopover, popoverButton } from './popover.ts';

let openCodex: (() => void) | null = null;

/** Where "All terms" in a codex popover leads (the codex screen), set by the app. */
export function setCodexOpener(open: () => void): void {
  openCodex = open;
}

function codexBody(entry: CodexEntry): Node[] {
  const nodes: Node[] = [h('p', {}, entry.text)];
  if (openCodex) {
    const all = h('button', { type: 'button', class: 'btn btn-small' }, 'All terms in the codex');
    all.addEventListener('click', () => {
      all.closest('dialog')?.close();
      openCodex?.();
    });
    nodes.push(h('p', {}, all));
  }
  return nodes;
}

/** A term of the story, linked to its codex entry. */
export function codexLink(entry: CodexEntry, text: string): HTMLButtonElement {
  return popoverButton([text], { class: 'codex-term', 'data-codex': entry.id }, (button) => {
    openPopover(button, entry.term, codexBody(entry), 'codex');
  });
}

function factBody(fact: Fact): Node[] {
  return [
    // The game's facts were checked against a student's revision notes (FACTBASE): say whose claim it is.
    h('h3', { class: 'fact-head' }, 'A student’s revision notes said'),
    h('p', {}, fact.claim),
    h(
      'p',
      { class: `fact-verdict verdict-${fact.verdict.replace(' ', '-')}` },
      VERDICT_WORDS[fact.verdict],
      fact.debated ? ' Historians interpret or dispute it.' : '',
    ),
    h('h3', { class: 'fact-head' }, 'What the record shows'),
    h('p', {}, fact.correction),
    fact.sources.length > 0
      ? h('p', { class: 'fact-sources' }, `Checked against: ${fact.sources.join('; ')}.`)
      : h('span'),
  ];
}

async function factsBody(ids: readonly string[], before: Node[] = []): Promise<Node[]> {
  const facts = await loadFacts();
  return [
    ...before,
    ...ids.flatMap((id) => {
      const fact = facts.get(id);
      return fact ? [h('section', { class: 'fact' }, ...factBody(fact))] : [];
    }),
  ];
}

/** "Source" for an "In history" note: the checked facts it rests on. */
export function sourceButton(facts: readonly string[]): HTMLButtonElement {
  return popoverButton([facts.length > 1 ? 'Sources' : 'Source'], { class: 'source-link' }, (button) => {
    openPopover(button, 'Where this comes from', factsBody(facts), 'source');
  });
}

/** The factor behind a meter's move, in a student's words, with its source. */
export function causeButton(cause: string, fact: string): HTMLButtonElement {
  const note = causeNote(cause);
  return popoverButton([note.name], { class: 'cause-link', 'data-cause': cause }, (button) => {
    const intro = [h('p', {}, note.line)];
    openPopover(button, `Why it moved: ${note.name}`, fact ? factsBody([fact], intro) : intro, 'cause');
  });
}
