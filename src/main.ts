/** Composition root: build the store, the saves and the controller; draw the text; then load the table. */
import storyJson, { storyHash } from '../story/main.ink';
import { GameController } from './core/GameController.ts';
import { isShareFragment } from './core/shareLink.ts';
import { initialState } from './core/gameState.ts';
import { createStore } from './core/store.ts';
import type { KeyValueStorage } from './persistence/SaveStore.ts';
import { EndingsStore } from './persistence/EndingsStore.ts';
import { SaveStore } from './persistence/SaveStore.ts';
import type { MatteredResult } from './sim/mattered.ts';
import type { RunRecord } from './sim/record.ts';
import { App } from './ui/App.ts';
import { errorReport, showRecovery } from './ui/Recovery.ts';
import { createToolViews } from './ui/tools.ts';
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

/** Re-simulates a run in a Web Worker (seconds of work) for the debrief's "decisions that mattered". */
function analyseInWorker(run: RunRecord): Promise<MatteredResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./sim/debrief.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener(
      'message',
      (event: MessageEvent<{ ok: boolean; result?: MatteredResult; error?: string }>) => {
        worker.terminate();
        if (event.data.ok && event.data.result) resolve(event.data.result);
        else reject(new Error(event.data.error ?? 'the analysis failed'));
      },
    );
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message));
    });
    worker.postMessage({ storyJson, run });
  });
}

const root = document.getElementById('app');
if (!root) throw new Error('The page has no #app element.');

const store = createStore(initialState());
const storage = browserStorage();
const endings = new EndingsStore(storage);
const controller = new GameController({
  storyJson,
  storyHash,
  store,
  saves: new SaveStore(storage),
  endings,
  analyse: analyseInWorker,
});
new App(root, store, controller, createToolViews({ storyJson, controller, endings }));

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
// A share link (#run=…) replays that run; a broken one says so on the title screen and changes nothing.
if (isShareFragment(location.hash)) {
  controller.openShared(location.hash);
  history.replaceState(null, '', location.pathname + location.search);
}
performance.mark('ui-ready');

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
