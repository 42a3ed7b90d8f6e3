/**
 * What the story offers, read from the compiled story without playing it: each protagonist's decisions
 * (id, date, title, choices, which one history took) and the endings (id, title, who can reach them).
 * The What-if Lab lists these to pin; the Endings gallery shows them. ink owns all of it: this module
 * only reads the documented tags (story/TAGS.md).
 */
import { splitTag as parseTag } from '../narrative/tags.ts';
import {
  type ChoicePoint,
  type CompiledStory,
  type InkContainer,
  type InkLine,
  items,
  namedContent,
  parseCompiledStory,
  referencedKnots,
} from './inkJson.ts';
import type { Protagonist } from './whatIf.ts';

export const PROTAGONISTS: readonly Protagonist[] = ['Trotsky', 'Stalin'];

export interface DecisionChoice {
  /** As the player sees it, counting from 1 (what a pin names). */
  number: number;
  text: string;
  historical: boolean;
  /** Offered only when the story's condition holds, so not in every history. */
  conditional: boolean;
}

export interface DecisionInfo {
  id: string;
  protagonists: Protagonist[];
  date: string | null;
  place: string | null;
  title: string;
  choices: DecisionChoice[];
}

export interface EndingInfo {
  id: string;
  /** The title line(s): some endings are titled by how the run got there. */
  titles: string[];
  protagonists: Protagonist[];
}

export interface Catalogue {
  /** In story order: prologue to act 3, Trotsky's then Stalin's within each part. */
  decisions: DecisionInfo[];
  endings: EndingInfo[];
}

const tagsOf = (line: InkLine) => line.tags.map(parseTag);
const valueOf = (line: InkLine, key: string): string | undefined =>
  tagsOf(line).find((t) => t.key === key)?.value;

/** "s7_socialism_in_one_country" → "Socialism in one country": a fallback when a decision has no TITLE. */
function titleFromId(id: string): string {
  const words = id.replace(/^[a-z]\d+_/, '').replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The knot's decision, if it has one; every choice point is also shown to `onChoice`. */
function readDecision(
  knot: InkContainer,
  onChoice: (choice: ChoicePoint) => void,
): Omit<DecisionInfo, 'protagonists'> | null {
  let date: string | null = null;
  let place: string | null = null;
  let decision: Omit<DecisionInfo, 'protagonists'> | null = null;
  let decisionContainer: InkContainer | null = null;
  for (const item of items(knot)) {
    if (item.kind === 'choice') {
      onChoice(item.choice);
      if (decision !== null && item.choice.container === decisionContainer)
        decision.choices.push(toChoice(item.choice, decision.choices.length + 1));
    } else if (decision === null) {
      date = valueOf(item.line, 'DATE') ?? date;
      place = valueOf(item.line, 'PLACE') ?? place;
      const id = valueOf(item.line, 'DECISION');
      if (id === undefined) continue;
      const title = valueOf(item.line, 'TITLE');
      decision = { id, date, place, title: title ?? titleFromId(id), choices: [] };
      decisionContainer = item.line.container;
    }
  }
  return decision;
}

function toChoice(choice: ChoicePoint, number: number): DecisionChoice {
  return {
    number,
    text: choice.text,
    historical: choice.tags.some((t) => parseTag(t).key === 'HISTORICAL'),
    conditional: (choice.flags & 1) !== 0,
  };
}

function readEnding(knot: InkContainer): { id: string; titles: string[] } | null {
  let id: string | null = null;
  const titles: string[] = [];
  for (const item of items(knot)) {
    if (item.kind !== 'line') continue;
    const ending = valueOf(item.line, 'ENDING');
    if (ending === undefined) continue;
    id ??= ending;
    // A title that varies is written as a conditional: one piece of text per branch container.
    const byContainer = new Map<InkContainer, string>();
    for (const piece of item.line.pieces)
      byContainer.set(piece.container, (byContainer.get(piece.container) ?? '') + piece.text);
    for (const text of byContainer.values()) {
      const title = text.trim();
      if (title !== '' && !titles.includes(title)) titles.push(title);
    }
  }
  return id === null ? null : { id, titles };
}

/** Where the choice tagged PROTAGONIST: <name> leads: the knots its outcome diverts to. */
function protagonistStart(item: ChoicePoint): Set<string> {
  const m = /^\.\^\.([\w-]+)$/.exec(item.target);
  const outcome = m?.[1] === undefined ? undefined : namedContent(item.container)[m[1]];
  if (!outcome) throw new Error(`cannot follow the protagonist choice (${item.target})`);
  return referencedKnots(outcome);
}

/** Every knot reachable from the start knots by diverts, tunnels and calls. */
function reachable(story: CompiledStory, start: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    const knot = story.knots.get(name);
    if (seen.has(name) || !knot) continue;
    seen.add(name);
    queue.push(...referencedKnots(knot));
  }
  return seen;
}

export function buildCatalogue(storyJson: string): Catalogue {
  const story = parseCompiledStory(storyJson);
  const starts = new Map<Protagonist, Set<string>>();
  const decisions: (Omit<DecisionInfo, 'protagonists'> & { knot: string })[] = [];
  const endings: (Omit<EndingInfo, 'protagonists'> & { knot: string })[] = [];
  for (const [name, knot] of story.knots) {
    const decision = readDecision(knot, (choice) => {
      const who = choice.tags.map(parseTag).find((t) => t.key === 'PROTAGONIST')?.value;
      const protagonist = PROTAGONISTS.find((p) => p === who);
      if (protagonist) starts.set(protagonist, protagonistStart(choice));
    });
    if (decision) decisions.push({ ...decision, knot: name });
    const ending = name.startsWith('ending_') ? readEnding(knot) : null;
    if (ending) endings.push({ ...ending, knot: name });
  }
  const reach = PROTAGONISTS.map((p) => [p, reachable(story, starts.get(p) ?? [])] as const);
  const who = (knot: string): Protagonist[] => reach.filter(([, knots]) => knots.has(knot)).map(([p]) => p);
  return {
    decisions: decisions.map(({ knot, ...d }) => ({ ...d, protagonists: who(knot) })),
    endings: endings.map(({ knot, ...e }) => ({ ...e, protagonists: who(knot) })),
  };
}

// Reading a story takes a few milliseconds; the Lab and the gallery ask often.
const cache = new Map<string, Catalogue>();

export function storyCatalogue(storyJson: string): Catalogue {
  let catalogue = cache.get(storyJson);
  if (!catalogue) {
    catalogue = buildCatalogue(storyJson);
    cache.set(storyJson, catalogue);
  }
  return catalogue;
}

export function decisionsOf(catalogue: Catalogue, protagonist: Protagonist): DecisionInfo[] {
  return catalogue.decisions.filter((d) => d.protagonists.includes(protagonist));
}
