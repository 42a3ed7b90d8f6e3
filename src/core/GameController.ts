/**
 * Commands in (new game, choose, continue, rewind, open a screen), store out. The jobs are split: the
 * RunSession plays and records the run on screen, RunSaves writes and reads saves, and this class ties
 * them to the screens beside the story (timeline, debrief, tools, share links). It holds no story rules:
 * those live in ink; and it never replays the story to draw a screen: screens read the run's record.
 */
import { causesLedger, type MatteredResult } from '../model/analysis.ts';
import { type RunLength, type RunRecord, recordAt, summaryOf } from '../model/record.ts';
import type { MeterGuide, Readings } from '../model/meterGuide.ts';
import type { EndingsStore } from '../persistence/EndingsStore.ts';
import type { SavedBranch, SaveGame } from '../persistence/SaveGame.ts';
import { MAX_BRANCHES } from '../persistence/SaveGame.ts';
import type { SaveStore } from '../persistence/SaveStore.ts';
import type { DebriefView, GameState, Notice, Screen, ToolScreen } from './gameState.ts';
import { RunSaves, type LoadResult } from './RunSaves.ts';
import { Navigator } from './Navigator.ts';
import { RunSession } from './RunSession.ts';
import { encodeShareFragment, parseShareFragment } from './shareLink.ts';
import type { Store } from './store.ts';

export type { LoadResult };

export interface RunForCode {
  seed: number;
  choiceLog: number[];
  protagonist: string;
  /** The ending reached, or null while the run goes on. */
  ending: string | null;
  /** The lesson-length run (the story's `short_run` flag). */
  short: boolean;
  storyHash: string;
}

export interface ControllerOptions {
  storyJson: string;
  storyHash: string;
  store: Store<GameState>;
  saves: SaveStore;
  /** Where the Endings gallery's record of reached endings is kept. */
  endings?: EndingsStore;
  /** Seeds for new runs; random by default, fixed in tests. */
  newSeed?: () => number;
  /**
   * The record of the same story played as history went (same protagonist, same seed): a whole run of
   * the story, so the browser plays it in a Web Worker. Without it the debrief has no history column.
   */
  history?: (protagonist: string, seed: number, length: RunLength) => Promise<RunRecord>;
  /**
   * Finds the decisions that mattered by re-simulating the run: seconds of work, so the browser runs it
   * in a Web Worker. Without it the debrief shows no such section.
   */
  analyse?: (run: RunRecord) => Promise<MatteredResult>;
  /**
   * Replays a seed and choice log (a share link, a kept branch) to its record and final ink state, off
   * the main thread in the browser. Without it the replay runs here.
   */
  replay?: (
    seed: number,
    choiceLog: readonly number[],
    length: RunLength,
  ) => Promise<{ record: RunRecord; inkState: string }>;
}

export class GameController {
  private readonly session: RunSession;
  private readonly runSaves: RunSaves;
  /** Runs the player rewound from, newest first (kept in the saves), with their records when known. */
  private branches: SavedBranch[] = [];
  private readonly branchRecords = new Map<string, RunRecord>();
  private readonly nav: Navigator;
  private lastDebrief: DebriefView | null = null;
  private readonly store: Store<GameState>;
  private historyCache = new Map<string, Promise<RunRecord>>();

  constructor(private readonly options: ControllerOptions) {
    this.store = options.store;
    this.session = new RunSession(options.storyJson, options.store);
    this.runSaves = new RunSaves({
      session: this.session,
      storyHash: options.storyHash,
      saves: options.saves,
      store: options.store,
      branches: () => this.branches,
    });
    this.nav = new Navigator(this.store, this.session, {
      timeline: () => {
        this.showTimeline();
      },
      debrief: () => {
        this.showDebrief();
      },
      title: () => {
        this.boot();
      },
    });
  }

  /** Parses the story ahead of the first run (the page calls this while idle on the title screen). */
  /** The story's guide to the meters, with each meter's reading now (for "Meters explained"). */
  meterGuide(): { guide: MeterGuide | null; readings: Readings | null } {
    const state = this.store.get();
    const guide = this.session.guide;
    return { guide, readings: state.protagonist === '' ? null : this.session.readings(state.meters) };
  }

  prepare(): void {
    this.session.prepare();
  }

  /** Shows the title screen, telling the player about any save that could not be read. */
  boot(): void {
    this.session.end();
    this.branches = [];
    this.runSaves.boot();
  }

