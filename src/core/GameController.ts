/**
 * Commands in (new game, choose, continue), story out: runs the InkRunner, keeps the choice log,
 * autosaves at every choice point and writes everything the views need into the store.
 * It holds no story rules: those live in ink.
 */
import { type Beat, type InkValue, InkRunner, type ObservedVariable } from '../narrative/InkRunner.ts';
import type { EndingsStore } from '../persistence/EndingsStore.ts';
import type { SavedBranch, SaveGame } from '../persistence/SaveGame.ts';
import {
  decisionsTaken,
  MAX_BRANCHES,
  SAVE_SCHEMA_VERSION,
  saveProtagonist,
} from '../persistence/SaveGame.ts';
import type { SaveStore } from '../persistence/SaveStore.ts';
import { causesLedger } from '../sim/debrief.ts';
import type { MatteredResult } from '../sim/mattered.ts';
import { recordHistory, recordRun, type RunRecord } from '../sim/record.ts';
import type { Entry, GameState, Notice, Screen, ToolScreen } from './gameState.ts';
import { initialState, isToolScreen } from './gameState.ts';
import { isMeterId } from './meters.ts';
import { encodeShareFragment, parseShareFragment } from './shareLink.ts';
import type { Store } from './store.ts';
import { readBeat, toChoiceOption } from './transcript.ts';

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
   * Finds the decisions that mattered by re-simulating the run: seconds of work, so the browser runs it
   * in a Web Worker. Without it the debrief shows no such section.
   */
  analyse?: (run: RunRecord) => Promise<MatteredResult>;
}

/** fault 'game': the story itself failed while replaying a good save (not the save's doing). */
export type LoadResult = { ok: true; older: boolean } | { ok: false; reason: string; fault: 'save' | 'game' };

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

interface Replay {
  runner: InkRunner;
  beat: Beat;
  transcript: Entry[];
  choiceLog: number[];
}

const SAVING_OFF: Notice = {
  level: 'info',
  text: 'This browser does not let the game store data, so saving is off. You can still play.',
};

const asStrings = (value: InkValue): string[] => (Array.isArray(value) ? value : []);

export class GameController {
  private runner: InkRunner | null = null;
  private choiceLog: number[] = [];
  private seed = 0;
  /** Runs the player rewound from, newest first (kept in the saves). */
  private branches: SavedBranch[] = [];
  private toolReturn: Screen | null = null;
  private readonly store: Store<GameState>;

  constructor(private readonly options: ControllerOptions) {
    this.store = options.store;
  }

  /** Shows the title screen, telling the player about any save that could not be read. */
  boot(): void {
    const saves = this.options.saves;
    const read = saves.readAutosave();
    const notice =
      read.status === 'unreadable'
        ? {
            level: 'warning' as const,
            text:
              `Your last saved game could not be opened: ${read.reason}. ` +
              (read.keptAs
                ? 'It has been kept aside, not deleted. You can start a new game.'
                : saves.enabled
                  ? 'It has been left untouched; reloading the page may open it. Nothing is written over it.'
                  : 'It has been left untouched, and saving is off so that nothing overwrites it. You can still play.'),
          }
        : saves.enabled
          ? writeProblemNotice(saves.writeProblem())
          : SAVING_OFF;
    this.runner = null;
    this.choiceLog = [];
    this.branches = [];
    this.store.set({
      ...initialState(),
      hasAutosave: read.status === 'ok',
      savingEnabled: saves.enabled,
      notice,
    });
  }

  newGame(seed = (this.options.newSeed ?? randomSeed)()): void {
    // The autosave's run, if it is another, is kept aside at the first autosave (SaveStore).
    this.options.saves.replacing('new-game');
    this.runner = this.createRunner(seed);
    this.seed = seed;
    this.choiceLog = [];
    this.branches = [];
    this.store.set({ ...this.freshRun(), notice: this.store.get().notice });
    this.publishSnapshot(this.runner);
    this.present(this.runner.continue(), []);
  }

  choose(position: number): void {
    const runner = this.runner;
    const choice = this.store.get().choices[position];
    if (!runner || !choice) return;
    if (this.store.get().shared) this.adoptSharedRun();
    runner.choose(choice.index);
    this.choiceLog.push(choice.index);
    this.present(runner.continue(), [{ kind: 'choice', text: choice.text }]);
    this.recordEnding();
    this.autosave();
  }

