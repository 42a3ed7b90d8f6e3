/**
 * Commands in (new game, choose, continue), story out: runs the InkRunner, keeps the choice log,
 * autosaves at every choice point and writes everything the views need into the store.
 * It holds no story rules: those live in ink.
 */
import { type Beat, type InkValue, InkRunner, type ObservedVariable } from '../narrative/InkRunner.ts';
import type { EndingsStore } from '../persistence/EndingsStore.ts';
import type { SaveGame } from '../persistence/SaveGame.ts';
import { SAVE_SCHEMA_VERSION } from '../persistence/SaveGame.ts';
import type { SaveStore } from '../persistence/SaveStore.ts';
import type { Entry, GameState, Screen, ToolScreen } from './gameState.ts';
import { initialState } from './gameState.ts';
import { isMeterId } from './meters.ts';
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
}

const asStrings = (value: InkValue): string[] => (Array.isArray(value) ? value : []);

export class GameController {
  private runner: InkRunner | null = null;
  private choiceLog: number[] = [];
  private seed = 0;
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
                : 'It has been left untouched, and saving is off so that nothing overwrites it. You can still play.'),
          }
        : saves.enabled
          ? null
          : {
              level: 'info' as const,
              text: 'This browser does not let the game store data, so saving is off. You can still play.',
            };
    this.store.set({
      ...initialState(),
      hasAutosave: read.status === 'ok',
      savingEnabled: saves.enabled,
      notice,
    });
  }

  newGame(seed = (this.options.newSeed ?? randomSeed)()): void {
    this.runner = this.createRunner(seed);
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
    this.recordEnding();
    this.autosave();
  }

  /** Resumes the autosave exactly where the player was. Returns false (with a notice) if it cannot. */
  continueGame(): boolean {
    const read = this.options.saves.readAutosave();
    if (read.status !== 'ok') {
      this.boot();
      return false;
    }
    try {
      this.restore(read.save);
      return true;
    } catch (error) {
      const keptAs = this.options.saves.keepAutosaveAside();
      this.boot();
      this.store.set({
        notice: {
          level: 'warning',
          text:
            'Your saved game comes from an older version of the story and could not be replayed' +
            (keptAs ? '. It has been kept aside, not deleted.' : '.') +
            ` (${error instanceof Error ? error.message : String(error)})`,
        },
      });
      return false;
    }
  }

  returnToTitle(): void {
    this.boot();
  }

  /** Opens the What-if Lab or the Endings gallery; closeTool() goes back (to the ending, if from one). */
  openTool(screen: ToolScreen): void {
    const current = this.store.get().screen;
    if (current !== 'lab' && current !== 'gallery') this.toolReturn = current;
    this.store.set({ screen });
  }

  closeTool(): void {
    const back = this.toolReturn;
    this.toolReturn = null;
    if (back === 'story' || back === 'protagonist') this.store.set({ screen: back });
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

  private restore(save: SaveGame): void {
    // Replaying the log rebuilds the transcript; the saved ink state then restores the exact state
    // (a save from an older story has a different hash, and the replay alone carries it over).
    const runner = this.createRunner(save.seed);
    this.runner = runner;
    this.choiceLog = [];
    this.store.set({ ...this.freshRun(), notice: null });
    this.publishSnapshot(runner);
    let beat = runner.continue();
    const transcript: Entry[] = [];
    for (const index of save.choiceLog) {
      const choice = beat.choices.find((c) => c.index === index);
      if (!choice) throw new Error(`choice ${String(index + 1)} is no longer offered`);
      // As in live play, the protagonist screen's text is not part of the transcript.
      if (!isPicking(beat)) transcript.push(...readBeat(beat).entries);
      transcript.push({ kind: 'choice', text: choice.text });
      runner.choose(index);
      this.choiceLog.push(index);
      beat = runner.continue();
    }
    if (save.storyHash === this.options.storyHash) runner.loadState(save.inkState);
    this.store.set({ transcript });
    this.present(beat, [], { animate: false });
    this.publishSnapshot(runner);
    if (save.storyHash !== this.options.storyHash) this.autosave();
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
    const runner = this.runner;
    if (!runner) return;
    const save: SaveGame = {
      schemaVersion: SAVE_SCHEMA_VERSION,
      storyHash: this.options.storyHash,
      inkState: runner.saveState(),
      choiceLog: [...this.choiceLog],
      seed: this.seed,
      savedAt: new Date().toISOString(),
    };
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

  private createRunner(seed: number): InkRunner {
    this.seed = seed;
    const runner = new InkRunner(this.options.storyJson, (name, value) => {
      this.publish(name, value);
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