  /** A new run: the full story, or the lesson-length run (the story's `short_run` set before its first line). */
  newGame(seed = (this.options.newSeed ?? randomSeed)(), length: RunLength = 'full'): void {
    // The autosave's run, if it is another, is kept aside at the first autosave (SaveStore).
    this.options.saves.replacing('new-game');
    this.branches = [];
    this.store.set({ notice: this.store.get().notice, shared: false });
    this.session.start(seed, length);
  }

  /**
   * Sets the length of the run on the protagonist screen, before its first choice: the run starts again
   * with the same seed and the story's `short_run` set (or not) before its first line. Later, or when
   * the length is already that, nothing happens.
   */
  chooseLength(length: RunLength): void {
    const record = this.session.record;
    if (!record || record.choiceLog.length > 0 || record.length === length) return;
    this.session.restart(length);
  }

  /** Takes the choice at this position of those on screen. A position not on screen does nothing. */
  choose(position: number): void {
    if (!this.session.choose(position)) return;
    this.recordEnding();
    this.runSaves.autosave();
    const { protagonist } = this.store.get();
    // The debrief's historical run, played in the background while the player reads on; not on picking a
    // side, when the page is busy drawing the story and the table and the worker would take the other core.
    const taken = this.session.record?.choiceLog.length ?? 0;
    if (protagonist !== '' && taken > 1) this.prefetchHistory(protagonist, this.session.seed, this.length());
  }

  /** Resumes the autosave exactly where the player was. Returns false (with a notice) if it cannot. */
  continueGame(): boolean {
    const save = this.runSaves.continueGame();
    if (save) this.afterLoad(save.branches ?? []);
    return save !== null;
  }

  /**
   * Plays a save (the autosave, a slot or an imported file): from its record and ink state when it comes
   * from this story, by replaying its choices when it comes from another version. If it cannot be
   * played, the run on screen and the store are left as they were and the reason is returned. With
   * `autosave`, the loaded run becomes the autosave, so Continue resumes it after a reload.
   */
  loadSave(save: SaveGame, { autosave = true } = {}): LoadResult {
    const loaded = this.runSaves.load(save, { autosave });
    if (loaded.ok) this.afterLoad(save.branches ?? []);
    return loaded;
  }

  /** Whether a save can be played, without playing it. */
  checkSave(save: SaveGame): LoadResult {
    return this.runSaves.check(save);
  }

  /** The run in progress as a save (for a slot or a file), or null before the first choice. */
  currentSave(name?: string): SaveGame | null {
    return this.runSaves.currentSave(name);
  }

  /**
   * The run as the class board's result code holds it: finished (with its ending) or so far (ending null);
   * null before the protagonist is chosen.
   */
  runForCode(): RunForCode | null {
    // The record, not the store: a run put back on screen draws its ending before the meters are published.
    const record = this.session.record;
    const { choices } = this.store.get();
    if (!record || record.protagonist === '' || record.choiceLog.length === 0) return null;
    return {
      seed: record.seed,
      choiceLog: [...record.choiceLog],
      protagonist: record.protagonist,
      ending: choices.length === 0 ? record.ending : null,
      short: record.length === 'short',
      storyHash: this.options.storyHash,
    };
  }

  returnToTitle(): void {
    this.boot();
  }

  private afterLoad(branches: SavedBranch[]): void {
    this.branches = branches;
    this.store.set({ shared: false });
    const { protagonist } = this.store.get();
    if (protagonist !== '') this.prefetchHistory(protagonist, this.session.seed, this.length());
  }

  /** The length of the run on screen (a kept branch of it replays with the same). */
  private length(): RunLength {
    return this.session.record?.length ?? 'full';
  }

  // ─── Screens ──────────────────────────────────────────────────────────────────────────────────

  openTool(screen: ToolScreen): void {
    this.nav.openTool(screen);
  }

  closeTool(): void {
    this.nav.closeTool();
  }

  backToStory(): void {
    this.nav.backToStory();
  }

  /** A screen asked for by the browser's Back or Forward; false if it cannot be shown now. */
  navigate(screen: Screen): boolean {
    return this.nav.navigate(screen);
  }

  /** The gallery remembers each ending reached in play (not when a finished run is reopened). */
  private recordEnding(): void {
    const record = this.session.record;
    const { choices, protagonist } = this.store.get();
    if (record?.ending == null || choices.length > 0) return;
    this.options.endings?.record({ id: record.ending, protagonist, title: record.endingTitle ?? '' });
  }

