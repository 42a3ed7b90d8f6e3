/**
 * The catalogue of decisions and endings (src/model/catalogue.ts), read at build time from the ink
 * compiler's parsed story: the hierarchy of knots, lines, tags, choices and diverts as written in the
 * .ink files, so nothing reads inkjs's compiled format by hand. It reads the tags story/TAGS.md documents
 * (DATE, PLACE, DECISION, TITLE, ENDING on lines; HISTORICAL and PROTAGONIST on choices) and holds no
 * story rules.
 */
import type { ParsedObject } from 'inkjs/compiler/Parser/ParsedHierarchy/Object';
import type { Story as ParsedStory } from 'inkjs/compiler/Parser/ParsedHierarchy/Story';

import {
  type Catalogue,
  type DecisionChoice,
  type DecisionInfo,
  type EndingInfo,
  type Protagonist,
  PROTAGONISTS,
} from '../model/catalogue.ts';
import { splitTag } from '../narrative/tags.ts';

/** The parts of the parsed objects read here (typeName tells the kind; the classes are the compiler's). */
interface Node extends ParsedObject {
  text?: string;
  isStart?: boolean;
  isInline?: boolean;
  name?: string | null;
  condition?: unknown;
  startContent?: Node | null;
  choiceOnlyContent?: Node | null;
  targetContent?: Node | null;
}

/** A line as written: its text (several where an inline conditional varies it) and its tags. */
interface Line {
  kind: 'line';
  texts: string[];
  /** Tags as written; a tag with a computed value (`# DATE: {f()}`) has the value null. */
  tags: { key: string; value: string | null }[];
  weave: Node | null;
}

interface ChoiceItem {
  kind: 'choice';
  node: Node;
  text: string;
  tags: { key: string; value: string | null }[];
  conditional: boolean;
  weave: Node | null;
}

type Item = Line | ChoiceItem | { kind: 'gather'; weave: Node | null };

const children = (node: Node): Node[] => node.content;
const kind = (node: Node): string => node.typeName;

function weaveOf(node: Node): Node | null {
  for (let p = node.parent; p; p = p.parent) if (kind(p) === 'Weave') return p;
  return null;
}

/** True if a subtree writes a line break or offers a choice: a block, not an inline variation. */
function isBlock(node: Node): boolean {
  if (kind(node) === 'Choice' || (kind(node) === 'Text' && (node.text ?? '').includes('\n'))) return true;
  return children(node).some(isBlock);
}

/** The text an inline subtree prints, if it prints only text. */
function inlineText(node: Node): string {
  if (kind(node) === 'Text') return node.text ?? '';
  if (kind(node) === 'Tag') return '';
  return children(node).map(inlineText).join('');
}

/** Reads the lines and choices of a flow (a knot and its stitches) in the order they are written. */
class LineReader {
  readonly items: Item[] = [];
  private texts = [''];
  private tags: Line['tags'] = [];
  private tag: { text: string; computed: boolean } | null = null;
  private weave: Node | null = null;

  read(node: Node): Item[] {
    this.visit(node);
    this.endLine();
    return this.items;
  }

  private visit(node: Node): void {
    switch (kind(node)) {
      case 'Text':
        this.write(node, node.text ?? '');
        return;
      case 'Tag':
        if (node.isStart) this.tag = { text: '', computed: false };
        else this.endTag();
        return;
      case 'Choice':
        this.endLine();
        this.items.push(readChoice(node));
        return;
      case 'Gather':
        this.endLine();
        this.items.push({ kind: 'gather', weave: weaveOf(node) });
        break;
      case 'Conditional':
      case 'Sequence':
        if (!isBlock(node)) {
          this.vary(node);
          return;
        }
        break;
      case 'Knot':
      case 'Stitch':
      case 'Function':
      case 'Weave':
      case 'ContentList':
      case 'ConditionalSingleBranch':
        break;
      default:
        // Printed values, function calls, expressions: a computed part of a tag or of the text.
        if (this.tag) this.tag.computed = true;
        return;
    }
    for (const child of children(node)) this.visit(child);
  }

  private write(node: Node, text: string): void {
    if (this.tag) {
      this.tag.text += text;
      return;
    }
    const [first = '', ...rest] = text.split('\n');
    this.weave ??= weaveOf(node);
    this.texts = this.texts.map((t) => t + first);
    for (const piece of rest) {
      this.endLine();
      this.weave = weaveOf(node);
      this.texts = [piece];
    }
  }

  /** An inline conditional or sequence: one text per branch. */
  private vary(node: Node): void {
    if (this.tag) {
      this.tag.computed = true;
      return;
    }
    const branches = children(node).filter(
      (c) => kind(c) === 'ConditionalSingleBranch' || kind(c) === 'Weave',
    );
    const options = branches.map(inlineText);
    if (options.length === 0) return;
    this.weave ??= weaveOf(node);
    this.texts = this.texts.flatMap((t) => options.map((o) => t + o));
  }

  private endTag(): void {
    if (!this.tag) return;
    const { key, value } = splitTag(this.tag.text);
    this.tags.push({ key, value: this.tag.computed ? null : value });
    this.tag = null;
  }

  private endLine(): void {
    const texts = [...new Set(this.texts.map((t) => t.trim()))];
    if (texts.some((t) => t !== '') || this.tags.length > 0)
      this.items.push({ kind: 'line', texts, tags: this.tags, weave: this.weave });
    this.texts = [''];
    this.tags = [];
    this.weave = null;
  }
}

