/**
 * A run's record, built as the run is played, by the same code live (the game controller) and headless
 * (the Node simulator, the story tests, the workers): every decision met (dated, with its options and the
 * choice made), every meter shift, every change of the Politburo, the transcript as read, the ending and
 * its discussion questions, and the ink state at each choice point, so that a rewind loads a state
 * instead of replaying. The timeline, rewind, branches, debrief, saves and share links read records.
 */
import type { Beat, ChoiceView, InkRunner } from '../narrative/InkRunner.ts';
import type { Shift } from '../narrative/tags.ts';
import { type BeatView, type Entry, isPicking, readBeat } from './transcript.ts';

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

/** How far each list of the record had grown at a choice point, so a rewind can cut it back. */
export interface Mark {
  transcript: number;
  steps: number;
  shifts: number;
  changes: number;
  milestones: number;
  date: string | null;
  place: string | null;
  speaker: string | null;
  members: string[];
}

export interface RunRecord {
  protagonist: string;
  seed: number;
  choiceLog: number[];
  steps: DecisionStep[];
  shifts: DatedShift[];
  /** Changes of full Politburo membership after the run began. */
  changes: MembershipChange[];
  /** MILESTONE ids reached, in order. */
  milestones: string[];
  ending: string | null;
  endingTitle: string | null;
  /** QUESTION lines of the ending, for class discussion. */
  questions: string[];
  /** The date and place of the last scene reached, and the last speaker. */
  lastDate: string | null;
  lastPlace: string | null;
  lastSpeaker: string | null;
  /** The decision offered now (its `chosen` is -1), or null. */
  pending: DecisionStep | null;
  /** The story as read, with the choices made (the protagonist screen's text is not part of it). */
  transcript: Entry[];
  /** After each number of choices (0, 1, …, choiceLog.length): the record's lengths then (for rewinds). */
  marks: Mark[];
  /** After each number of choices: ink's state then (empty when the recorder keeps no states). */
  states: string[];
  /** The lesson-length run (the story's `short_run` flag) or the full one. */
  length: RunLength;
}

/** The lesson-length run (the story's `short_run` flag, set before its first line) or the full one. */
export type RunLength = 'short' | 'full';

/** The story's flag for the lesson-length run (story/short_run.ink). */
export const SHORT_RUN_FLAG = 'short_run';

export interface RecorderOptions {
  /** Keep the transcript and the ink state at each choice point (the live game does; mass simulation need not). */
  full?: boolean;
  /** The length of the run to play (full unless told); a story without `short_run` plays its only one. */
  length?: RunLength;
}

export function emptyRecord(seed: number): RunRecord {
  return {
    protagonist: '',
    seed,
    choiceLog: [],
    steps: [],
    shifts: [],
    changes: [],
    milestones: [],
    ending: null,
    endingTitle: null,
    questions: [],
    lastDate: null,
    lastPlace: null,
    lastSpeaker: null,
    pending: null,
    transcript: [],
    marks: [],
    states: [],
    length: 'full',
  };
}

/** A logged choice the story does not offer: the log does not fit this story (not a fault of the story). */
export class ChoiceNotOffered extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChoiceNotOffered';
  }
}

const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * Plays a runner and records what it says. The only play loop: the live controller, the headless
 * record functions and the simulator all call start() once and choose() for each choice.
 */
export class Recorder {
  readonly record: RunRecord;
  private members: string[];
  private beat: Beat | null = null;
  private readonly full: boolean;

  constructor(
    private runnerNow: InkRunner,
    seed: number,
    options: RecorderOptions = {},
  ) {
    const runner = runnerNow;
    this.full = options.full ?? true;
    runner.reset(seed);
    if (options.length === 'short') runner.setFlag(SHORT_RUN_FLAG, true);
    this.record = emptyRecord(seed);
    this.members = asList(runner.variable('politburo'));
  }

  /**
   * Goes on recording a run from its record and ink state (a save, a rewind), without replaying it. The
   * record is copied; the state must be the one at the record's last choice point.
   */
  static resume(runner: InkRunner, record: RunRecord, inkState: string): Recorder {
    const recorder = new Recorder(runner, record.seed);
    runner.loadState(inkState);
    const copy = structuredClone(record);
    Object.assign(recorder.record, copy);
    recorder.members = asList(runner.variable('politburo'));
    const choices = runner.currentChoices();
    recorder.beat = { lines: [], choices, ended: choices.length === 0 };
    return recorder;
  }

  get runner(): InkRunner {
    return this.runnerNow;
  }

  /** Carries the run on in another runner, through a save and a load of its ink state (save/load tests). */
  moveTo(runner: InkRunner): void {
    runner.loadState(this.runnerNow.saveState());
    this.runnerNow = runner;
  }

  /** The beat on screen now (after a resume, its choices only). */
  get current(): Beat {
    if (!this.beat) throw new Error('the run has not started');
    return this.beat;
  }

  /** Runs the story to its first choice point. */
  start(): { beat: Beat; view: BeatView } {
    return this.read(this.runner.continue(), []);
  }

  /** Takes the choice at this position of the current beat and runs on to the next choice point. */
  choose(position: number): { beat: Beat; view: BeatView; choice: ChoiceView } {
    const choice = this.current.choices[position];
    if (!choice) throw new RangeError(`there is no choice ${String(position + 1)} here`);
    this.runner.choose(choice.index);
    const pending = this.record.pending;
    if (pending) this.record.steps.push({ ...pending, chosen: position });
    this.record.pending = null;
    this.record.choiceLog.push(choice.index);
    const before: Entry[] = [{ kind: 'choice', text: choice.text }];
    return { ...this.read(this.runner.continue(), before), choice };
  }