  // ─── Timeline and rewind ──────────────────────────────────────────────────────────────────────

  /** Opens the timeline: every decision of the run so far beside history's, and the roads not taken. */
  showTimeline(): void {
    const current = this.session.record;
    if (!current) return;
    this.store.set({
      screen: 'timeline',
      timeline: { current: summaryOf(current), branches: [...this.branches], compare: null },
    });
  }

  /**
   * Goes back to an earlier decision of the run (by its position in the timeline) to play on from there:
   * the record and the ink state at that point are loaded, not replayed. The run as it was is kept as a
   * branch, so the two can be compared.
   */
  rewind(stepIndex: number): void {
    const record = this.session.record;
    const step = this.store.get().timeline?.current.steps[stepIndex];
    if (!step || !record) return;
    const earlier = recordAt(record, step.logIndex);
    const state = record.states[step.logIndex];
    if (!earlier || state === undefined) {
      this.say('warning', 'This run cannot go back to that decision.');
      return;
    }
    // Going back in a shared run is playing on from it: it becomes the player's.
    if (this.store.get().shared) this.runSaves.adoptShared();
    this.keepBranch(this.currentBranch(), structuredClone(record));
    this.session.resume(earlier, state);
    this.store.set({ notice: null });
    this.runSaves.autosave();
  }

  /** Shows a kept branch beside the current run on the timeline. */
  async compareBranch(position: number): Promise<void> {
    const branch = this.branches[position];
    if (!branch || !this.store.get().timeline) return;
    const replayed = await this.branchRun(branch);
    const timeline = this.store.get().timeline;
    if (!replayed || !timeline) return;
    this.store.set({ timeline: { ...timeline, compare: { branch: position, record: replayed.record } } });
  }

  /** Makes a kept branch the current run again; the current run becomes a branch in its place. */
  async resumeBranch(position: number): Promise<void> {
    const branch = this.branches[position];
    const record = this.session.record;
    if (!branch || !record) return;
    const replayed = await this.branchRun(branch);
    if (!replayed) return;
    const current = this.currentBranch();
    const currentRecord = structuredClone(record);
    this.session.resume(replayed.record, replayed.inkState);
    this.branches = this.branches.filter((b) => b !== branch);
    this.keepBranch(current, currentRecord);
    this.store.set({ notice: null });
    this.runSaves.autosave();
  }

  /** A branch's record and last ink state: kept from when it was played, or replayed off the main thread. */
  private async branchRun(branch: SavedBranch): Promise<{ record: RunRecord; inkState: string } | null> {
    const kept = this.branchRecords.get(branchKey(branch));
    const last = kept?.states.at(-1);
    if (kept && last !== undefined) return { record: kept, inkState: last };
    try {
      return await this.replay(branch.seed, branch.choiceLog, this.length());
    } catch (error) {
      this.say(
        'warning',
        `That branch cannot be replayed on this version of the story (${messageOf(error)}).`,
      );
      return null;
    }
  }

  private currentBranch(): SavedBranch {
    const record = this.session.record;
    return {
      seed: this.session.seed,
      choiceLog: [...(record?.choiceLog ?? [])],
      ending: this.store.get().ending,
      lastDate: this.store.get().date,
    };
  }

  private keepBranch(branch: SavedBranch, record: RunRecord): void {
    const key = branchKey(branch);
    this.branchRecords.set(key, record);
    const branches = [branch, ...this.branches.filter((b) => branchKey(b) !== key)];
    // The timeline keeps MAX_BRANCHES: the oldest one goes, so the autosave that had it is kept aside.
    if (branches.length > MAX_BRANCHES) this.options.saves.replacing('old-branch');
    this.branches = branches.slice(0, MAX_BRANCHES);
  }

  private replay(
    seed: number,
    log: readonly number[],
    length: RunLength,
  ): Promise<{ record: RunRecord; inkState: string }> {
    if (this.options.replay) return this.options.replay(seed, log, length);
    return Promise.resolve(this.runSaves.replayHere(seed, log, length));
  }

  // ─── Debrief ──────────────────────────────────────────────────────────────────────────────────

