/**
 * The only module that imports inkjs. It wraps a Story (never subclasses it, as inkle advises) and gives
 * the rest of the game plain, serialisable beats and variable values.
 */
import { InkList } from 'inkjs/engine/InkList';
import { Story } from 'inkjs/engine/Story';

import { type ChoiceTags, type LineTags, readChoiceTags, readLineTags } from './tags.ts';

/** A line of the story with its tags read (story/TAGS.md). */
export interface Line extends LineTags {
  text: string;
  /**
   * The Politburo's full members, on the line at which they changed (the change ran in the story's logic
   * just before the line's text), so that a record dates a fall by its scene, not by the end of its beat.
   */
  members?: string[];
}

export interface ChoiceView extends ChoiceTags {
  /** Index into the story's current choices. */
  index: number;
  text: string;
}

/** Everything the story says between two choice points, as typed events. */
export interface Beat {
  lines: Line[];
  choices: ChoiceView[];
  /** True when the story has ended (no choices and nothing more to say). */
  ended: boolean;
}

export type InkValue = number | string | boolean | string[];

/** Variables the host mirrors: the six meters and the state of the table. */
export const OBSERVED_VARIABLES = [
  'apparatus',
  'left',
  'right',
  'army',
  'mantle',
  'suspicion',
  'protagonist',
  'politburo',
  'candidates',
  'lenin_dead',
  'general_secretary',
  'allied',
  'wavering',
  'hostile',
  'first_table',
  'forum_ahead',
  'forum_turn',
] as const;
export type ObservedVariable = (typeof OBSERVED_VARIABLES)[number];

export type VariableListener = (name: ObservedVariable, value: InkValue) => void;

/** Guards against a story that loops forever without offering a choice. */
const MAX_LINES_PER_BEAT = 2000;

/**
 * Parsing a compiled story takes a noticeable while (hundreds of milliseconds on a slow machine). Its
 * content is never changed by playing it (every run's changes live in the story's state), so runners of
 * the same story share the parsed content, as inkle's compiler does when it hands its content to a Story.
 */
type Content = Story['mainContentContainer'];
type Lists = NonNullable<Story['listDefinitions']>['lists'];
const parsedContent = new Map<string, { content: Content; lists: Lists | null }>();

function storyOf(storyJson: string): Story {
  const known = parsedContent.get(storyJson);
  if (known) {
    const story = new Story(known.content, known.lists);
    story.ResetState();
    return story;
  }
  const story = new Story(storyJson);
  parsedContent.set(storyJson, {
    content: story.mainContentContainer,
    lists: story.listDefinitions?.lists ?? null,
  });
  return story;
}

function toValue(raw: unknown): InkValue {
  if (raw instanceof InkList) return raw.orderedItems.map((item) => item.Key.itemName ?? '');
  if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  return String(raw);
}

/** The error with which a runner in skipLookahead mode refuses a line it cannot end early. */
export function isSkipLookaheadError(error: unknown): boolean {
  return error instanceof Error && error.name === 'SkipLookaheadError';
}

export interface RunnerOptions {
  /**
   * A line ends at its newline without inkjs running ahead to check for glue (the simulation mode of
   * patches/inkjs+2.4.0.patch): several times faster, and exact unless the story prints glue or text
   * across a line's end, where continue() throws a SkipLookaheadError.
   */
  skipLookahead?: boolean;
  /**
   * Sets ink's `simulating` at every reset: the story then skips what only a table and a run's record
   * read (SHIFT, MOTION and BALLOT tags; `allied`, `wavering`, `hostile`; a vote's tally line), and
   * continue() gives only what a simulation reads: the lines that have tags, with their text only at the
   * ending's title, where it stops (the epilogue decides nothing). For the What-if Lab's
   * histories, never for a recorded run: every recorded run (live, shared, replayed) records the same.
   */
  simulating?: boolean;
}

export class InkRunner {
  private readonly story: Story;
  private readonly errors: string[] = [];

  constructor(
    storyJson: string,
    listener?: VariableListener,
    private readonly options: RunnerOptions = {},
  ) {
    this.story = storyOf(storyJson);
    this.story.skipLookahead = options.skipLookahead ?? false;
    // With a handler, inkjs reports instead of throwing; we collect and rethrow with context.
    this.story.onError = (message: string) => {
      this.errors.push(message);
    };
    if (listener) {
      for (const name of OBSERVED_VARIABLES) {
        this.story.ObserveVariable(name, (_n: string, value: unknown) => {
          listener(name, toValue(value));
        });
      }
    }
  }

  /** Back to the start of the story with a new seed, reusing the parsed story (cheap, unlike a new runner). */
  reset(seed: number): void {
    this.story.ResetState();
    this.errors.length = 0;
    this.seed = seed;
    this.simulate();
  }

  /** Sets ink's `simulating` on a simulating runner (a story without the flag simply builds its tags). */
  private simulate(): void {
    if (this.options.simulating && this.story.variablesState.$('simulating') !== null)
      this.story.variablesState.$('simulating', true);
  }

  /** Seeds ink's RANDOM so that a run can be replayed exactly from its seed and choices. */
  set seed(seed: number) {
    this.story.state.storySeed = seed;
  }

  get seed(): number {
    return this.story.state.storySeed;
  }