function readChoice(node: Node): ChoiceItem {
  // The choice's label is its start content and the part in brackets; its tags are written there too.
  const parts = [node.startContent, node.choiceOnlyContent].filter((p): p is Node => p != null);
  const lines = parts.flatMap((p) => new LineReader().read(p)).filter((i): i is Line => i.kind === 'line');
  return {
    kind: 'choice',
    node,
    text: lines
      .map((l) => l.texts[0] ?? '')
      .join('')
      .trim(),
    tags: lines.flatMap((l) => l.tags),
    conditional: node.condition != null,
    weave: weaveOf(node),
  };
}

const valueOf = (item: Line | ChoiceItem, key: string): string | null | undefined =>
  item.tags.find((t) => t.key === key)?.value;

/** "s7_socialism_in_one_country" → "Socialism in one country": a fallback when a decision has no TITLE. */
function titleFromId(id: string): string {
  const words = id.replace(/^[a-z]\d+_/, '').replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type Found<T> = Omit<T, 'protagonists'> & { flow: string };

/** The flow's decision: the line tagged DECISION and the choices that follow it in the same weave. */
function readDecision(flow: string, items: Item[]): Found<DecisionInfo> | null {
  let date: string | null = null;
  let place: string | null = null;
  for (const [at, item] of items.entries()) {
    if (item.kind !== 'line') continue;
    date = valueOf(item, 'DATE') ?? date;
    place = valueOf(item, 'PLACE') ?? place;
    const id = valueOf(item, 'DECISION');
    if (id == null) continue;
    const choices: DecisionChoice[] = [];
    for (const next of items.slice(at + 1)) {
      if (next.weave !== item.weave) continue;
      if (next.kind === 'gather' && choices.length > 0) break;
      if (next.kind !== 'choice') continue;
      choices.push({
        number: choices.length + 1,
        text: next.text,
        historical: next.tags.some((t) => t.key === 'HISTORICAL'),
        conditional: next.conditional,
      });
    }
    const title = valueOf(item, 'TITLE') ?? titleFromId(id);
    return { flow, id, date, place, title, choices };
  }
  return null;
}

/** The flow where a parsed object lives: its knot, or the function it is in. */
function flowOf(node: Node | null | undefined): string | null {
  for (let p = node ?? null; p; p = p.parent)
    if (kind(p) === 'Knot' || kind(p) === 'Function') return p.name ?? null;
  return null;
}

/** The flows a subtree diverts to, calls or tunnels into. */
function targets(node: Node, into = new Set<string>()): Set<string> {
  if (kind(node) === 'Divert') {
    const flow = flowOf(node.targetContent);
    if (flow !== null) into.add(flow);
  }
  for (const child of children(node)) targets(child, into);
  return into;
}

/** Where a choice leads: the flows diverted to by what follows it, up to the next choice or gather. */
function outcomeTargets(choice: Node): Set<string> {
  const into = new Set<string>();
  const siblings = children(choice.parent as Node);
  for (const next of siblings.slice(siblings.indexOf(choice) + 1)) {
    if (kind(next) === 'Choice' || kind(next) === 'Gather') break;
    targets(next, into);
  }
  return into;
}

export function catalogueOf(story: ParsedStory): Catalogue {
  const flows = new Map<string, Node>();
  for (const node of children(story))
    if ((kind(node) === 'Knot' || kind(node) === 'Function') && node.name) flows.set(node.name, node);

  const starts = new Map<Protagonist, Set<string>>();
  const decisions: Found<DecisionInfo>[] = [];
  const endings = new Map<string, Omit<EndingInfo, 'protagonists'> & { flows: Set<string> }>();
  for (const [flow, node] of flows) {
    const items = new LineReader().read(node);
    for (const item of items) {
      if (item.kind === 'choice') {
        const protagonist = PROTAGONISTS.find((p) => p === valueOf(item, 'PROTAGONIST'));
        if (protagonist) starts.set(protagonist, outcomeTargets(item.node));
      } else if (item.kind === 'line') {
        const id = valueOf(item, 'ENDING');
        if (id == null) continue;
        const ending = endings.get(id) ?? { id, titles: [], flows: new Set<string>() };
        endings.set(id, ending);
        ending.flows.add(flow);
        for (const title of item.texts)
          if (title !== '' && !ending.titles.includes(title)) ending.titles.push(title);
      }
    }
    const decision = readDecision(flow, items);
    if (decision) decisions.push(decision);
  }

  const leadsTo = new Map([...flows].map(([name, node]) => [name, targets(node)]));
  const reach = PROTAGONISTS.map((protagonist) => {
    const seen = new Set<string>();
    const queue = [...(starts.get(protagonist) ?? [])];
    for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
      if (seen.has(name) || !flows.has(name)) continue;
      seen.add(name);
      queue.push(...(leadsTo.get(name) ?? []));
    }
    return [protagonist, seen] as const;
  });
  const who = (flows: Iterable<string>): Protagonist[] =>
    reach.filter(([, seen]) => [...flows].some((f) => seen.has(f))).map(([p]) => p);
  return {
    decisions: decisions.map(({ flow, ...d }) => ({ ...d, protagonists: who([flow]) })),
    endings: [...endings.values()].map(({ flows: where, ...e }) => ({
      ...e,
      protagonists: who(where),
    })),
  };
}
