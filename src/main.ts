/** Composition root: build the store, the saves and the controller; draw the text; then load the table. */
import storyJson, { storyHash } from '../story/main.ink';
import { GameController } from './core/GameController.ts';
import { initialState } from './core/gameState.ts';
import { SaveSlots } from './core/SaveSlots.ts';
import { createStore } from './core/store.ts';
import type { KeyValueStorage } from './persistence/SaveStore.ts';
import { SaveStore } from './persistence/SaveStore.ts';
import { App } from './ui/App.ts';
import { SavesPanel } from './ui/SavesPanel.ts';
import { registerServiceWorker } from './offline.ts';
import { errorReport, showRecovery } from './ui/Recovery.ts';
import './ui/styles.css';

/** localStorage, or null where the browser refuses it (private modes, disabled storage). */
function browserStorage(): KeyValueStorage | null {
  try {
    const storage = window.localStorage;
    const probe = 'the-empty-chair/probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

const root = document.getElementById('app');
if (!root) throw new Error('The page has no #app element.');

const store = createStore(initialState());
const saves = new SaveStore(browserStorage());
const controller = new GameController({ storyJson, storyHash, store, saves });
new App(root, store, controller);
const savesPanel = new SavesPanel(new SaveSlots(controller, saves), store);
root.querySelector('.masthead')?.append(savesPanel.opener());

// No error ever leaves a blank page: unexpected ones open the recovery screen.
const recover = (error: unknown): void => {
  const state = store.get();
  const context = {
    screen: state.screen,
    protagonist: state.protagonist,
    date: state.date ?? '',
    page: location.href,
  };
  showRecovery(root, errorReport(error, context), {
    restore: () => {
      if (!controller.continueGame()) controller.boot();
    },
    newGame: () => {
      controller.newGame();
    },
  });
};
window.addEventListener('error', (event) => {
  recover(event.error ?? event.message);
});
window.addEventListener('unhandledrejection', (event) => {
  recover(event.reason);
});

controller.boot();
performance.mark('ui-ready');
registerServiceWorker();

// Text first: Phaser (the large chunk) loads only now, and the table appears when it is ready.
const table = root.querySelector<HTMLElement>('[data-table]');
if (table) {
  const renderer = new URLSearchParams(location.search).get('renderer') === 'canvas' ? 'canvas' : 'auto';
  import('./scenes/mountTable.ts')
    .then(({ mountTable }) => mountTable(table, store, { renderer }))
    .catch((error: unknown) => {
      // The game is fully playable without the picture; say so quietly instead of failing.
      table.dataset.tableError = String(error);
      table.textContent = 'The table could not be drawn in this browser. The game plays on in text.';
    });
}
