/**
 * A run as a record for the timeline and the debrief: every decision met (dated, with its options and
 * the choice made), every meter shift, every change of the Politburo, the ending and the discussion
 * questions. Built by replaying a seed and a choice log headlessly, so the same record comes out in
 * the browser, in a worker and in Node tests; the historical record is the same story played as
 * history did, with the same seed.
 */
import { type Beat, InkRunner } from '../narrative/InkRunner.ts';
import { hasTag, parseShift, type Shift, tagValue } from '../narrative/tags.ts';
import { historicalPolicy, type Policy } from './playthrough.ts';
import { mulberry32 } from './random.ts';

export interface DecisionOption {
  text: string;
  historical: boolean;
}

export interface DecisionStep {
  /** The DECISION id (t… Trotsky, s… Stalin). */
  id: string;
  /** Its short title (TITLE tag), if the story gives one. */
  title: string | null;
  date: string | null;
  place: string | null;
  options: DecisionOption[];
  /** The position (0-based) of the option taken. */
  chosen: number;
  /** Where this choice sits in the run's choice log: rewinding to the step keeps the log before it. */
  logIndex: number;
}

export interface DatedShift extends Shift {
  date: string | null;
}

export interface MembershipChange {
  date: string | null;
  joined: string[];
  left: string[];
}

export interface RunRecord {
  protagonist: string;
  seed: number;
  choiceLog: number[];
  steps: DecisionStep[];
  shifts: DatedShift[];
  /** Changes of full Politburo membership after the run began. */
  changes: MembershipChange[];
  ending: string | null;
  endingTitle: string | null;
  /** QUESTION lines of the ending, for class discussion. */
  questions: string[];
  /** The date of the last scene reached. */
  lastDate: string | null;
  /** The short run (the key decisions) or the full one, as chosen by the choice tagged LENGTH. */
  length: 'short' | 'full';
}

const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

class Recorder {
  readonly record: RunRecord;
  private date: string | null = null;
  private place: string | null = null;
  private members: string[];

  constructor(
    private readonly runner: InkRunner,
    seed: number,
  ) {
    this.record = {
      protagonist: '',
      seed,
      choiceLog: [],
      steps: [],
      shifts: [],
      changes: [],
      ending: null,
      endingTitle: null,
      questions: [],
      lastDate: null,
      length: 'full',
    };
    this.members = asList(runner.variable('politburo'));
  }

  /** Reads a beat; returns the decision step it offers, if any (its `chosen` is set by choose()). */
  read(beat: Beat): DecisionStep | null {
    let decision: string | undefined;
    let title: string | null = null;
    for (const { text, tags } of beat.lines) {
      this.date = tagValue(tags, 'DATE') ?? this.date;
      this.place = tagValue(tags, 'PLACE') ?? this.place;
      if (hasTag(tags, 'DECISION')) {
        decision = tagValue(tags, 'DECISION');
        title = tagValue(tags, 'TITLE') ?? null;
      }
      const shift = parseShift(tagValue(tags, 'SHIFT') ?? '');
      if (shift) this.record.shifts.push({ ...shift, date: this.date });
      const ending = tagValue(tags, 'ENDING');
      if (ending !== undefined) {
        this.record.ending = ending;
        this.record.endingTitle = text;
      }
      if (hasTag(tags, 'QUESTION') && text !== '') this.record.questions.push(text);
    }
    this.record.lastDate = this.date;
    this.noteMembership();
    const protagonist = this.runner.variable('protagonist');
    if (typeof protagonist === 'string') this.record.protagonist = protagonist;
    if (decision === undefined) return null;
    return {
      id: decision,
      title,
      date: this.date,
      place: this.place,
      options: beat.choices.map((c) => ({ text: c.text, historical: hasTag(c.tags, 'HISTORICAL') })),
      chosen: -1,
      logIndex: this.record.choiceLog.length,
    };
  }

  choose(step: DecisionStep | null, position: number, index: number): void {
    if (step) this.record.steps.push({ ...step, chosen: position });
    this.record.choiceLog.push(index);
  }

  private noteMembership(): void {
    const now = asList(this.runner.variable('politburo'));
    const joined = now.filter((m) => !this.members.includes(m));
    const left = this.members.filter((m) => !now.includes(m));
    if (joined.length > 0 || left.length > 0) this.record.changes.push({ date: this.date, joined, left });
    this.members = now;
  }
}

function play(
  storyJson: string,
  seed: number,
  pick: (beat: Beat, step: number) => number | undefined,
): RunRecord {
  const runner = new InkRunner(storyJson);
  runner.seed = seed;
  const recorder = new Recorder(runner, seed);
  let beat = runner.continue();
  for (let step = 0; step < 500; step++) {
    const decision = recorder.read(beat);
    if (beat.ended) break;
    const position = pick(beat, step);
    const choice = position === undefined ? undefined : beat.choices[position];
    if (position === undefined || !choice) break;
    runner.choose(choice.index);
    recorder.choose(decision, position, choice.index);
    const length = tagValue(choice.tags, 'LENGTH');
    if (length === 'short' || length === 'full') recorder.record.length = length;
    beat = runner.continue();
  }
  return recorder.record;
}

/**
 * Replays a run from its seed and choice log (ink choice indices). Stops where the log ends, or with an
 * Error if the story no longer offers a logged choice.
 */
export function recordRun(storyJson: string, seed: number, choiceLog: readonly number[]): RunRecord {
  return play(storyJson, seed, (beat, step) => {
    const index = choiceLog[step];
    if (index === undefined) return undefined;
    const position = beat.choices.findIndex((c) => c.index === index);
    if (position < 0)
      throw new Error(`choice ${String(index + 1)} is not offered at step ${String(step + 1)}`);
    return position;
  });
}

/** Plays the story to an ending with a policy (seeded as the playthroughs are). */
export function recordPolicy(storyJson: string, seed: number, policy: Policy): RunRecord {
  const random = mulberry32(seed ^ 0x9e3779b9);
  return play(storyJson, seed, (beat) => policy(beat, random));
}

/** The record as history went, for the protagonist, with the same seed for the story's chances. */
export function recordHistory(storyJson: string, protagonist: string, seed: number): RunRecord {
  return recordPolicy(storyJson, seed, historicalPolicy(protagonist));
}