  /** Resumes the autosave exactly where the player was. Returns false (with a notice) if it cannot. */
  continueGame(): boolean {
    const saves = this.options.saves;
    const read = saves.readAutosave();
    if (read.status !== 'ok') {
      this.boot();
      return false;
    }
    const loaded = this.loadSave(read.save, { autosave: false });
    if (loaded.ok) return true;
    // A fault of the story is the game's: the save stays the autosave, to play when the game is fixed.
    const keptAs = loaded.fault === 'save' ? saves.keepAutosaveAside('story-changed') : null;
    this.boot();
    this.store.set({
      notice: {
        level: 'warning',
        text:
          loaded.fault === 'game'
            ? `Your saved game could not be reopened: ${loaded.reason}. Your save is kept as it is, as the ` +
              'autosave; you can export it from Saves, or start a new game (your save is then kept aside).'
            : `Your saved game could not be played: ${loaded.reason}. ` +
              (keptAs
                ? 'It has been kept aside, not deleted: it is listed in Saves.'
                : 'It has been left untouched.'),
      },
    });
    return false;
  }

  /**
   * Plays a save (the autosave, a slot or an imported file) by replaying its choice log. If it cannot
   * be played, the current run and the store are left exactly as they were and the reason is returned.
   * With `autosave`, the loaded run becomes the autosave, so Continue resumes it after a reload.
   */
  loadSave(save: SaveGame, { autosave = true } = {}): LoadResult {
    const older = save.storyHash !== this.options.storyHash;
    const replayed = this.tryReplay(save);
    if (!replayed.ok) return replayed;
    if (autosave || older) this.options.saves.replacing('loaded');
    this.show(
      save.seed,
      replayed.value,
      older
        ? {
            level: 'info',
            text: 'This save comes from a different version of the story; it has been replayed from its choices.',
          }
        : this.options.saves.enabled
          ? null
          : SAVING_OFF,
    );
    this.branches = save.branches ?? [];
    if (autosave || older) this.autosave();
    return { ok: true, older };
  }

  /** Whether a save can be played, without playing it. */
  checkSave(save: SaveGame): LoadResult {
    const replayed = this.tryReplay(save);
    return replayed.ok ? { ok: true, older: save.storyHash !== this.options.storyHash } : replayed;
  }

  /** The run in progress as a save (for a slot or a file), or null before the first choice. */
  currentSave(name?: string): SaveGame | null {
    const runner = this.runner;
    if (!runner || this.choiceLog.length === 0) return null;
    const { protagonist, date } = this.store.get();
    const save: SaveGame = {
      schemaVersion: SAVE_SCHEMA_VERSION,
      storyHash: this.options.storyHash,
      inkState: runner.saveState(),
      choiceLog: [...this.choiceLog],
      seed: this.seed,
      savedAt: new Date().toISOString(),
    };
    if (name !== undefined) save.name = name;
    if (protagonist !== '') save.protagonist = protagonist;
    if (date !== null) save.storyDate = date;
    if (this.branches.length > 0) save.branches = this.branches;
    return save;
  }

  /**
   * The run as the class board's result code holds it: finished (with its ending) or so far (ending null);
   * null before the protagonist is chosen.
   */
  runForCode(): RunForCode | null {
    const { ending, choices, protagonist } = this.store.get();
    if (!this.runner || protagonist === '' || this.choiceLog.length === 0) return null;
    return {
      seed: this.seed,
      choiceLog: [...this.choiceLog],
      protagonist,
      ending: choices.length === 0 ? ending : null,
      short: this.runner.flag('short_run'),
      storyHash: this.options.storyHash,
    };
  }

  returnToTitle(): void {
    this.boot();
  }

  private tryReplay(
    save: SaveGame,
  ): { ok: true; value: Replay } | { ok: false; reason: string; fault: 'save' | 'game' } {
    // Outside the try: a story that cannot be parsed is the game's fault, not the save's.
    const runner = this.createRunner(save.seed);
    try {
      return { ok: true, value: this.replay(save.choiceLog, runner) };
    } catch (error) {
      if (!(error instanceof ChoiceNotOffered)) {
        // The story failed on its own (an ink runtime error): the game's fault. Its text is for developers only.
        return {
          ok: false,
          fault: 'game',
          reason: 'this version of the game has a fault in its story, which stopped while replaying your run',
        };
      }
      return {
        ok: false,
        fault: 'save',
        reason:
          save.storyHash === this.options.storyHash
            ? `its choices do not fit the story (${error.message})`
            : `it comes from a different version of the story, and its choices no longer fit it (${error.message})`,
      };
    }
  }

