/**
 * One game, many tabs: only one tab at a time writes the autosave. A tab holds a Web Lock while a run is
 * on screen; a second tab that starts a run finds the lock taken and says plainly that another tab is
 * playing, offering to take over (the lock is stolen, and the first tab is told) or to play on as a
 * separate run (saved apart, under "Kept aside"). Where Web Locks are missing, the storage event tells a
 * tab that another one wrote the autosave. Either way no run is lost: the SaveStore keeps aside any run
 * that a write would replace.
 */
import type { GameState } from '../core/gameState.ts';
import type { Store } from '../core/store.ts';
import { AUTOSAVE_KEY, type SaveStore } from '../persistence/SaveStore.ts';
import { h } from './dom.ts';

const LOCK = 'the-empty-chair/autosave';

type Situation = 'second' | 'taken';

const TEXT: Record<Situation, { title: string; body: string }> = {
  second: {
    title: 'Another tab is playing',
    body:
      'The Empty Chair is open in another tab of this browser, and a run is being played there. Two tabs ' +
      'saving the same game would overwrite each other, so choose how to go on here.',
  },
  taken: {
    title: 'Another tab took over',
    body:
      'This game is now being played in another tab. Your run here was saved at your last choice and will ' +
      'not be lost. Choose how to go on here.',
  },
};

export class Tabs {
  private readonly dialog: HTMLDialogElement;
  private readonly title: HTMLElement;
  private readonly body: HTMLElement;
  /** Releases the held lock (null: not held). */
  private release: (() => void) | null = null;
  /** The last lock request, settled once its lock is released (a new claim waits for it). */
  private request: Promise<unknown> = Promise.resolve();
  private claiming = false;
  private playing = false;

  constructor(
    store: Store<GameState>,
    private readonly saves: SaveStore,
  ) {
    this.title = h('h2', { id: 'tabs-title', tabindex: -1 });
    this.body = h('p');
    const takeOver = h('button', { type: 'button', class: 'primary' }, 'Take over here');
    takeOver.addEventListener('click', () => {
      this.dialog.close();
      this.saves.playHere();
      void this.claim(true);
    });
    const separate = h('button', { type: 'button' }, 'Play on here as a separate run');
    separate.addEventListener('click', () => {
      this.dialog.close();
      this.saves.playSeparately();
    });
    this.dialog = h(
      'dialog',
      { class: 'saves tabs-dialog', 'aria-labelledby': 'tabs-title', 'data-tabs': true },
      this.title,
      this.body,
      h(
        'p',
        { class: 'saves-who' },
        'Taking over makes this tab the one that saves: the other tab stops, and its run is kept. A separate ' +
          'run is saved apart from the autosave, under “Kept aside” in Saves.',
      ),
      h('div', { class: 'saves-actions' }, takeOver, separate),
    );
    // The player must choose: Escape does not dismiss the question.
    this.dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
    });
    document.body.append(this.dialog);

    store.subscribe((state) => {
      this.follow(state);
    });
    this.follow(store.get());
    // Without Web Locks, a write by another tab is how this one learns of it.
    window.addEventListener('storage', (event) => {
      if (event.key === AUTOSAVE_KEY && this.playing && !this.saves.separate && !hasLocks())
        this.ask('taken');
    });
  }

  /** A run is on screen (and it is the player's own, not a shared run being watched): hold the lock. */
  private follow(state: GameState): void {
    const playing =
      state.screen !== 'title' && state.screen !== 'lab' && state.screen !== 'gallery' && !state.shared;
    if (playing === this.playing) return;
    this.playing = playing;
    if (playing) {
      if (!this.saves.separate) void this.claim(false);
    } else {
      this.letGo();
      // The next run in this tab starts as the autosave again (asking again if another tab plays).
      this.saves.playHere();
    }
  }

  private async claim(steal: boolean): Promise<void> {
    if (!hasLocks() || this.release || this.claiming) return;
    this.claiming = true;
    // This tab's own lock, just released (a run restarted), must be gone before asking for it again.
    await this.request.catch(() => undefined);
    const got = await new Promise<boolean>((resolve) => {
      this.request = navigator.locks
        .request(LOCK, steal ? { steal: true } : { ifAvailable: true }, (lock) => {
          if (!lock) {
            resolve(false);
            return undefined;
          }
          resolve(true);
          return new Promise<void>((release) => {
            this.release = release;
          });
        })
        .catch(() => {
          // Stolen: another tab took over while this one held the lock.
          if (!this.release) return;
          this.release = null;
          if (this.playing && !this.saves.separate) this.ask('taken');
        });
    });
    this.claiming = false;
    if (!got && this.playing && !this.saves.separate) this.ask('second');
    // The run may have ended while the lock was being granted.
    if (got && !this.playing) this.letGo();
  }

  private letGo(): void {
    this.release?.();
    this.release = null;
  }

  private ask(situation: Situation): void {
    this.title.textContent = TEXT[situation].title;
    this.body.textContent = TEXT[situation].body;
    // The question comes before anything else open (a dialog, the recovery screen is not affected).
    for (const open of document.querySelectorAll<HTMLDialogElement>('dialog[open]')) {
      if (open !== this.dialog) open.close();
    }
    if (!this.dialog.open) this.dialog.showModal();
    this.title.focus();
  }
}

function hasLocks(): boolean {
  return typeof navigator !== 'undefined' && 'locks' in navigator;
}
