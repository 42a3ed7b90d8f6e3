/**
 * The What-if Lab's fast path against stock inkjs, on the story as it is compiled today: the same seeds
 * played by an unpatched inkjs 2.4.0 (the `inkjs-stock` alias of the registry's package, in its standard
 * mode) and by the patched runtime in its skipLookahead mode must make the same choices from the same
 * options, show the same lines with the same tags, hold the same ink state at every choice (variables,
 * visit counts, turn indices, random seed, call stack: the first 200 histories; the story's variables
 * in the rest) and reach the same ending. If the story ever prints glue or text across a line's end,
 * the fast mode throws here (strict) and this test names the seed.
 * The What-if engine plays with ink's `simulating` set, in which the story builds no SHIFT, MOTION or
 * BALLOT tag, no member's stance, no forum ahead and no vote's tally line: the 2,000 random histories
 * are played so on both runtimes, as the engine plays them. The live game plays without it: the
 * histories as history did, and 200 random ones, are compared so too, and the last test checks that
 * `simulating` changes no other line, choice or variable.
 */
import storyJson from '../../story/main.ink';
import { Story as StockStory } from 'inkjs-stock';
import { describe, expect, it } from 'vitest';

import { Story } from 'inkjs/engine/Story';

import { mulberry32 } from '../../src/sim/random.ts';
import { type Protagonist, simulate } from '../../src/sim/whatIf.ts';
import { ENDINGS_BY_PROTAGONIST } from './walkSuite.ts';

/**
 * Random histories compared per protagonist: 2,000, as issue 11 asks of CI. Every knot and stitch the
 * protagonist's random histories visit, every option taken at every choice point they meet and every
 * ending they reach is met by seed 200 (Trotsky; Stalin by 128: measured 2026-12-06 on this story), so
 * the rest look for what only a rare road shows; the first test fails if a change makes an ending rarer
 * than that. Each costs about 15 ms of CPU (stock inkjs's standard mode is most of it; a history the
 * live game's way, without `simulating`, about 50 ms): EXACTNESS_HISTORIES=300 runs a quicker comparison
 * while working on the story.
 */
const HISTORIES = Number(process.env.EXACTNESS_HISTORIES ?? 2000);
/**
 * Histories compared with the whole ink state at every choice; the rest compare the story's variables
 * there (writing out the whole state twice per choice would make this file most of CI's time).
 */
const WHOLE_STATE_HISTORIES = 200;
/** Random histories played the live game's way, and with and without `simulating` (the last test). */
const LIVE_HISTORIES = 200;

/** The part of the Story API both runtimes share and the comparison reads. */
interface Playable {
  canContinue: boolean;
  Continue(): string | null;
  currentTags: string[] | null;
  currentChoices: { index: number; text: string; tags: string[] | null }[];
  ChooseChoiceIndex(index: number): void;
  ResetState(): void;
  state: { storySeed: number; ToJson(): string };
  variablesState: { $(name: string, value?: boolean): unknown };
}

/**
 * Variables that only the table reads (story/alignment.ink; the forum ahead, meters_explained.ink), left
 * as they start when simulating.
 */
const TABLE_ONLY = [
  'allied',
  'wavering',
  'hostile',
  'alignment_code',
  'motion',
  'motion_by',
  'motion_about',
  'forum_ahead',
  'forum_turn',
];

/**
 * How a history is traced: `simulating` sets ink's flag; `asSimulated` leaves out what a simulated
 * history does not print (the SHIFT, BALLOT and MOTION tags, and the line that gives a vote's tally)
 * and compares only the story's own state, which is what a simulated history keeps.
 */
interface TraceMode {
  simulating?: boolean;
  asSimulated?: boolean;
  /** Compare the story's own state only (see inkState()), as a simulated history is compared with one told in full. */
  ownState?: boolean;
  /** Counts the tags left out (with the tally lines'). */
  leftOut?: number;
  /** Compare only these variables at each choice, not the whole state. */
  variables?: readonly string[];
}

/**
 * The whole ink state, but for the output stream: that holds the text of the last Continue(), which in
 * the fast mode is the extra empty line that ends a beat.
 */