  /**
   * Rebuilds a run from its seed and choice log in a runner of its own, without touching the store:
   * the story is deterministic, so this gives the exact ink state (the same JSON as the saved inkState,
   * tested). The replay, not the saved inkState, is trusted: a damaged or edited inkState cannot put the
   * game in a state that its transcript does not show.
   */
  private replay(log: readonly number[], runner: InkRunner): Replay {
    let beat = runner.continue();
    const transcript: Entry[] = [];
    const choiceLog: number[] = [];
    for (const index of log) {
      const choice = beat.choices.find((c) => c.index === index);
      if (!choice) throw new ChoiceNotOffered(`choice ${String(index + 1)} is no longer offered`);
      // As in live play, the protagonist screen's text is not part of the transcript.
      if (!isPicking(beat)) transcript.push(...readBeat(beat).entries);
      transcript.push({ kind: 'choice', text: choice.text });
      runner.choose(index);
      choiceLog.push(index);
      beat = runner.continue();
    }
    return { runner, beat, transcript, choiceLog };
  }

  /** Opens the What-if Lab or the Endings gallery; closeTool() goes back (to the ending, if from one). */
  openTool(screen: ToolScreen): void {
    const current = this.store.get().screen;
    if (!isToolScreen(current)) this.toolReturn = current;
    this.store.set({ screen });
  }

  closeTool(): void {
    const back = this.toolReturn;
    this.toolReturn = null;
    const { debrief, timeline } = this.store.get();
    const canReturn =
      back === 'story' ||
      back === 'protagonist' ||
      (back === 'debrief' && debrief !== null) ||
      (back === 'timeline' && timeline !== null);
    if (back !== null && canReturn) this.store.set({ screen: back });
    else this.boot();
  }

  /** The gallery remembers each ending reached in play (not when a finished run is reopened). */
  private recordEnding(): void {
    const { ending, choices, transcript, protagonist } = this.store.get();
    if (ending === null || choices.length > 0) return;
    const line = [...transcript].reverse().find((e) => e.kind === 'ending');
    this.options.endings?.record({
      id: ending,
      protagonist,
      title: line?.kind === 'ending' ? line.text : '',
    });
  }

  /** Puts a replayed run on screen as the current one. */
  private show(seed: number, { runner, beat, transcript, choiceLog }: Replay, notice: Notice | null): void {
    this.runner = runner;
    this.seed = seed;
    this.choiceLog = choiceLog;
    this.store.set({ ...this.freshRun(), notice });
    this.publishSnapshot(runner);
    this.store.set({ transcript });
    this.present(beat, [], { animate: false });
    this.publishSnapshot(runner);
  }

  /** Replays a seed and a choice log in a runner of its own; throws if a choice is not offered. */
  private replayLog(seed: number, choiceLog: readonly number[]): Replay {
    return this.replay(choiceLog, this.createRunner(seed));
  }

  // ─── Timeline and rewind ──────────────────────────────────────────────────────────────────────

  /** Opens the timeline: every decision of the run so far beside history's, and the roads not taken. */
  showTimeline(): void {
    if (!this.runner) return;
    const current = recordRun(this.options.storyJson, this.seed, this.choiceLog);
    this.store.set({
      screen: 'timeline',
      timeline: { current, branches: [...this.branches], compare: null },
    });
  }

  /** Back from the timeline or the debrief to the run. */
  backToStory(): void {
    if (!this.runner) {
      this.boot();
      return;
    }
    this.store.set({ screen: 'story', timeline: null, debrief: null });
  }

  /**
   * Goes back to an earlier decision of the run (by its position in the timeline) to play on from there.
   * The run as it was is kept as a branch, so the two can be compared.
   */
  rewind(stepIndex: number): void {
    const step = this.store.get().timeline?.current.steps[stepIndex];
    if (!step || !this.runner) return;
    const replayed = this.replayLog(this.seed, this.choiceLog.slice(0, step.logIndex));
    // Going back in a shared run is playing on from it: it becomes the player's (their own run kept aside).
    if (this.store.get().shared) this.adoptSharedRun();
    this.keepBranch(this.currentBranch());
    this.show(this.seed, replayed, null);
    this.autosave();
  }