  /** Runs the story up to the next choice point (or the end) and returns what it said. */
  continue(): Beat {
    if (this.options.simulating) return this.continueSimulating();
    const lines: Line[] = [];
    let politburo: unknown = this.story.variablesState.$('politburo');
    let moved = false;
    while (this.story.canContinue) {
      const text = (this.story.Continue() ?? '').trim();
      this.throwErrors();
      const tags = this.story.currentTags ?? [];
      // Assigning a list makes a new one: a new object is a change (or, rarely, the same members again).
      const now: unknown = this.story.variablesState.$('politburo');
      if (now !== politburo) moved = true;
      politburo = now;
      // Blank lines carry tags only (global tags, meter shifts); keep those, drop the rest.
      if (text !== '' || tags.length > 0) {
        const line: Line = { ...readLineTags(tags), text };
        if (moved) line.members = toValue(politburo) as string[];
        moved = false;
        lines.push(line);
      }
      if (lines.length > MAX_LINES_PER_BEAT)
        throw new Error('ink story produced too many lines without a choice');
    }
    return this.beatOf(lines);
  }

  /**
   * continue() for a simulated history, which reads only tags and the ending's title: the lines with
   * tags, without their text (inkjs is not even asked to build it: ContinueAsync(0) is Continue() without
   * it) and without the falls (the look at the Politburo after every line); at the ending's title line,
   * with its text, the history is over (the epilogue and the discussion questions decide nothing).
   */
  private continueSimulating(): Beat {
    const lines: Line[] = [];
    for (let read = 0; this.story.canContinue; read++) {
      if (read > MAX_LINES_PER_BEAT) throw new Error('ink story produced too many lines without a choice');
      this.story.ContinueAsync(0);
      this.throwErrors();
      const tags = this.story.currentTags;
      if (!tags || tags.length === 0) continue;
      const line: Line = Object.assign(readLineTags(tags), { text: '' });
      lines.push(line);
      if (line.ending !== undefined) {
        line.text = this.story.currentText?.trim() ?? '';
        return { lines, choices: [], ended: true };
      }
    }
    return this.beatOf(lines);
  }

  private beatOf(lines: Line[]): Beat {
    const choices = this.currentChoices();
    return { lines, choices, ended: choices.length === 0 };
  }

  /** The choices offered now (after continue(), or after loadState() of a state taken at a choice point). */
  currentChoices(): ChoiceView[] {
    // Completed in place rather than spread into a new object: a simulated history reads choices at
    // every decision, and the spread was a few per cent of its time.
    return this.story.currentChoices.map((c) =>
      Object.assign(readChoiceTags(c.tags ?? []), { index: c.index, text: c.text }),
    );
  }

  choose(index: number): void {
    const count = this.story.currentChoices.length;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new RangeError(`choice ${String(index)} is not one of the ${String(count)} choices offered`);
    }
    this.story.ChooseChoiceIndex(index);
    this.throwErrors();
  }

  get choiceCount(): number {
    return this.story.currentChoices.length;
  }

  /** The whole ink state as JSON, for a save. Take it only at a choice point. */
  saveState(): string {
    return this.story.state.ToJson();
  }

  /** Restores a state saved by saveState(). Observers do not fire on load: read snapshot() after. */
  loadState(json: string): void {
    this.story.state.LoadJson(json);
    this.simulate();
  }

  variable(name: ObservedVariable): InkValue {
    return toValue(this.story.variablesState.$(name));
  }

  /**
   * What a story function returns as text (story/meters_explained.ink's words for the meters and the
   * forums), or null if the story has no such function. Only plain values go in; the story's state is
   * left as it was.
   */
  text(fn: string, ...args: (string | number)[]): string | null {
    if (!this.story.HasFunction(fn)) return null;
    const value: unknown = this.story.EvaluateFunction(fn, args);
    this.throwErrors();
    return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
  }

  /** The story's TURNS(): how many choices have been taken, plus one (the turn being played). */
  turns(): number {
    return this.story.state.currentTurnIndex + 1;
  }

  /** Whether a global flag of the story (e.g. `short_run`) is set; false if the story has no such variable. */
  flag(name: string): boolean {
    const value: unknown = this.story.variablesState.$(name);
    return value === true || value === 1;
  }

  /**
   * Sets a global flag of the story before its first line (the game's setting of `short_run`). Returns
   * false, changing nothing, if the story has no such variable.
   */
  setFlag(name: string, value: boolean): boolean {
    if (this.story.variablesState.$(name) === null) return false;
    this.story.variablesState.$(name, value);
    return true;
  }

  /** Every observed variable's current value, to republish after a load. */
  snapshot(): Record<ObservedVariable, InkValue> {
    const entries = OBSERVED_VARIABLES.map((name) => [name, this.variable(name)] as const);
    return Object.fromEntries(entries) as Record<ObservedVariable, InkValue>;
  }

  /** How often a knot or stitch has been entered (the story is compiled with countAllVisits). */
  visits(path: string): number {
    return this.story.state.VisitCountAtPathString(path) ?? 0;
  }

  private throwErrors(): void {
    if (this.errors.length === 0) return;
    const message = this.errors.splice(0).join('\n');
    throw new Error(`ink runtime error: ${message}`);
  }
}
