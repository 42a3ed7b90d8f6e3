/**
 * Reads ink's compiled JSON (the runtime format, see inkle's ink_JSON_runtime_format.md) without running
 * it: the order of its content, its lines and tags, its choice points and its diverts. The What-if Lab
 * and the Endings gallery use it to list decisions and endings without playing thousands of runs.
 * Only the plain shapes this story uses are understood; anything else is reported, not guessed.
 */

/** A container is an array whose last element is null or an object of named sub-containers and flags. */
export type InkContainer = unknown[];

export interface Token {
  value: unknown;
  /** The container that holds the token directly. */
  container: InkContainer;
}

export interface CompiledStory {
  /** Top-level knots (and functions) by name, in source order. */
  knots: Map<string, InkContainer>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseCompiledStory(storyJson: string): CompiledStory {
  const data: unknown = JSON.parse(storyJson);
  const root: unknown = isRecord(data) ? data.root : undefined;
  if (!Array.isArray(root)) throw new Error('not a compiled ink story');
  const named: unknown = root[root.length - 1];
  const knots = new Map<string, InkContainer>();
  if (isRecord(named)) {
    for (const [name, content] of Object.entries(named)) if (Array.isArray(content)) knots.set(name, content);
  }
  return { knots };
}

/** Named sub-containers of a container (choice outcomes c-N, gathers g-N, branches b, stitches). */
export function namedContent(container: InkContainer): Record<string, InkContainer> {
  const last = container[container.length - 1];
  const result: Record<string, InkContainer> = {};
  if (isRecord(last))
    for (const [name, sub] of Object.entries(last)) if (Array.isArray(sub)) result[name] = sub;
  return result;
}

/** Every token of a container and its sub-containers, in source order (named ones after the flow). */
export function* tokens(container: InkContainer): Generator<Token> {
  for (let i = 0; i < container.length - 1; i++) {
    const value = container[i];
    if (Array.isArray(value)) yield* tokens(value);
    else yield { value, container };
  }
  for (const sub of Object.values(namedContent(container))) yield* tokens(sub);
}

/** A piece of output text ("^…" in the JSON), or undefined. */
export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith('^') ? value.slice(1) : undefined;
}

export interface ChoicePoint {
  text: string;
  tags: string[];
  /** ink's choice flags: 1 has a condition, 2 start content, 4 choice-only content, 8 invisible default, 16 once only. */
  flags: number;
  /** The relative path of the choice's outcome, e.g. ".^.c-0". */
  target: string;
  container: InkContainer;
}

export interface InkLine {
  /** The line's text pieces, with the container each came from (branches of a conditional differ). */
  pieces: { text: string; container: InkContainer }[];
  tags: string[];
  /** Tags whose text is computed at run time (their static part only). */
  dynamicTags: string[];
  /** Where the line ended. */
  container: InkContainer;
}

export type Item = { kind: 'line'; line: InkLine } | { kind: 'choice'; choice: ChoicePoint };

/**
 * The lines and choice points of a container, in source order. Text inside `ev … /ev` is code, not
 * output, except a choice's `str … /str` text; tags are `# … /#` (or the older `{"#": …}` form).
 */
export function* items(container: InkContainer): Generator<Item> {
  let line: InkLine = { pieces: [], tags: [], dynamicTags: [], container };
  let evaluating = 0;
  let inString = false;
  let inTag = false;
  let tagText = '';
  let tagDynamic = false;
  let choiceText: string | null = null;
  let choiceTags: string[] = [];
  let stringText = '';
  let stringTags: string[] = [];
  let stringOpensBlock = false;
  let previous: unknown = null;

  const endTag = (): void => {
    const tag = tagText.trim();
    if (inString) stringTags.push(tag);
    else if (tagDynamic) line.dynamicTags.push(tag);
    else line.tags.push(tag);
    inTag = false;
  };

  for (const { value, container: where } of tokens(container)) {
    const after = previous;
    previous = value;
    const text = textOf(value);
    if (inTag) {
      if (value === '/#') endTag();
      else if (text !== undefined) tagText += text;
      else if (value === 'ev') tagDynamic = true;
      continue;
    }
    if (value === '#') {
      inTag = true;
      tagText = '';
      tagDynamic = evaluating > 0 && !inString;
      continue;
    }
    if (isRecord(value) && typeof value['#'] === 'string') {
      (inString ? stringTags : line.tags).push(value['#'].trim());
      continue;
    }
    if (value === 'ev') evaluating++;
    else if (value === '/ev') evaluating = Math.max(0, evaluating - 1);
    else if (value === 'str') {
      inString = true;
      stringText = '';
      stringTags = [];
      stringOpensBlock = after === 'ev';
    } else if (value === '/str') {
      inString = false;
      // A choice's own text is the string that opens its evaluation block; others belong to conditions.
      if (stringOpensBlock) {
        choiceText = stringText;
        choiceTags = stringTags;
      }
    } else if (text !== undefined) {
      if (inString) stringText += text;
      else if (evaluating === 0) line.pieces.push({ text, container: where });
    } else if (value === '\n') {
      if (line.pieces.length > 0 || line.tags.length > 0 || line.dynamicTags.length > 0) {
        line.container = where;
        yield { kind: 'line', line };
      }
      line = { pieces: [], tags: [], dynamicTags: [], container };
      choiceText = null;
    } else if (isRecord(value) && typeof value['*'] === 'string') {
      const flags = typeof value.flg === 'number' ? value.flg : 0;
      yield {
        kind: 'choice',
        choice: {
          text: (flags & 4 ? (choiceText ?? '') : '').trim(),
          tags: choiceTags,
          flags,
          target: value['*'],
          container: where,
        },
      };
      choiceText = null;
      choiceTags = [];
    }
  }
}

/** Knots this container diverts to, calls or names as a divert target (absolute paths only). */
export function referencedKnots(container: InkContainer): Set<string> {
  const found = new Set<string>();
  for (const { value } of tokens(container)) {
    if (!isRecord(value) || value.var === true) continue;
    for (const key of ['->', 'f()', '->t->', '^->']) {
      const target = value[key];
      if (typeof target === 'string' && !target.startsWith('.')) found.add(target.split('.')[0] ?? '');
    }
  }
  return found;
}
