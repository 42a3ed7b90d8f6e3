/**
 * The saves a player manages by hand: three named slots, export to a file and import from one. It
 * sits beside the GameController (which plays a save) and the SaveStore (which keeps it), and answers
 * every command with a plain sentence the view can show. Headless: the view does the file handling.
 */
import {
  decisionsTaken,
  parseSaveFile,
  type SaveGame,
  saveFileText,
  saveProtagonist,
} from '../persistence/SaveGame.ts';
import { isSafeText, LIMITS } from '../persistence/SaveGame.ts';
import { KEPT_WHY, type KeptView, type SaveStore, SLOTS, type SlotNumber } from '../persistence/SaveStore.ts';
import type { GameController } from './GameController.ts';

export type SlotView =
  | { slot: SlotNumber; status: 'empty' }
  | { slot: SlotNumber; status: 'ok'; save: SaveGame }
  | { slot: SlotNumber; status: 'unreadable'; reason: string };

/** What a command did, in words for the player. `ok: false` means nothing was changed. */
export interface Outcome {
  ok: boolean;
  message: string;
}

export interface ExportedFile {
  filename: string;
  text: string;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A player's name for a save, made safe: no control characters, trimmed, at most LIMITS.name long. */
export function cleanName(name: string): string {
  return name.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim().slice(0, LIMITS.name).trim();
}

/**
 * Who and how far, read from the save's content (its ink state and choices), never from its labels:
 * a save whose labels were edited or damaged is still listed as what it holds.
 */
export function describeRun(save: SaveGame): string {
  const who = saveProtagonist(save);
  const n = decisionsTaken(save);
  return who ? `${who}, ${String(n)} decision${n === 1 ? '' : 's'}` : 'Before picking a side';
}

/** How a save is shown in a list: the player's name for it, or what it holds. */
export function describeSave(save: SaveGame): string {
  return save.name ?? describeRun(save);
}

/** Why a save was kept aside, in the player's words. */
export function keptWhy(view: KeptView): string {
  return KEPT_WHY[view.why];
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}

export class SaveSlots {
  constructor(
    private readonly controller: GameController,
    private readonly saves: SaveStore,
  ) {}

  /** Whether slots can be written in this browser (export and import-to-play work regardless). */
  get enabled(): boolean {
    return this.saves.slotsEnabled;
  }

  list(): SlotView[] {
    return SLOTS.map((slot): SlotView => {
      const read = this.saves.readSlot(slot);
      if (read.status === 'ok') return { slot, status: 'ok', save: read.save };
      if (read.status === 'unreadable') return { slot, status: 'unreadable', reason: read.reason };
      return { slot, status: 'empty' };
    });
  }

  /** Why new progress cannot be saved now (a full storage), or null. */
  writeProblem(): string | null {
    return this.saves.enabled ? this.saves.writeProblem() : null;
  }

  /** The autosave, if there is one that can be read. */
  autosave(): SaveGame | null {
    const read = this.saves.readAutosave();
    return read.status === 'ok' ? read.save : null;
  }

  /** The run in progress, or null on the title screen and before the first choice. */
  current(): SaveGame | null {
    return this.controller.currentSave();
  }

  /** A name to offer for a new save: who and when in the story. */
  suggestedName(): string {
    const save = this.controller.currentSave();
    return save ? cleanName([saveProtagonist(save), save.storyDate].filter(Boolean).join(', ')) : '';
  }

  saveTo(slot: SlotNumber, name: string): Outcome {
    const clean = cleanName(name);
    const save = this.controller.currentSave(clean || undefined);
    if (!save)
      return { ok: false, message: 'There is no run to save yet: pick a side and make a choice first.' };
    if (!isSafeText(clean, LIMITS.name)) return { ok: false, message: 'That name cannot be used.' };
    const written = this.saves.writeSlot(slot, save);
    return written.ok
      ? { ok: true, message: `Saved in slot ${String(slot)} as “${describeSave(save)}”.` }
      : {
          ok: false,
          message: `Could not save in slot ${String(slot)}: ${written.reason}. Nothing was changed.`,
        };
  }

  load(slot: SlotNumber): Outcome {
    const read = this.saves.readSlot(slot);
    if (read.status === 'none') return { ok: false, message: `Slot ${String(slot)} is empty.` };
    if (read.status === 'unreadable') {
      return {
        ok: false,
        message: `The save in slot ${String(slot)} cannot be opened: ${read.reason}. It is kept in its slot.`,
      };
    }
    const loaded = this.controller.loadSave(read.save);
    return loaded.ok
      ? { ok: true, message: `Loaded “${describeSave(read.save)}”.` }
      : {
          ok: false,
          message: `The save in slot ${String(slot)} cannot be played: ${loaded.reason}. It is kept in its slot.`,
        };
  }

