/**
 * The browser's Back and Forward buttons move between the game's own screens: each screen the player
 * opens is an entry in the session history (History API), and going back or forward asks the controller
 * to show that screen again. A run and the Lab's results stay as they were; a screen that cannot be
 * shown any more (a timeline after the run was left) is skipped in the direction the player went.
 */
import type { GameState, Screen } from '../core/gameState.ts';
import type { Store } from '../core/store.ts';

interface Entry {
  theEmptyChair: true;
  screen: Screen;
  /** Position in this tab's history, to tell Back from Forward. */
  index: number;
}

const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && (value as Partial<Entry>).theEmptyChair === true;

export function bindHistory(store: Store<GameState>, navigate: (screen: Screen) => boolean): void {
  // The game places the reader on every screen itself (App.ts: each screen at its top, a run where it
  // stands). The browser's own restoring would put back an entry's old scroll position after that: the
  // title screen, after a reload and a run, opened part-way down on a phone.
  history.scrollRestoration = 'manual';
  let index = isEntry(history.state) ? history.state.index : 0;
  let restoring = false;
  const entry = (screen: Screen): Entry => ({ theEmptyChair: true, screen, index });
  history.replaceState(entry(store.get().screen), '');

  store.subscribe((state, previous) => {
    if (restoring || state.screen === previous.screen) return;
    // The protagonist screen gives way to the story: one entry, not two.
    if (previous.screen === 'protagonist' && state.screen === 'story') {
      history.replaceState(entry(state.screen), '');
      return;
    }
    index += 1;
    history.pushState(entry(state.screen), '');
  });

  window.addEventListener('popstate', (event) => {
    if (!isEntry(event.state)) {
      // A new entry of the page's own (a link pasted into the address bar changes only the fragment):
      // it stands for the screen on show until the link opens its own.
      index += 1;
      history.replaceState(entry(store.get().screen), '');
      return;
    }
    const back = event.state.index < index;
    index = event.state.index;
    restoring = true;
    const shown = navigate(event.state.screen);
    restoring = false;
    if (!shown) {
      // Not available now: keep going the same way (or stay, at either end).
      if (back && index > 0) history.back();
      else history.replaceState(entry(store.get().screen), '');
    }
  });
}
