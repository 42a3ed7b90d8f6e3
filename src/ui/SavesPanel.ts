/**
 * The Saves dialog, open from the masthead on every screen: three named slots (save, load, delete,
 * each asked about before anything is lost), export to a file and import from one. A native modal
 * <dialog> keeps focus inside and closes on Escape. Every result is said in a status line.
 */
import type { GameState } from '../core/gameState.ts';
import {
  describeRun,
  describeSave,
  keptWhy,
  type Outcome,
  SaveSlots,
  type SlotView,
} from '../core/SaveSlots.ts';
import type { Store } from '../core/store.ts';
import { LIMITS, type SaveGame } from '../persistence/SaveGame.ts';
import type { KeptView, SlotNumber } from '../persistence/SaveStore.ts';
import { h } from './dom.ts';
import { downloadText, readFileText } from './download.ts';
import './saves.css';

type Pending =
  { slot: SlotNumber; action: 'save' | 'delete' | 'load' } | { kept: string; action: 'delete-kept' } | null;

function savedWhen(save: SaveGame): string {
  const when = new Date(save.savedAt);
  return `Saved ${when.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`;
}

/** What a save holds, from its content (never from its labels). */
const who = (save: SaveGame): string => describeRun(save);

export class SavesPanel {
  readonly dialog: HTMLDialogElement;
  private readonly rows: HTMLElement;
  private readonly status: HTMLElement;
  private readonly off: HTMLElement;
  private readonly full: HTMLElement;
  private readonly keptList: HTMLElement;
  private readonly fileInput: HTMLInputElement;
  private pending: Pending = null;
  /** The control to focus after the next redraw (by its data-focus key). */
  private focusKey: string | null = null;

  constructor(
    private readonly slots: SaveSlots,
    private readonly store: Store<GameState>,
  ) {
    this.rows = h('div', { class: 'saves-rows' });
    this.status = h('p', { class: 'saves-status', role: 'status' });
    this.off = h(
      'p',
      { class: 'saves-off' },
      'Saving is off in this browser: it does not let the game store data. You can still export your run to a ' +
        'file, and import a file to play it.',
    );
    this.full = h('p', { class: 'saves-off', role: 'note' });
    this.keptList = h('div', { class: 'saves-rows saves-kept' });
    this.fileInput = h('input', { type: 'file', accept: '.json,application/json', hidden: true });
    this.fileInput.addEventListener('change', () => {
      void this.importPicked();
    });
    const importButton = h('button', { type: 'button' }, 'Import a save file…');
    importButton.addEventListener('click', () => {
      this.fileInput.click();
    });
    const close = h('button', { type: 'button', class: 'primary' }, 'Close');
    close.addEventListener('click', () => {
      this.dialog.close();
    });
    this.dialog = h(
      'dialog',
      { class: 'saves', 'aria-labelledby': 'saves-title', 'data-saves': true },
      h('h2', { id: 'saves-title', tabindex: -1 }, 'Saves'),
      h(
        'p',
        { class: 'saves-intro' },
        'The game saves itself after every choice. Keep a run in one of three slots, or in a file to take to ' +
          'another computer.',
      ),
      this.off,
      this.full,
      this.rows,
      this.keptList,
      this.status,
      h('div', { class: 'menu' }, importButton, this.fileInput, close),
    );
    document.body.append(this.dialog);
  }

  /** A button that opens the dialog, for the masthead. */
  opener(): HTMLButtonElement {
    const button = h(
      'button',
      { type: 'button', class: 'masthead-button saves-opener', 'aria-haspopup': 'dialog' },
      'Saves',
    );
    button.addEventListener('click', () => {
      this.open();
    });
    return button;
  }

  open(message = ''): void {
    this.pending = null;
    this.focusKey = null;
    this.render();
    this.say(message);
    if (!this.dialog.open) this.dialog.showModal();
    this.dialog.querySelector<HTMLElement>('#saves-title')?.focus();
  }

  private say(message: string): void {
    this.status.textContent = message;
  }