  private historyOf(protagonist: string, seed: number, length: RunLength): Promise<RunRecord> | null {
    const make = this.options.history;
    if (!make) return null;
    const key = `${protagonist}:${String(seed)}:${length}`;
    let history = this.historyCache.get(key);
    if (!history) {
      history = make(protagonist, seed, length);
      history.catch(() => this.historyCache.delete(key));
      this.historyCache.set(key, history);
    }
    return history;
  }

  /** Starts the historical run in the background, so the debrief has it when the run ends. */
  private prefetchHistory(protagonist: string, seed: number, length: RunLength): void {
    this.historyOf(protagonist, seed, length)?.catch(() => undefined);
  }

  /** At an ending: the run beside the historical record, the causes ledger, and what mattered. */
  showDebrief(): void {
    const record = this.session.record;
    if (!record) return;
    const { storyHash, analyse } = this.options;
    const shareFragment = encodeShareFragment({
      seed: record.seed,
      choiceLog: record.choiceLog,
      story: storyHash,
      length: record.length,
    });
    // Back and Forward return to a debrief already worked out.
    if (this.lastDebrief?.shareFragment === shareFragment) {
      this.store.set({ screen: 'debrief', debrief: this.lastDebrief });
      return;
    }
    const run = summaryOf(record);
    this.lastDebrief = {
      run,
      history: null,
      ledger: null,
      mattered: null,
      matteredStatus: analyse ? 'working' : 'failed',
      shareFragment,
    };
    this.store.set({ screen: 'debrief', debrief: this.lastDebrief });
    this.historyOf(run.protagonist, run.seed, record.length)?.then(
      (history) => {
        this.updateDebrief(shareFragment, { history, ledger: causesLedger(run, history) });
      },
      () => {
        this.updateDebrief(shareFragment, { ledger: causesLedger(run, run) });
      },
    );
    analyse?.(run).then(
      (mattered) => {
        this.updateDebrief(shareFragment, { mattered, matteredStatus: 'done' });
      },
      () => {
        this.updateDebrief(shareFragment, { matteredStatus: 'failed' });
      },
    );
  }

  private updateDebrief(fragment: string, change: Partial<NonNullable<GameState['debrief']>>): void {
    if (this.lastDebrief?.shareFragment !== fragment) return;
    this.lastDebrief = { ...this.lastDebrief, ...change };
    // The player may have left the debrief while the analysis ran: it is kept for their return.
    if (this.store.get().debrief?.shareFragment === fragment) this.store.set({ debrief: this.lastDebrief });
  }

  // ─── Share links ──────────────────────────────────────────────────────────────────────────────

  /**
   * Opens a run from a share link. A broken or foreign link gets a clear message and changes nothing;
   * a good one is replayed (off the main thread in the browser) and shown without touching the player's
   * own save until they play on. A finished run opens at its ending.
   */
  async openShared(fragment: string): Promise<boolean> {
    const parsed = parseShareFragment(fragment);
    if (!parsed.ok) {
      this.say('warning', `This link does not open a run: ${parsed.reason}. Nothing has been changed.`);
      return false;
    }
    const { seed, choiceLog, story, length } = parsed.value;
    const foreign = story !== this.options.storyHash.slice(0, 8);
    const version = 'This link was made with a different version of the story.';
    let replayed: { record: RunRecord; inkState: string };
    try {
      replayed = await this.replay(seed, choiceLog, length);
    } catch (error) {
      this.say(
        'warning',
        `This link's run cannot be replayed (${messageOf(error)}).${foreign ? ` ${version}` : ''} Nothing has been changed.`,
      );
      return false;
    }
    this.session.resume(replayed.record, replayed.inkState);
    this.branches = [];
    const ended = replayed.record.ending !== null;
    this.store.set({
      shared: true,
      notice: {
        level: 'info',
        text:
          (foreign
            ? `${version} Its choices were replayed on this version, so the run may not be the one that was shared. `
            : '') +
          (ended
            ? 'You are watching a shared run that has ended. Your own saved game is untouched.'
            : 'You are watching a shared run. Your own saved game is untouched; make a choice to play on from here.'),
      },
    });
    this.prefetchHistory(replayed.record.protagonist, seed, length);
    return true;
  }

  private say(level: Notice['level'], text: string): void {
    this.store.set({ notice: { level, text } });
  }
}

const branchKey = (b: SavedBranch): string => `${String(b.seed)}:${b.choiceLog.join()}`;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function randomSeed(): number {
  return Math.floor(Math.random() * 2_147_483_647);
}