  /** Shows a kept branch beside the current run on the timeline. */
  compareBranch(position: number): void {
    const timeline = this.store.get().timeline;
    const branch = this.branches[position];
    if (!timeline || !branch) return;
    try {
      const record = recordRun(this.options.storyJson, branch.seed, branch.choiceLog);
      this.store.set({ timeline: { ...timeline, compare: { branch: position, record } } });
    } catch (error) {
      this.say(
        'warning',
        `That branch cannot be replayed on this version of the story (${messageOf(error)}).`,
      );
    }
  }

  /** Makes a kept branch the current run again; the current run becomes a branch in its place. */
  resumeBranch(position: number): void {
    const branch = this.branches[position];
    if (!branch) return;
    const current = this.currentBranch();
    try {
      this.show(branch.seed, this.replayLog(branch.seed, branch.choiceLog), null);
    } catch (error) {
      this.say(
        'warning',
        `That branch cannot be replayed on this version of the story (${messageOf(error)}).`,
      );
      return;
    }
    this.branches.splice(position, 1);
    this.keepBranch(current);
    this.autosave();
  }

  private currentBranch(): SavedBranch {
    const state = this.store.get();
    return { seed: this.seed, choiceLog: [...this.choiceLog], ending: state.ending, lastDate: state.date };
  }

  private keepBranch(branch: SavedBranch): void {
    const same = (b: SavedBranch): boolean =>
      b.seed === branch.seed && b.choiceLog.join() === branch.choiceLog.join();
    const branches = [branch, ...this.branches.filter((b) => !same(b))];
    // The timeline keeps MAX_BRANCHES: the oldest one goes, so the autosave that had it is kept aside.
    if (branches.length > MAX_BRANCHES) this.options.saves.replacing('old-branch');
    this.branches = branches.slice(0, MAX_BRANCHES);
  }

  // ─── Debrief ──────────────────────────────────────────────────────────────────────────────────

  /** At an ending: the run beside the historical record, the causes ledger, and what mattered. */
  showDebrief(): void {
    if (!this.runner) return;
    const { storyJson, storyHash, analyse } = this.options;
    const run = recordRun(storyJson, this.seed, this.choiceLog);
    const history = recordHistory(storyJson, run.protagonist, this.seed);
    const shareFragment = encodeShareFragment({
      seed: this.seed,
      choiceLog: this.choiceLog,
      story: storyHash,
    });
    this.store.set({
      screen: 'debrief',
      debrief: {
        run,
        history,
        ledger: causesLedger(run, history),
        mattered: null,
        matteredStatus: analyse ? 'working' : 'failed',
        shareFragment,
      },
    });
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
    const debrief = this.store.get().debrief;
    // The player may have left the debrief, or opened another, while the analysis ran.
    if (debrief?.shareFragment === fragment) this.store.set({ debrief: { ...debrief, ...change } });
  }

  // ─── Share links ──────────────────────────────────────────────────────────────────────────────

  /**
   * Opens a run from a share link. A broken or foreign link gets a clear message and changes nothing;
   * a good one is replayed on screen without touching the player's own save until they play on.
   */
  openShared(fragment: string): boolean {
    const parsed = parseShareFragment(fragment);
    if (!parsed.ok) {
      this.say('warning', `This link does not open a run: ${parsed.reason}. Nothing has been changed.`);
      return false;
    }
    const { seed, choiceLog, story } = parsed.value;
    const foreign = story !== this.options.storyHash.slice(0, 8);
    const version = 'This link was made with a different version of the story.';
    try {
      this.show(seed, this.replayLog(seed, choiceLog), null);
      this.branches = [];
    } catch (error) {
      this.say(
        'warning',
        `This link's run cannot be replayed (${messageOf(error)}).${foreign ? ` ${version}` : ''} Nothing has been changed.`,
      );
      return false;
    }
    this.store.set({
      shared: true,
      notice: {
        level: 'info',
        text:
          (foreign
            ? `${version} Its choices were replayed on this version, so the run may not be the one that was shared. `
            : '') +
          'You are watching a shared run. Your own saved game is untouched; make a choice to play on from here.',
      },
    });
    return true;
  }

  /**
   * Playing on from a shared run (a choice, a rewind) makes it the player's: their own autosave is kept
   * aside at the write that replaces it (SaveStore), and the notice says so.
   */
  private adoptSharedRun(): void {
    this.options.saves.replacing('shared-run');
    this.store.set({ shared: false, notice: null });
  }

