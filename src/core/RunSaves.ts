/**
 * Saves of the run on screen: the autosave at every choice, the save of the run for a slot or a file,
 * and loading one. A save of this story version is resumed from its record and ink state, checked
 * against each other and against its choice log; a save from another version (or one written before
 * saves held records) is replayed from its choices.
 */
import { ChoiceNotOffered, replayLog, type RunLength, type RunRecord } from '../model/record.ts';
import type { SavedBranch, SaveGame } from '../persistence/SaveGame.ts';
import { decisionsTaken, SAVE_SCHEMA_VERSION, saveLength, saveProtagonist } from '../persistence/SaveGame.ts';
import type { SaveStore } from '../persistence/SaveStore.ts';
import type { GameState, Notice } from './gameState.ts';
import { initialState } from './gameState.ts';
import type { RunSession } from './RunSession.ts';
import type { Store } from './store.ts';

/** fault 'game': the story itself failed while replaying a good save (not the save's doing). */
export type LoadResult = { ok: true; older: boolean } | { ok: false; reason: string; fault: 'save' | 'game' };
type Refused = Extract<LoadResult, { ok: false }>;

const SAVING_OFF: Notice = {
  level: 'info',
  text: 'This browser does not let the game store data, so saving is off. You can still play.',
};

interface Playable {
  record: RunRecord;
  inkState: string;
}

export class RunSaves {
  constructor(
    private readonly deps: {
      session: RunSession;
      storyHash: string;
      saves: SaveStore;
      store: Store<GameState>;
      branches: () => SavedBranch[];
    },
  ) {}

  /** The title screen's state, with a notice about any save that could not be read. */
  boot(): void {
    const { saves, store } = this.deps;
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
    store.set({ ...initialState(), hasAutosave: read.status === 'ok', savingEnabled: saves.enabled, notice });
  }

  /** Resumes the autosave; returns it, or null (with a notice on the title screen) if it cannot. */
  continueGame(): SaveGame | null {
    const { saves, store } = this.deps;
    const read = saves.readAutosave();
    if (read.status !== 'ok') {
      this.boot();
      return null;
    }
    const loaded = this.load(read.save, { autosave: false });
    if (loaded.ok) return read.save;
    // A fault of the story is the game's: the save stays the autosave, to play when the game is fixed.
    const keptAs = loaded.fault === 'save' ? saves.keepAutosaveAside('story-changed') : null;
    this.deps.session.end();
    this.boot();
    store.set({
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
    return null;
  }

  load(save: SaveGame, { autosave = true } = {}): LoadResult {
    const playable = this.playable(save);
    if (!playable.ok) return playable;
    const older = save.storyHash !== this.deps.storyHash;
    if (autosave || older) this.deps.saves.replacing('loaded');
    this.deps.session.resume(playable.value.record, playable.value.inkState);
    this.deps.store.set({
      notice: older
        ? {
            level: 'info',
            text: 'This save comes from a different version of the story; it has been replayed from its choices.',
          }
        : this.deps.saves.enabled
          ? null
          : SAVING_OFF,
    });
    if (autosave || older) this.autosave(save.branches);
    return { ok: true, older };
  }

  check(save: SaveGame): LoadResult {
    const playable = this.playable(save);
    return playable.ok ? { ok: true, older: save.storyHash !== this.deps.storyHash } : playable;
  }

  /** The run on screen as a save, or null before the first choice. */
  currentSave(name?: string, branches = this.deps.branches()): SaveGame | null {
    const { session, store, storyHash } = this.deps;
    const record = session.record;
    if (!record || record.choiceLog.length === 0) return null;
    const { protagonist, date } = store.get();
    const save: SaveGame = {
      schemaVersion: SAVE_SCHEMA_VERSION,
      storyHash,
      inkState: record.states.at(-1) ?? session.inkState(),
      choiceLog: [...record.choiceLog],
      seed: record.seed,
      savedAt: new Date().toISOString(),
      record,
    };
    if (name !== undefined) save.name = name;
    if (protagonist !== '') save.protagonist = protagonist;
    if (date !== null) save.storyDate = date;
    if (branches.length > 0) save.branches = branches;
    return save;
  }

  /**
   * Playing on from a shared run (a choice, a rewind) makes it the player's: their own autosave is kept
   * aside at the write that replaces it (SaveStore), and the notice says so.
   */
  adoptShared(): void {
    this.deps.saves.replacing('shared-run');
    this.deps.store.set({ shared: false, notice: null });
  }

  autosave(branches?: SavedBranch[]): void {
    const { saves, store } = this.deps;
    const save = this.currentSave(undefined, branches);
    if (!save) return;
    if (store.get().shared) this.adoptShared();
    const result = saves.writeAutosave(save);
    const wasEnabled = store.get().savingEnabled;
    if (result.ok) store.set({ hasAutosave: true, savingEnabled: true });
    if (result.ok && result.kept) {
      const kept = result.kept.save;
      const what = kept ? describeRun(kept) : 'Your previous autosave, which could not be opened,';
      store.set({
        notice: {
          level: 'info',
          text: `${what} was kept aside, not overwritten: you will find it in Saves, under “Kept aside”.`,
        },
      });
    } else if (!result.ok && wasEnabled) {
      store.set({
        savingEnabled: false,
        notice: { level: 'warning', text: `Saving is off: ${result.reason}. You can keep playing.` },
      });
    }
  }

  /** Replays a seed and log in the session's spare runner (on this thread): for saves of another version. */
  replayHere(seed: number, choiceLog: readonly number[], length: RunLength): Playable {
    const runner = this.deps.session.checker();
    const recorder = replayLog(runner, seed, choiceLog, { length });
    return { record: recorder.record, inkState: runner.saveState() };
  }

  /** The record and ink state to resume a save from, or why it cannot be played. Changes nothing. */
  private playable(save: SaveGame): { ok: true; value: Playable } | Refused {
    const same = save.storyHash === this.deps.storyHash;
    // The ink state must be the record's own last state; if either was edited, the choices are trusted.
    const record = same && save.record?.states.at(-1) === save.inkState ? save.record : undefined;
    if (record) {
      const wrong = this.deps.session.checkResume(record, save.inkState, save.choiceLog);
      if (wrong !== null) return { ok: false, reason: wrong, fault: 'save' };
      return { ok: true, value: { record, inkState: save.inkState } };
    }
    try {
      return { ok: true, value: this.replayHere(save.seed, save.choiceLog, saveLength(save)) };
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
        reason: same
          ? `its choices do not fit the story (${error.message})`
          : `it comes from a different version of the story, and its choices no longer fit it (${error.message})`,
      };
    }
  }
}

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