  private render(): void {
    this.off.hidden = this.slots.enabled;
    const problem = this.slots.writeProblem();
    this.full.hidden = problem === null;
    this.full.textContent =
      problem === null
        ? ''
        : `New progress cannot be saved: ${problem}. Every save below can still be loaded and exported.`;
    this.renderKept();
    const current = this.slots.current();
    const head = current ? this.currentRow(current) : this.autosaveRow();
    this.rows.replaceChildren(
      ...(head ? [head] : []),
      ...this.slots.list().map((view) => this.slotRow(view, current !== null)),
    );
    const target = this.focusKey
      ? this.dialog.querySelector<HTMLElement>(`[data-focus="${this.focusKey}"]`)
      : null;
    target?.focus();
    this.focusKey = null;
  }

  private row(id: string, title: string, ...content: (Node | null)[]): HTMLElement {
    return h(
      'section',
      { class: 'saves-row', 'aria-labelledby': `saves-${id}` },
      h('h3', { id: `saves-${id}` }, title),
      ...content,
    );
  }

  private button(label: string, accessibleName: string, focus: string, onClick: () => void): HTMLElement {
    const button = h('button', { type: 'button', 'aria-label': accessibleName, 'data-focus': focus }, label);
    button.addEventListener('click', onClick);
    return button;
  }

  private currentRow(save: SaveGame): HTMLElement {
    return this.row(
      'current',
      'This run',
      h('p', { class: 'saves-what' }, who(save) || 'In progress'),
      h(
        'div',
        { class: 'saves-actions' },
        this.button('Export this run', 'Export this run to a file', 'export-current', () => {
          this.export(save);
        }),
      ),
    );
  }

  private autosaveRow(): HTMLElement | null {
    const save = this.slots.autosave();
    if (!save) return null;
    return this.row(
      'autosave',
      'Autosave',
      h('p', { class: 'saves-what' }, who(save) || 'A run'),
      h('p', { class: 'saves-when' }, savedWhen(save)),
      h(
        'div',
        { class: 'saves-actions' },
        this.button('Continue', 'Continue the autosave', 'continue', () => {
          this.dialog.close();
          const outcome = this.slots.loadAutosave();
          if (!outcome.ok) this.open(outcome.message);
        }),
        this.button('Export the autosave', 'Export the autosave to a file', 'export-autosave', () => {
          this.export(save);
        }),
      ),
    );
  }

  private slotRow(view: SlotView, running: boolean): HTMLElement {
    const { slot } = view;
    const n = String(slot);
    const pending =
      this.pending && 'slot' in this.pending && this.pending.slot === slot ? this.pending.action : null;
    const actions: HTMLElement[] = [];
    const content: (Node | null)[] = [];
    const saveHere = this.button('Save here', `Save here in slot ${n}`, `save-${n}`, () => {
      this.ask(slot, 'save');
    });

    if (view.status === 'empty') {
      content.push(h('p', { class: 'saves-what' }, 'Empty'));
      if (running) actions.push(saveHere);
    } else if (view.status === 'unreadable') {
      content.push(
        h(
          'p',
          { class: 'saves-what saves-damaged' },
          `This save cannot be opened: ${view.reason}. It is kept here until you delete it.`,
        ),
      );
      if (running) actions.push(saveHere);
      actions.push(this.deleteButton(slot));
    } else {
      const { save } = view;
      content.push(
        h('p', { class: 'saves-what' }, describeSave(save)),
        save.name !== undefined && who(save) !== save.name ? h('p', { class: 'saves-who' }, who(save)) : null,
        h('p', { class: 'saves-when' }, savedWhen(save)),
      );
      actions.push(
        this.button('Load', `Load slot ${n}`, `load-${n}`, () => {
          if (running || this.slots.autosave()) this.ask(slot, 'load');
          else this.load(slot);
        }),
      );
      if (running) actions.push(saveHere);
      actions.push(
        this.button('Export', `Export slot ${n} to a file`, `export-${n}`, () => {
          this.export(save);
        }),
        this.deleteButton(slot),
      );
    }
    if (!this.slots.enabled) actions.length = 0;
    return this.row(
      `slot-${n}`,
      `Slot ${n}`,
      ...content,
      actions.length > 0 ? h('div', { class: 'saves-actions' }, ...actions) : null,
      pending ? this.confirmation(view, pending) : null,
    );
  }