function inkState(json: string, mode: TraceMode): unknown {
  const state = JSON.parse(json) as {
    flows: Record<string, { outputStream?: unknown }>;
    variablesState?: Record<string, unknown>;
    visitCounts?: Record<string, unknown>;
  };
  for (const flow of Object.values(state.flows)) delete flow.outputStream;
  // The engine's own switch, not the story's state.
  delete state.variablesState?.simulating;
  if (mode.ownState || mode.asSimulated) {
    // A simulation skips what only the table and the record read: the SHIFT tags, the members' stances
    // and ballots (alignment.ink), and the functions that build them. Compare the story's own state.
    for (const name of TABLE_ONLY) delete state.variablesState?.[name];
    delete state.visitCounts;
  }
  return state;
}

/** The variables the story declares (stock inkjs lists them as its variables state's keys). */
function declaredVariables(story: Playable): string[] {
  return Object.keys(story.variablesState).filter((name) => name !== 'simulating');
}

/** The values of `names`, as text (a list value prints its items). */
function variablesOf(story: Playable, names: readonly string[]): string[] {
  return names.map((name) => `${name}=${String(story.variablesState.$(name))}`);
}

/**
 * One history as a list of events: every line with text or tags, every choice point (its options, the
 * whole ink state and the choice made). The protagonist is picked by name; then choices are random,
 * seeded as the What-if engine seeds them, or as history did. One list per mode, from one play: the modes
 * differ only in what they write down (`simulating`, which changes the play, is the first mode's).
 */
function traces(
  story: Playable,
  seed: number,
  protagonist: Protagonist,
  history: boolean,
  modes: TraceMode[],
): string[][] {
  story.ResetState();
  story.state.storySeed = seed;
  if (modes[0]?.simulating) story.variablesState.$('simulating', true);
  const random = mulberry32(seed ^ 0x9e3779b9);
  const events: string[][] = modes.map(() => []);
  for (let step = 0; step < 500; step++) {
    while (story.canContinue) {
      const text = (story.Continue() ?? '').trim();
      const all = story.currentTags ?? [];
      const tally = all.some((t) => t.startsWith('VOTE:'));
      modes.forEach((mode, m) => {
        const tags = mode.asSimulated ? all.filter((t) => !/^(SHIFT|BALLOT|MOTION|VOTE):/.test(t)) : all;
        mode.leftOut = (mode.leftOut ?? 0) + all.length - tags.length;
        if (mode.asSimulated && tally) return;
        // The fast mode may end a beat with one more, empty, line: the engine skips empty lines.
        if (text !== '' || tags.length > 0) events[m]?.push(JSON.stringify({ text, tags }));
      });
    }
    const choices = story.currentChoices.map((c) => ({ text: c.text, tags: c.tags ?? [] }));
    if (choices.length === 0) return events;
    const named = choices.findIndex((c) => c.tags.includes(`PROTAGONIST: ${protagonist}`));
    const historical = choices.findIndex((c) => c.tags.includes('HISTORICAL'));
    const pick =
      named >= 0 ? named : history && historical >= 0 ? historical : Math.floor(random() * choices.length);
    // The whole state is written out once for all the modes that read it.
    const json = modes.some((mode) => !mode.variables) ? story.state.ToJson() : '';
    modes.forEach((mode, m) => {
      const state = mode.variables ? variablesOf(story, mode.variables) : inkState(json, mode);
      events[m]?.push(JSON.stringify({ choices, pick, state }));
    });
    story.ChooseChoiceIndex(story.currentChoices[pick]?.index ?? -1);
  }
  throw new Error(`seed ${String(seed)}: no ending after 500 choices`);
}

/** One history in one mode (see traces()). */
function trace(
  story: Playable,
  seed: number,
  protagonist: Protagonist,
  history: boolean,
  mode: TraceMode = {},
): string[] {
  return traces(story, seed, protagonist, history, [mode])[0] ?? [];
}

function firstDifference(a: string[], b: string[]): string {
  const i = a.findIndex((event, k) => event !== b[k]);
  const at = i < 0 ? Math.min(a.length, b.length) : i;
  return `event ${String(at)}:\n stock: ${a[at] ?? '(none)'}\n fast:  ${b[at] ?? '(none)'}`;
}

const endingOf = (events: string[]): string => {
  for (let i = events.length - 1; i >= 0; i--) {
    const { tags } = JSON.parse(events[i] ?? '{}') as { tags?: string[] };
    const tag = tags?.find((t) => t.startsWith('ENDING:'));
    if (tag) return tag.slice('ENDING:'.length).trim();
  }
  return 'no_ending';
};