  loadAutosave(): Outcome {
    return this.controller.continueGame()
      ? { ok: true, message: 'Continued the autosaved run.' }
      : { ok: false, message: 'The autosave could not be played.' };
  }

  delete(slot: SlotNumber): Outcome {
    const done = this.saves.deleteSlot(slot);
    return done.ok
      ? { ok: true, message: `Slot ${String(slot)} is now empty.` }
      : { ok: false, message: `Could not delete slot ${String(slot)}: ${done.reason}.` };
  }

  /**
   * Reads a file the player picked. A foreign or damaged file is refused and nothing is touched. A good
   * one goes into the first empty slot; where storage is off, it is played at once instead.
   */
  importFile(text: string): Outcome & { slot?: SlotNumber } {
    const parsed = parseSaveFile(text);
    if (!parsed.ok)
      return { ok: false, message: `That file cannot be imported: ${parsed.reason}. Nothing was changed.` };
    const save = parsed.value;
    if (!this.saves.slotsEnabled) {
      const loaded = this.controller.loadSave(save);
      return loaded.ok
        ? {
            ok: true,
            message: `Saving is off in this browser, so “${describeSave(save)}” is being played now rather than kept.`,
          }
        : { ok: false, message: `That save cannot be played: ${loaded.reason}. Nothing was changed.` };
    }
    const free = this.list().find((s) => s.status === 'empty');
    if (!free) {
      return {
        ok: false,
        message: 'All three slots are in use. Delete or export one, then import again. Nothing was changed.',
      };
    }
    const written = this.saves.writeSlot(free.slot, save);
    if (!written.ok)
      return { ok: false, message: `Could not import: ${written.reason}. Nothing was changed.` };
    const playable = this.controller.checkSave(save);
    const where = `Imported “${describeSave(save)}” into slot ${String(free.slot)}.`;
    return playable.ok
      ? { ok: true, slot: free.slot, message: `${where} Load it to play.` }
      : {
          ok: true,
          slot: free.slot,
          message: `${where} It cannot be played: ${playable.reason}. It is kept there, so you can export it again.`,
        };
  }

  /** The saves kept aside (replaced runs, damaged saves), newest first. */
  kept(): KeptView[] {
    return this.saves.listKept();
  }

  /** Plays a kept save as the current run (the autosave it replaces is kept aside if it is another run). */
  restoreKept(key: string): Outcome {
    const view = this.kept().find((k) => k.key === key);
    if (!view) return { ok: false, message: 'That kept save is no longer there.' };
    if (!view.read.ok) {
      return { ok: false, message: `That kept save cannot be opened: ${view.read.reason}. It stays kept.` };
    }
    const loaded = this.controller.loadSave(view.read.save);
    if (!loaded.ok) {
      return { ok: false, message: `That kept save cannot be played: ${loaded.reason}. It stays kept.` };
    }
    // It is the autosave now; the kept copy would only be a duplicate.
    this.saves.deleteKept(key);
    return { ok: true, message: `Restored “${describeSave(view.read.save)}”: it is your current run.` };
  }

  deleteKept(key: string): Outcome {
    const done = this.saves.deleteKept(key);
    return done.ok
      ? { ok: true, message: 'The kept save is deleted.' }
      : { ok: false, message: `Could not delete it: ${done.reason}.` };
  }

  /** A kept save as a file: an importable save file, or, for one that cannot be read, its text as it is. */
  exportKept(key: string): ExportedFile | null {
    const view = this.kept().find((k) => k.key === key);
    if (!view) return null;
    if (view.read.ok) return this.exportFile(view.read.save);
    const text = this.saves.keptText(key);
    return text === null ? null : { filename: `the-empty-chair-damaged-save-${slug(view.keptAt)}.txt`, text };
  }

  /** The file for a save; the view downloads it. */
  exportFile(save: SaveGame): ExportedFile {
    const parts = [save.name ?? '', saveProtagonist(save) ?? '', save.savedAt.slice(0, 10)];
    const name = parts.map(slug).filter(Boolean).join('-');
    return { filename: `the-empty-chair-${name}.json`, text: saveFileText(save) };
  }
}
