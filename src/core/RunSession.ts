/**
 * The run on screen: one live ink runner (the story is parsed once), the recorder that records the run
 * as it is played, and the store fields that show it. It starts runs, takes choices, and puts a recorded
 * run back on screen from its record and ink state, without replaying it.
 */
import { type Beat, InkRunner, type InkValue, type ObservedVariable } from '../narrative/InkRunner.ts';
import { type MeterGuide, type Readings, readGuide, readingsReader } from '../model/meterGuide.ts';
import { isMeterId, METER_IDS, type Meters } from '../model/meters.ts';
import { Recorder, type RunLength, type RunRecord } from '../model/record.ts';
import { type BeatView, isPicking } from '../model/transcript.ts';
import type { Entry, GameState } from './gameState.ts';
import { initialState } from './gameState.ts';
import type { Store } from './store.ts';

const asStrings = (value: InkValue): string[] => (Array.isArray(value) ? value : []);

const checkRunners = new Map<string, InkRunner>();

/** Store fields a run writes: the rest (saves, notices, navigation) belongs to others. */
export function freshRun(state: GameState): Partial<GameState> {
  const { hasAutosave, savingEnabled, notice } = state;
  return { ...initialState(), hasAutosave, savingEnabled, notice };
}

export class RunSession {
  private liveRunner: InkRunner | null = null;
  private recorder: Recorder | null = null;
  private wordsRunner: InkRunner | null = null;
  /** The story's guide, read when first needed (undefined: not yet): dozens of function calls. */
  private guideRead: MeterGuide | null | undefined;
  /** What each meter's value means, in the story's words (they depend on nothing else). */
  private readonly reading = readingsReader((fn, ...args) => this.words.text(fn, ...args));

  constructor(
    private readonly storyJson: string,
    private readonly store: Store<GameState>,
  ) {}

  /**
   * The live runner, made when the first run starts or, before that, while the page is idle
   * (`prepare`): parsing the story is the longest step of a first New game or Continue.
   */
  private get runner(): InkRunner {
    this.liveRunner ??= new InkRunner(this.storyJson);
    return this.liveRunner;
  }

  /**
   * A runner of its own for the story's words about the meters and forums: evaluating a function counts
   * visits in the state it runs in, and the live run's state must stay the one a replay makes.
   */
  private get words(): InkRunner {
    this.wordsRunner ??= new InkRunner(this.storyJson);
    return this.wordsRunner;
  }

  /** The story's guide to the meters and forums (story/meters_explained.ink), or null without one. */
  get guide(): MeterGuide | null {
    this.guideRead ??= readGuide((fn, ...args) => this.words.text(fn, ...args));
    return this.guideRead;
  }

  /** What each meter's value means now, in the story's words, or null for a story without them. */
  readings(meters: Meters): Readings | null {
    if (!this.guide) return null;
    return Object.fromEntries(METER_IDS.map((id) => [id, this.reading(id, meters[id])])) as Readings;
  }

  /** Parses the story now (the page calls this when idle), so the first run starts without waiting. */
  prepare(): void {
    this.liveRunner ??= new InkRunner(this.storyJson);
  }

  get active(): boolean {
    return this.recorder !== null;
  }

  /** The live record of the run on screen (do not change it). */
  get record(): RunRecord | null {
    return this.recorder?.record ?? null;
  }

  get seed(): number {
    return this.recorder?.record.seed ?? 0;
  }

  /** ink's state now, for a save. */
  inkState(): string {
    return this.runner.saveState();
  }

  end(): void {
    this.recorder = null;
  }

  start(seed: number, length: RunLength = 'full'): void {
    this.recorder = new Recorder(this.runner, seed, { length });
    this.store.set(freshRun(this.store.get()));
    const { beat, view } = this.recorder.start();
    this.present(beat, view, []);
  }

  /**
   * Starts the run on screen again before its first choice, with the same seed and another length, in
   * one store update (the protagonist screen stays where it is).
   */
  restart(length: RunLength): void {
    this.recorder = new Recorder(this.runner, this.seed, { length });
    const { beat, view } = this.recorder.start();
    this.present(beat, view, []);
  }

  /** Takes the choice at this position on screen; false if there is none (e.g. a repeated key press). */
  choose(position: number): boolean {
    const recorder = this.recorder;
    if (!recorder?.current.choices[position]) return false;
    const { beat, view, choice } = recorder.choose(position);
    this.present(beat, view, [{ kind: 'choice', text: choice.text }]);
    return true;
  }