  /** The saves kept aside: what each holds, why it was kept, and restore, export or delete (which asks). */
  private renderKept(): void {
    const kept = this.slots.kept();
    this.keptList.hidden = kept.length === 0;
    this.keptList.replaceChildren(
      h('h3', { class: 'saves-kept-title' }, 'Kept aside'),
      h(
        'p',
        { class: 'saves-intro' },
        'Runs the game kept rather than overwrite or delete. Restore one to play it, or export it to a file.',
      ),
      ...kept.map((view, n) => this.keptRow(view, n + 1)),
    );
  }

  private keptRow(view: KeptView, n: number): HTMLElement {
    const id = `kept-${String(n)}`;
    const title = view.read.ok ? describeSave(view.read.save) : 'A save that cannot be opened';
    const when = new Date(view.keptAt);
    const keptOn = Number.isNaN(when.getTime())
      ? ''
      : `Kept ${when.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`;
    const actions: HTMLElement[] = [];
    if (view.read.ok) {
      actions.push(
        this.button('Restore', `Restore kept save ${String(n)}: ${title}`, `restore-${id}`, () => {
          this.dialog.close();
          const outcome = this.slots.restoreKept(view.key);
          if (!outcome.ok) this.open(outcome.message);
        }),
      );
    }
    actions.push(
      this.button('Export', `Export kept save ${String(n)} to a file`, `export-${id}`, () => {
        const file = this.slots.exportKept(view.key);
        if (!file) return;
        downloadText(file.filename, file.text);
        this.say(`Exported as ${file.filename}.`);
      }),
      this.button('Delete', `Delete kept save ${String(n)}`, `delete-${id}`, () => {
        this.pending = { kept: view.key, action: 'delete-kept' };
        this.focusKey = `confirm-${id}`;
        this.say('');
        this.render();
      }),
    );
    const asking = this.pending?.action === 'delete-kept' && this.pending.kept === view.key;
    return this.row(
      id,
      title,
      view.read.ok && view.read.save.name !== undefined
        ? h('p', { class: 'saves-who' }, who(view.read.save))
        : null,
      h('p', { class: 'saves-why' }, view.read.ok ? keptWhy(view) : `${keptWhy(view)} (${view.read.reason})`),
      keptOn ? h('p', { class: 'saves-when' }, keptOn) : null,
      h('div', { class: 'saves-actions' }, ...actions),
      asking ? this.keptConfirmation(view.key, id, title) : null,
    );
  }

  private keptConfirmation(key: string, id: string, title: string): HTMLElement {
    const confirm = h(
      'button',
      { type: 'button', class: 'primary', 'data-focus': `confirm-${id}` },
      'Delete',
    );
    confirm.addEventListener('click', () => {
      this.done(this.slots.deleteKept(key), 'none');
    });
    const cancel = h('button', { type: 'button' }, 'Keep it');
    cancel.addEventListener('click', () => {
      this.pending = null;
      this.focusKey = `delete-${id}`;
      this.render();
    });
    return h(
      'div',
      { class: 'saves-confirm', role: 'group', 'aria-label': `Confirm deleting ${title}` },
      h('p', {}, `Delete “${title}” for good? Export it first if you may want it again.`),
      h('div', { class: 'saves-actions' }, confirm, cancel),
    );
  }

  private deleteButton(slot: SlotNumber): HTMLElement {
    const n = String(slot);
    return this.button('Delete', `Delete slot ${n}`, `delete-${n}`, () => {
      this.ask(slot, 'delete');
    });
  }

  private ask(slot: SlotNumber, action: 'save' | 'delete' | 'load'): void {
    this.pending = { slot, action };
    this.focusKey = action === 'save' ? `name-${String(slot)}` : `confirm-${String(slot)}`;
    this.say('');
    this.render();
  }

