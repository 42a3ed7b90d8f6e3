/**
 * The saves a player manages by hand: three named slots, export to a file and import from one. It
 * sits beside the GameController (which plays a save) and the SaveStore (which keeps it), and answers
 * every command with a plain sentence the view can show. Headless: the view does the file handling.
 */
import { parseSaveFile, type SaveGame, saveFileText } from '../persistence/SaveGame.ts';
import { isSafeText, LIMITS } from '../persistence/SaveGame.ts';
import { type SaveStore, SLOTS, type SlotNumber } from '../persistence/SaveStore.ts';
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

/** How a save is shown in a list: its name, or who and when. */
export function describeSave(save: SaveGame): string {
  const where = [save.protagonist, save.storyDate].filter(Boolean).join(', ');
  return save.name ?? (where || 'A run');
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
    return save ? cleanName([save.protagonist, save.storyDate].filter(Boolean).join(', ')) : '';
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

  /** The file for a save; the view downloads it. */
  exportFile(save: SaveGame): ExportedFile {
    const parts = [save.name ?? '', save.protagonist ?? '', save.storyDate ?? '', save.savedAt.slice(0, 10)];
    const name = parts.map(slug).filter(Boolean).join('-');
    return { filename: `the-empty-chair-${name}.json`, text: saveFileText(save) };
  }
}