  private say(level: 'info' | 'warning', text: string): void {
    this.store.set({ notice: { level, text } });
  }

  private present(beat: Beat, before: Entry[], { animate = true } = {}): void {
    const state = this.store.get();
    const view = readBeat(beat);
    const choices = beat.choices.map(toChoiceOption);
    const picking = isPicking(beat);
    const entries = [...before, ...view.entries];
    this.store.set({
      screen: picking ? 'protagonist' : 'story',
      intro: picking ? entries.flatMap((e) => (e.kind === 'text' ? [e.text] : [])) : state.intro,
      portraits: picking ? view.portraits : state.portraits,
      transcript: picking ? [] : [...state.transcript, ...entries],
      choices,
      decision: view.decision,
      beat: state.beat + 1,
      shifts: animate ? view.shifts : [],
      speaker: view.speaker,
      date: view.date ?? state.date,
      place: view.place ?? state.place,
      ending: view.ending ?? (beat.ended ? state.ending : null),
    });
  }

  private autosave(): void {
    const save = this.currentSave();
    if (!save) return;
    if (this.store.get().shared) this.adoptSharedRun();
    const result = this.options.saves.writeAutosave(save);
    const wasEnabled = this.store.get().savingEnabled;
    if (result.ok) this.store.set({ hasAutosave: true, savingEnabled: true });
    if (result.ok && result.kept) {
      const kept = result.kept.save;
      const what = kept ? describeRun(kept) : 'Your previous autosave, which could not be opened,';
      this.say(
        'info',
        `${what} was kept aside, not overwritten: you will find it in Saves, under “Kept aside”.`,
      );
    } else if (!result.ok && wasEnabled) {
      this.store.set({
        savingEnabled: false,
        notice: { level: 'warning', text: `Saving is off: ${result.reason}. You can keep playing.` },
      });
    }
  }

  /** A runner whose variable changes reach the store only once it is the live one. */
  private createRunner(seed: number): InkRunner {
    const runner: InkRunner = new InkRunner(this.options.storyJson, (name, value) => {
      if (this.runner === runner) this.publish(name, value);
    });
    runner.seed = seed;
    return runner;
  }
  private freshRun(): Partial<GameState> {
    const { hasAutosave, savingEnabled } = this.store.get();
    return { ...initialState(), hasAutosave, savingEnabled };
  }

  private publishSnapshot(runner: InkRunner): void {
    for (const [name, value] of Object.entries(runner.snapshot()))
      this.publish(name as ObservedVariable, value);
  }

  private publish(name: ObservedVariable, value: InkValue): void {
    if (isMeterId(name) && typeof value === 'number') {
      this.store.set({ meters: { ...this.store.get().meters, [name]: value } });
      return;
    }
    switch (name) {
      case 'protagonist':
        this.store.set({ protagonist: String(value) });
        break;
      case 'politburo':
        this.store.set({ politburo: asStrings(value) });
        break;
      case 'candidates':
        this.store.set({ candidates: asStrings(value) });
        break;
      case 'lenin_dead':
        this.store.set({ leninDead: value === true || value === 1 });
        break;
      case 'general_secretary':
        this.store.set({ generalSecretary: asStrings(value)[0] ?? String(value) });
        break;
      default:
        break;
    }
  }
}

/** The protagonist choice: the story's first, shown as its own screen. */
function isPicking(beat: Beat): boolean {
  return beat.choices.some((c) => toChoiceOption(c).protagonist !== null);
}

/** A save's choice that the story no longer offers: the save does not fit this story. */
class ChoiceNotOffered extends Error {}

/** Says plainly that new progress cannot be saved (a full storage), while every save can still be read. */
function writeProblemNotice(problem: string | null): Notice | null {
  return problem === null
    ? null
    : {
        level: 'warning',
        text: `New progress cannot be saved: ${problem}. Every save you have can still be opened.`,
      };
}

/** A run in a sentence, from its content: who, and how far. */
function describeRun(save: SaveGame): string {
  const decisions = decisionsTaken(save);
  const who = saveProtagonist(save);
  return `${who ? `Your run as ${who}` : 'Your previous run'} (${String(decisions)} decision${decisions === 1 ? '' : 's'})`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function randomSeed(): number {
  return Math.floor(Math.random() * 2_147_483_647);
}