  /**
   * Puts a recorded run on screen from its record and the ink state at its last point: no replay. The
   * caller has checked that they belong together (see checkResume).
   */
  resume(record: RunRecord, inkState: string): void {
    this.recorder = Recorder.resume(this.runner, record, inkState);
    const choices = this.runner.currentChoices();
    const rec = this.recorder.record;
    const fresh = { ...this.store.get(), ...freshRun(this.store.get()) };
    this.store.set({
      ...fresh,
      screen: 'story',
      // A copy: the recorder goes on adding to its own.
      transcript: [...rec.transcript],
      choices,
      decision: rec.pending?.id ?? null,
      beat: this.store.get().beat + 1,
      arrival: 'resumed',
      speaker: rec.lastSpeaker,
      date: rec.lastDate,
      place: rec.lastPlace,
      ending: choices.length === 0 ? rec.ending : null,
      length: rec.length,
      // In the same update: an ending drawn now (its poster) reads who played and who sat at the table.
      ...this.snapshot(fresh),
    });
  }

  /**
   * Whether a record and an ink state make one run: the state loads, it offers choices where the record
   * expects them, and the record's log is the save's. Uses a runner of its own; changes nothing.
   */
  checkResume(record: RunRecord, inkState: string, choiceLog: readonly number[]): string | null {
    if (record.choiceLog.join() !== choiceLog.join()) return 'its record does not match its choices';
    // With no run on screen the live runner is free (and its story parsed): a save about to be resumed
    // is checked in the runner that will play it, not in a second parse of the story.
    const check = this.active ? this.checker() : this.runner;
    try {
      check.loadState(inkState);
    } catch (error) {
      return `its story state cannot be read (${error instanceof Error ? error.message : String(error)})`;
    }
    const offered = check.currentChoices().length;
    if ((offered === 0) !== (record.ending !== null)) return 'its story state does not match its record';
    if (record.pending && record.pending.options.length !== offered)
      return 'its story state does not match its record';
    return null;
  }

  /**
   * A second runner for checks and headless replays, made on first use (parsing takes a while) and
   * shared by every session of the same story: each use loads or resets its whole state.
   */
  checker(): InkRunner {
    let runner = checkRunners.get(this.storyJson);
    if (!runner) {
      runner = new InkRunner(this.storyJson);
      checkRunners.set(this.storyJson, runner);
    }
    return runner;
  }

  private present(beat: Beat, view: BeatView, before: Entry[]): void {
    const state = this.store.get();
    const picking = isPicking(beat);
    const entries = [...before, ...view.entries];
    const record = this.recorder?.record;
    this.store.set({
      screen: picking ? 'protagonist' : 'story',
      intro: picking ? entries.flatMap((e) => (e.kind === 'text' ? [e.text] : [])) : state.intro,
      portraits: picking ? view.portraits : state.portraits,
      // The screen shows the record's transcript (a copy: the recorder goes on adding to its own).
      transcript: picking || !record ? [] : [...record.transcript],
      choices: beat.choices,
      decision: view.decision,
      beat: state.beat + 1,
      arrival: before.length === 0 ? 'new' : 'next',
      shifts: view.shifts,
      speaker: view.speaker,
      date: view.date ?? state.date,
      place: view.place ?? state.place,
      ending: view.ending ?? (beat.ended ? state.ending : null),
      length: record?.length ?? 'full',
      // In the same update as the shifts, so that whatever tells a shift reads the meter it moved.
      ...this.snapshot(state),
    });
  }

  /** The story's variables now, as store fields. */
  private snapshot(state: GameState): Partial<GameState> {
    const patch: Partial<GameState> = { meters: { ...state.meters } };
    for (const [name, value] of Object.entries(this.runner.snapshot()))
      Object.assign(patch, toState(name as ObservedVariable, value, patch));
    // The coming forum holds for the choice it was announced before (story/meters_explained.ink); the
    // guide that tells what it weighs is read then, not on the way to a run's first text.
    if (this.runner.variable('forum_turn') !== this.runner.turns()) patch.forumAhead = null;
    if (patch.forumAhead && state.guide === null) patch.guide = this.guide;
    return patch;
  }
}

function toState(name: ObservedVariable, value: InkValue, patch: Partial<GameState>): Partial<GameState> {
  if (isMeterId(name) && typeof value === 'number' && patch.meters) {
    patch.meters[name] = value;
    return {};
  }
  switch (name) {
    case 'protagonist':
      return { protagonist: String(value) };
    case 'politburo':
      return { politburo: asStrings(value) };
    case 'candidates':
      return { candidates: asStrings(value) };
    case 'lenin_dead':
      return { leninDead: value === true || value === 1 };
    case 'general_secretary':
      return { generalSecretary: asStrings(value)[0] ?? String(value) };
    case 'allied':
    case 'wavering':
    case 'hostile':
      return { [name]: asStrings(value) };
    case 'first_table':
      return { firstTable: asStrings(value) };
    case 'forum_ahead':
      return { forumAhead: asStrings(value)[0] ?? null };
    default:
      return {};
  }
}
