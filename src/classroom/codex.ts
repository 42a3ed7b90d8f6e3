/**
 * The codex: the bodies, ideas, events, places and people a student meets in the story, from
 * `story/codex.json`. The story's text links a term on its first use in a run; only the codex's own
 * entries are ever linked, so nothing is linked that the codex does not explain.
 */
import data from '../../story/codex.json';

export type CodexKind = 'body' | 'idea' | 'event' | 'place' | 'person';

export interface CodexEntry {
  id: string;
  term: string;
  kind: CodexKind;
  /** The words in the story that name it, exactly as written (case and all). */
  aliases: string[];
  text: string;
}

export const CODEX: readonly CodexEntry[] = data as CodexEntry[];

export const KIND_HEADINGS: Record<CodexKind, string> = {
  body: 'The party and the state',
  idea: 'Ideas, policies and groups',
  event: 'Events',
  place: 'Places',
  person: 'People',
};

export type Segment = string | { entry: CodexEntry; text: string };

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const byAlias = new Map<string, CodexEntry>();
for (const entry of CODEX) for (const alias of entry.aliases) byAlias.set(alias, entry);

// Longest aliases first, so "Central Control Commission" wins over "Control Commission", and "Congress of
// Soviets" over "Congress". Whole words only: "Trotsky" is not found inside "Trotskyism".
const pattern = new RegExp(
  `(?<![\\p{L}\\p{N}_])(${[...byAlias.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}\\p{N}_])`,
  'gu',
);

/**
 * Splits a passage into text and codex terms, linking each entry only the first time the run uses it:
 * `seen` holds the entries already linked, and is updated.
 */
export function linkTerms(text: string, seen: Set<string>): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const entry = byAlias.get(match[0]);
    if (!entry || seen.has(entry.id)) continue;
    seen.add(entry.id);
    if (match.index > last) segments.push(text.slice(last, match.index));
    segments.push({ entry, text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push(text.slice(last));
  return segments;
}

export function codexEntry(id: string): CodexEntry | undefined {
  return CODEX.find((e) => e.id === id);
}