  /** Takes the choice with this ink index (as a choice log holds them); throws if it is not offered. */
  chooseIndex(index: number): { beat: Beat; view: BeatView; choice: ChoiceView } {
    const position = this.current.choices.findIndex((c) => c.index === index);
    if (position < 0)
      throw new ChoiceNotOffered(
        `choice ${String(index + 1)} is no longer offered at step ${String(this.record.choiceLog.length + 1)}`,
      );
    return this.choose(position);
  }

  private read(beat: Beat, before: Entry[]): { beat: Beat; view: BeatView } {
    this.beat = beat;
    const record = this.record;
    const view = readBeat(beat);
    if (this.full) {
      record.transcript.push(...before);
      // As in play, the protagonist screen's text is not part of the transcript.
      if (!isPicking(beat)) record.transcript.push(...view.entries);
    }
    let date = record.lastDate;
    for (const line of beat.lines) {
      // A fall is dated by the scene in which it happened: it ran before this line's text and its DATE.
      if (line.members) this.noteMembership(line.members, date);
      date = line.date ?? date;
      if (line.shift) record.shifts.push({ ...line.shift, date });
      if (line.milestone !== undefined) record.milestones.push(line.milestone);
      if (line.ending !== undefined) {
        record.ending = line.ending;
        record.endingTitle = line.text;
      }
      if (line.question && line.text !== '') record.questions.push(line.text);
    }
    record.lastDate = view.date ?? record.lastDate;
    record.lastPlace = view.place ?? record.lastPlace;
    record.lastSpeaker = view.speaker;
    // A change after the beat's last line (just before its choices) is dated by the beat's last scene.
    this.noteMembership(asList(this.runner.variable('politburo')), record.lastDate);
    const protagonist = this.runner.variable('protagonist');
    if (typeof protagonist === 'string') record.protagonist = protagonist;
    record.length = this.runner.flag(SHORT_RUN_FLAG) ? 'short' : 'full';
    record.pending =
      view.decision === null
        ? null
        : {
            id: view.decision,
            title: beat.lines.find((l) => l.decision !== undefined)?.title ?? null,
            date: record.lastDate,
            place: record.lastPlace,
            options: beat.choices.map((c) => ({ text: c.text, historical: c.historical })),
            chosen: -1,
            logIndex: record.choiceLog.length,
          };
    {
      record.marks.push({
        transcript: record.transcript.length,
        steps: record.steps.length,
        shifts: record.shifts.length,
        changes: record.changes.length,
        milestones: record.milestones.length,
        date: record.lastDate,
        place: record.lastPlace,
        speaker: record.lastSpeaker,
        members: this.members,
      });
      if (this.full) record.states.push(this.runner.saveState());
    }
    return { beat, view };
  }

  private noteMembership(now: readonly string[], date: string | null): void {
    const joined = now.filter((m) => !this.members.includes(m));
    const left = this.members.filter((m) => !now.includes(m));
    if (joined.length > 0 || left.length > 0) this.record.changes.push({ date, joined, left });
    this.members = [...now];
  }
}

/** A copy of the record without its transcript and ink states: what the timeline and the debrief read. */
export function summaryOf(record: RunRecord): RunRecord {
  return {
    ...record,
    choiceLog: [...record.choiceLog],
    steps: [...record.steps],
    shifts: [...record.shifts],
    changes: [...record.changes],
    milestones: [...record.milestones],
    questions: [...record.questions],
    transcript: [],
    marks: [],
    states: [],
  };
}

/**
 * The record as it stood at an earlier choice point (by its position in the choice log), or null if the
 * record has no mark there. The ink state there is `states[logIndex]`.
 */
export function recordAt(record: RunRecord, logIndex: number): RunRecord | null {
  const mark = record.marks[logIndex];
  if (!mark || logIndex >= record.choiceLog.length) return null;
  const step = record.steps[mark.steps];
  return {
    ...record,
    choiceLog: record.choiceLog.slice(0, logIndex),
    steps: record.steps.slice(0, mark.steps),
    shifts: record.shifts.slice(0, mark.shifts),
    changes: record.changes.slice(0, mark.changes),
    milestones: record.milestones.slice(0, mark.milestones),
    ending: null,
    endingTitle: null,
    questions: [],
    lastDate: mark.date,
    lastPlace: mark.place,
    lastSpeaker: mark.speaker,
    pending: step?.logIndex === logIndex ? { ...step, chosen: -1 } : null,
    transcript: record.transcript.slice(0, mark.transcript),
    marks: record.marks.slice(0, logIndex + 1),
    states: record.states.slice(0, logIndex + 1),
  };
}

/**
 * Replays a run from its seed and choice log (ink choice indices) in the given runner and returns its
 * recorder (the runner is left at the run's last point). Throws if the story no longer offers a logged
 * choice. For saves from another story version and share links; a run of this version is resumed from
 * its record instead.
 */
export function replayLog(
  runner: InkRunner,
  seed: number,
  choiceLog: readonly number[],
  options: RecorderOptions = {},
): Recorder {
  const recorder = new Recorder(runner, seed, options);
  recorder.start();
  for (const index of choiceLog) recorder.chooseIndex(index);
  return recorder;
}