/** The comparisons for one protagonist (one test file each, so that the two sides run side by side). */
export function exactnessSuite(protagonist: Protagonist): void {
  describe(`the fast simulation mode as ${protagonist}`, () => {
    it(`plays ${String(HISTORIES)} random histories with \`simulating\` exactly as stock inkjs does`, () => {
      const stock = new StockStory(storyJson) as unknown as Playable;
      const fast = new Story(storyJson);
      fast.skipLookahead = true;
      const endings: Record<string, number> = {};
      const variables = { simulating: true, variables: declaredVariables(stock) };
      expect(variables.variables).toContain('apparatus');
      for (let i = 0; i < HISTORIES; i++) {
        const seed = 1 + i;
        const mode = i < WHOLE_STATE_HISTORIES ? { simulating: true } : variables;
        const expected = trace(stock, seed, protagonist, false, mode);
        const actual = trace(fast, seed, protagonist, false, mode);
        if (actual.join('\n') !== expected.join('\n'))
          expect.fail(`seed ${String(seed)}: ${firstDifference(expected, actual)}`);
        const ending = endingOf(expected);
        endings[ending] = (endings[ending] ?? 0) + 1;
      }
      // Every ending open to the protagonist is among them: the comparison covers every road to one.
      expect(Object.keys(endings).sort(), `endings in ${String(HISTORIES)} histories`).toEqual(
        ENDINGS_BY_PROTAGONIST[protagonist],
      );
      // The What-if engine (fast, strict: no fallback) counts the same endings for the same seeds.
      const scenario = { protagonist, pins: {}, others: 'random' as const, runs: HISTORIES, seed: 1 };
      expect(simulate(storyJson, scenario, undefined, { fast: 'strict' }).endings).toEqual(endings);
    });

    it("plays 200 histories as history did, the live game's way, exactly as stock inkjs does", () => {
      const stock = new StockStory(storyJson) as unknown as Playable;
      const fast = new Story(storyJson);
      fast.skipLookahead = true;
      const endings: Record<string, number> = {};
      for (let seed = 1; seed <= 200; seed++) {
        const expected = trace(stock, seed, protagonist, true);
        const actual = trace(fast, seed, protagonist, true);
        if (actual.join('\n') !== expected.join('\n'))
          expect.fail(`seed ${String(seed)}: ${firstDifference(expected, actual)}`);
        const ending = endingOf(expected);
        endings[ending] = (endings[ending] ?? 0) + 1;
      }
      const scenario = { protagonist, pins: {}, others: 'history' as const, runs: 200, seed: 1 };
      expect(simulate(storyJson, scenario, undefined, { fast: 'strict' }).endings).toEqual(endings);
    });

    it(`plays ${String(LIVE_HISTORIES)} random histories the live game's way exactly as stock inkjs does, and with \`simulating\` the same but for what only the table and the record read`, () => {
      const stock = new StockStory(storyJson) as unknown as Playable;
      const fast = new Story(storyJson);
      fast.skipLookahead = true;
      // One stock play per seed, written down in full and as a simulated history reads it.
      const told: TraceMode = { asSimulated: true };
      for (let seed = 1; seed <= LIVE_HISTORIES; seed++) {
        const [expected = [], expectedAsSimulated = []] = traces(stock, seed, protagonist, false, [{}, told]);
        const actual = trace(fast, seed, protagonist, false);
        if (actual.join('\n') !== expected.join('\n'))
          expect.fail(`seed ${String(seed)}: ${firstDifference(expected, actual)}`);
        const simulated = trace(fast, seed, protagonist, false, { simulating: true, ownState: true });
        if (simulated.join('\n') !== expectedAsSimulated.join('\n'))
          expect.fail(
            `seed ${String(seed)} with \`simulating\`: ${firstDifference(expectedAsSimulated, simulated)}`,
          );
        expect(simulated.some((event) => /"(SHIFT|BALLOT|MOTION|VOTE):/.test(event))).toBe(false);
      }
      // The comparison is not empty: the same histories told in full carry meter shifts.
      expect(told.leftOut).toBeGreaterThan(LIVE_HISTORIES);
    });
  });
}