  private cancel(slot: SlotNumber, focus: string): void {
    this.pending = null;
    this.focusKey = `${focus}-${String(slot)}`;
    this.render();
  }

  /** The question asked before anything is written over or deleted. */
  private confirmation(view: SlotView, action: 'save' | 'delete' | 'load'): HTMLElement {
    const { slot } = view;
    const n = String(slot);
    const held = view.status === 'ok' ? `“${describeSave(view.save)}”` : 'the damaged save';
    const cancel = h('button', { type: 'button' }, action === 'delete' ? 'Keep it' : 'Cancel');
    cancel.addEventListener('click', () => {
      this.cancel(slot, action);
    });

    if (action === 'save') {
      const input = h('input', {
        id: `saves-name-${n}`,
        type: 'text',
        maxlength: LIMITS.name,
        autocomplete: 'off',
        'data-focus': `name-${n}`,
      });
      input.value = this.slots.suggestedName();
      const form = h(
        'form',
        { class: 'saves-confirm' },
        h('label', { for: `saves-name-${n}` }, `Name for the save in slot ${n}`),
        input,
        view.status === 'empty' ? null : h('p', {}, `This replaces ${held}.`),
        h(
          'div',
          { class: 'saves-actions' },
          h('button', { type: 'submit', class: 'primary' }, view.status === 'empty' ? 'Save' : 'Replace'),
          cancel,
        ),
      );
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.done(this.slots.saveTo(slot, input.value), `load-${n}`);
      });
      return form;
    }

    const question =
      action === 'delete'
        ? `Delete ${held} for good? Export it first if you may want it again.`
        : `Load ${held}? ${this.slots.current() ? 'The run you are playing' : 'The autosaved run'} will be ` +
          'replaced: to keep it, save it in a slot first.';
    const confirm = h(
      'button',
      { type: 'button', class: 'primary', 'data-focus': `confirm-${n}` },
      action === 'delete' ? 'Delete' : 'Load',
    );
    confirm.addEventListener('click', () => {
      if (action === 'delete') this.done(this.slots.delete(slot), `save-${n}`);
      else this.load(slot);
    });
    return h(
      'div',
      { class: 'saves-confirm', role: 'group', 'aria-label': `Confirm for slot ${n}` },
      h('p', {}, question),
      h('div', { class: 'saves-actions' }, confirm, cancel),
    );
  }

  private done(outcome: Outcome, focus: string): void {
    this.pending = null;
    this.focusKey = focus;
    this.render();
    if (!this.rows.contains(document.activeElement) && !this.keptList.contains(document.activeElement)) {
      this.dialog.querySelector<HTMLElement>('#saves-title')?.focus();
    }
    this.say(outcome.message);
  }

  /** Closes first, so the story screen can take focus; reopens with the reason if the save cannot be played. */
  private load(slot: SlotNumber): void {
    this.dialog.close();
    const outcome = this.slots.load(slot);
    if (!outcome.ok) this.open(outcome.message);
  }

  private export(save: SaveGame): void {
    const file = this.slots.exportFile(save);
    downloadText(file.filename, file.text);
    this.say(`Exported as ${file.filename}. Keep the file: import it here, on any device, to play on.`);
  }

  private async importPicked(): Promise<void> {
    const file = this.fileInput.files?.[0];
    this.fileInput.value = '';
    if (!file) return;
    const read = await readFileText(file, LIMITS.file);
    if (!read.ok) {
      this.say('That file cannot be imported: it is too large to be a saved game. Nothing was changed.');
      return;
    }
    const playing = this.store.get().beat;
    const outcome = this.slots.importFile(read.text);
    if (this.store.get().beat !== playing) {
      // Storage is off, so the import was played at once: show the story.
      this.dialog.close();
      document.querySelector<HTMLElement>('[data-choices] button')?.focus();
      return;
    }
    this.done(outcome, outcome.slot ? `load-${String(outcome.slot)}` : 'none');
  }
}
