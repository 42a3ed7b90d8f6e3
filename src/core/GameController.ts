/**
 * Commands in (new game, choose, continue), story out: runs the InkRunner, keeps the choice log,
 * autosaves at every choice point and writes everything the views need into the store.
 * It holds no story rules: those live in ink.
 */
import { type Beat, type InkValue, InkRunner, type ObservedVariable } from '../narrative/InkRunner.ts';
import type { SaveGame } from '../persistence/SaveGame.ts';
import { SAVE_SCHEMA_VERSION } from '../persistence/SaveGame.ts';
import type { SaveStore } from '../persistence/SaveStore.ts';
import type { Entry, GameState, Notice } from './gameState.ts';
import { initialState } from './gameState.ts';
import { isMeterId } from './meters.ts';
import type { Store } from './store.ts';
import { readBeat, toChoiceOption } from './transcript.ts';

export interface ControllerOptions {
  storyJson: string;
  storyHash: string;
  store: Store<GameState>;
  saves: SaveStore;
  /** Seeds for new runs; random by default, fixed in tests. */
  newSeed?: () => number;
}

export type LoadResult = { ok: true; older: boolean } | { ok: false; reason: string };

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
                : 'It has been left untouched, and saving is off so that nothing overwrites it. You can still play.'),
          }
        : saves.enabled
          ? null
          : SAVING_OFF;
    this.runner = null;
    this.choiceLog = [];
    this.store.set({
      ...initialState(),
      hasAutosave: read.status === 'ok',
      savingEnabled: saves.enabled,
      notice,
    });
  }

  newGame(seed = (this.options.newSeed ?? randomSeed)()): void {
    this.runner = this.createRunner(seed);
    this.seed = seed;
    this.choiceLog = [];
    this.store.set({ ...this.freshRun(), notice: this.store.get().notice });
    this.publishSnapshot(this.runner);
    this.present(this.runner.continue(), []);
  }

  choose(position: number): void {
    const runner = this.runner;
    const choice = this.store.get().choices[position];
    if (!runner || !choice) return;
    runner.choose(choice.index);
    this.choiceLog.push(choice.index);
    this.present(runner.continue(), [{ kind: 'choice', text: choice.text }]);
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
    const keptAs = saves.keepAutosaveAside();
    this.boot();
    this.store.set({
      notice: {
        level: 'warning',
        text:
          `Your saved game could not be played: ${loaded.reason}. ` +
          (keptAs ? 'It has been kept aside, not deleted.' : 'It has been left untouched.'),
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
    const { runner, beat, transcript, choiceLog } = replayed.value;
    this.runner = runner;
    this.seed = save.seed;
    this.choiceLog = choiceLog;
    this.store.set({
      ...this.freshRun(),
      notice: older
        ? {
            level: 'info',
            text: 'This save comes from an earlier version of the story; it has been replayed from its choices.',
          }
        : this.options.saves.enabled
          ? null
          : SAVING_OFF,
    });
    this.publishSnapshot(runner);
    this.store.set({ transcript });
    this.present(beat, [], { animate: false });
    this.publishSnapshot(runner);
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
    return save;
  }

  returnToTitle(): void {
    this.boot();
  }

  private tryReplay(save: SaveGame): { ok: true; value: Replay } | { ok: false; reason: string } {
    // Outside the try: a story that cannot be parsed is the game's fault, not the save's.
    const runner = this.createRunner(save.seed);
    try {
      return { ok: true, value: this.replay(save, runner) };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        reason:
          save.storyHash === this.options.storyHash
            ? `its choices do not fit the story (${detail})`
            : `it comes from an older version of the story, and its choices no longer fit it (${detail})`,
      };
    }
  }

  /**
   * Rebuilds a run from its seed and choice log in a runner of its own, without touching the store:
   * the story is deterministic, so this gives the exact ink state (the same JSON as the saved inkState,
   * tested). The replay, not the saved inkState, is trusted: a damaged or edited inkState cannot put the
   * game in a state that its transcript does not show.
   */
  private replay(save: SaveGame, runner: InkRunner): Replay {
    let beat = runner.continue();
    const transcript: Entry[] = [];
    const choiceLog: number[] = [];
    for (const index of save.choiceLog) {
      const choice = beat.choices.find((c) => c.index === index);
      if (!choice) throw new Error(`choice ${String(index + 1)} is no longer offered`);
      // As in live play, the protagonist screen's text is not part of the transcript.
      if (!isPicking(beat)) transcript.push(...readBeat(beat).entries);
      transcript.push({ kind: 'choice', text: choice.text });
      runner.choose(index);
      choiceLog.push(index);
      beat = runner.continue();
    }
    return { runner, beat, transcript, choiceLog };
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
    const result = this.options.saves.writeAutosave(save);
    const wasEnabled = this.store.get().savingEnabled;
    if (result.ok) this.store.set({ hasAutosave: true, savingEnabled: true });
    else if (wasEnabled) {
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

function randomSeed(): number {
  return Math.floor(Math.random() * 2_147_483_647);
}
