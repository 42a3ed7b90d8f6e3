/** Composition root: fetch the story, build the store, the saves and the controller; draw the text; then load the table. */
import storyUrl, { storyHash } from '../story/main.ink?asset';
import { parseClassSettings } from './classroom/classLink.ts';
import { RESULT_PREFIX } from './classroom/resultCode.ts';
import { GameController } from './core/GameController.ts';
import { type GameState, initialState } from './core/gameState.ts';
import { SaveSlots } from './core/SaveSlots.ts';
import { isShareFragment } from './core/shareLink.ts';
import { createStore } from './core/store.ts';
import { chunkFailed, isChunkLoadError, registerServiceWorker, watchChunkFailures } from './offline.ts';
import { RecordWorker } from './recordWorker.ts';
import tableChunks from './scenes/mountTable.ts?preload';
import { EndingsStore } from './persistence/EndingsStore.ts';
import type { KeyValueStorage } from './persistence/SaveStore.ts';
import { AUTOSAVE_KEY, SaveStore } from './persistence/SaveStore.ts';
import type { MatteredResult } from './model/analysis.ts';
import type { RunRecord } from './model/record.ts';
import { App } from './ui/App.ts';
import { isBenignNotice } from './ui/benignNotice.ts';
import { errorReport, type RecoveryActions, showRecovery } from './ui/Recovery.ts';
import { SavesPanel } from './ui/SavesPanel.ts';
import { bindHistory } from './ui/history.ts';
import { preloadModules } from './ui/preload.ts';
import { STALE_PAGE } from './ui/UpdateBar.ts';
import { Tabs } from './ui/Tabs.ts';
import { createToolViews } from './ui/tools.ts';
import './ui/styles.css';
import './ui/classroom.css';

/**
 * localStorage, or null where the browser refuses it (private modes, disabled storage). A full storage
 * is still used: every save in it can be read, and SaveStore says when a write fails and what to do.
 */
function browserStorage(): KeyValueStorage | null {
  try {
    const storage = window.localStorage;
    storage.getItem(AUTOSAVE_KEY);
    return storage;
  } catch {
    return null;
  }
}

/** How long the story may take to arrive before the player is told (a hanging request never ends by itself). */
const STORY_TIMEOUT_MS = 15_000;

/**
 * The compiled story, a separate cacheable file (preloaded by index.html alongside this script). Anything
 * that is not a whole story (a cut-short file, a network login page) fails here, before the game starts,
 * so the recovery screen offers what helps: a reload.
 */
async function loadStory(url: string): Promise<string> {
  const abort = new AbortController();
  const timer = setTimeout(() => {
    abort.abort();
  }, STORY_TIMEOUT_MS);
  try {
    const response = await fetch(url, { signal: abort.signal });
    if (!response.ok)
      throw new Error(`the story (${url}) could not be loaded: HTTP ${String(response.status)}`);
    const text = await response.text();
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
    if (typeof data !== 'object' || data === null || !('inkVersion' in data))
      throw new Error(
        `the story (${url}) arrived damaged or cut short, or a network login page came instead`,
      );
    return text;
  } catch (error) {
    if (abort.signal.aborted)
      throw new Error(`the story (${url}) did not arrive within ${String(STORY_TIMEOUT_MS / 1000)} seconds`, {
        cause: error,
      });
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Re-simulates a run in a Web Worker (seconds of work) for the debrief's "decisions that mattered". */
function analyseInWorker(storyJson: string, run: RunRecord): Promise<MatteredResult> {
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
let recovery: RecoveryActions | 'start' = 'start';

// No error ever leaves a blank page: unexpected ones open the recovery screen (from the first await on).
const recover = (error: unknown): void => {
  const state = store.get();
  const context = {
    screen: state.screen,
    protagonist: state.protagonist,
    date: state.date ?? '',
    page: location.href,
    build: import.meta.env.VITE_BUILD_LABEL ?? 'unlabelled',
  };
  showRecovery(root, errorReport(error, context), recovery);
};
/** Set once the table's picture fails: it is taken down, and the game plays on in text. */
let tableFailed: ((error: unknown) => void) | null = null;
window.addEventListener('error', (event) => {
  // A ResizeObserver loop notice (a resize, a text-size change) is the browser's, not a crash.
  if (isBenignNotice(event)) return;
  // Phaser failing in its own loop (e.g. a host policy without data: for its built-in textures) costs
  // the picture, not the game.
  const where = `${event.filename} ${event.error instanceof Error ? (event.error.stack ?? '') : ''}`;
  if (tableFailed && /\/phaser-[\w-]+\.js|node_modules\/phaser\//.test(where)) {
    tableFailed(event.error ?? event.message);
    return;
  }
  recover(event.error ?? event.message);
});
window.addEventListener('unhandledrejection', (event) => {
  // A part of the game that a deploy replaced: a reload fixes it (offline.ts), not the recovery screen.
  if (isChunkLoadError(event.reason)) {
    chunkFailed();
    return;
  }
  recover(event.reason);
});
watchChunkFailures();

const storyJson = await loadStory(storyUrl);
const storage = browserStorage();
const saves = new SaveStore(storage);
const endings = new EndingsStore(storage);
// ?seed=N starts every new game with that seed: the same chances for a whole class, and reproducible tests.
const seedParam = new URLSearchParams(location.search).get('seed') ?? '';
const fixedSeed = /^\d{1,9}$/.test(seedParam) ? Number(seedParam) : null;
const records = new RecordWorker(storyJson);
const controller = new GameController({
  ...(fixedSeed === null ? {} : { newSeed: () => fixedSeed }),
  storyJson,
  storyHash,
  store,
  saves,
  endings,
  analyse: (run) => analyseInWorker(storyJson, run),
  history: (protagonist, seed, length) => records.history(protagonist, seed, length),
  replay: (seed, choiceLog, length) => records.replay(seed, choiceLog, length),
});
recovery = {
  restore: () => {
    if (!controller.continueGame()) controller.boot();
  },
  newGame: () => {
    controller.newGame(undefined, parseClassSettings(location.search)?.length);
  },
};
// A class link (?class=1&side=…&seed=…&run=…) carries the teacher's settings.
const classSettings = parseClassSettings(location.search);
// Result codes that came with a link, for the class board to add when it opens.
const pendingResults: string[] = [];
new App(
  root,
  store,
  controller,
  createToolViews({ storyJson, storyHash, controller, endings, store, storage, pendingResults }),
  classSettings,
);
const savesPanel = new SavesPanel(new SaveSlots(controller, saves), store);
// One tab at a time writes the autosave; a second tab says so and offers to take over or play apart.
new Tabs(store, saves);
root.querySelector('.masthead')?.append(savesPanel.opener());

controller.boot();
// A share link (#run=…) replays that run; a broken one says so on the title screen and changes nothing.
// A result link (#result=…, a pupil's QR code) opens the class board, which adds the code. The fragment
// leaves the address bar (the history entry keeps its screen).
const openLink = async (): Promise<void> => {
  const link = location.hash;
  const plain = (): void => {
    history.replaceState(history.state, '', location.pathname + location.search);
  };
  if (link.startsWith(RESULT_PREFIX)) {
    pendingResults.push(link);
    plain();
    // The board reads the pending codes when it is drawn: draw it afresh if it is open.
    if (store.get().screen === 'board') controller.closeTool();
    controller.openTool('board');
    return;
  }
  if (!isShareFragment(link)) return;
  plain();
  await controller.openShared(link);
};
await openLink();
// Back and Forward move between the game's screens (the run and the Lab's results stay).
bindHistory(store, (screen) => controller.navigate(screen));
// A link pasted into the address bar of an open game changes only the fragment: honour it too.
window.addEventListener('hashchange', () => {
  void openLink();
});
performance.mark('ui-ready');
registerServiceWorker();
// While the player reads the title screen: the story is parsed, so that New game and Continue need not
// wait for it, and the story's italic face is fetched (the title uses none; the story's first screen
// does, and without it that screen is laid out in a fallback face and again when the face arrives).
const prepare = (): void => {
  controller.prepare();
  document.fonts.load('italic 400 1em "PT Serif"').catch(() => undefined);
};
if ('requestIdleCallback' in window) requestIdleCallback(prepare, { timeout: 3000 });
else setTimeout(prepare, 500);

// Text first: Phaser (1.3 MB, about a second of main-thread work on a mid-range phone) loads when a run
// starts, so the title screen stays responsive; the service worker has usually cached it by then. Until
// it draws, index.html shows a still drawing of the table.
const table = root.querySelector<HTMLElement>('[data-table]');
if (table) {
  const renderer = new URLSearchParams(location.search).get('renderer') === 'canvas' ? 'canvas' : 'auto';
  let game: { destroy(removeCanvas: boolean): void } | null = null;
  // The game is fully playable without the picture; say so quietly instead of failing.
  const fallBack = (error: unknown): void => {
    const running = game;
    game = null;
    tableFailed = null;
    try {
      running?.destroy(true);
    } catch {
      // It is going anyway: the text below replaces it.
    }
    table.dataset.tableError = String(error);
    table.textContent = isChunkLoadError(error)
      ? `The table could not be loaded: ${STALE_PAGE}. The game plays on in text.`
      : 'The table could not be drawn in this browser. The game plays on in text.';
  };
  const loadTable = (): void => {
    tableFailed = fallBack;
    import('./scenes/mountTable.ts')
      .then(async ({ mountTable }) => {
        // Phaser's module has just run, a long task of its own: boot the game in the next one.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (tableFailed) game = mountTable(table, store, { renderer });
      })
      .catch(fallBack);
  };
  // Only a run on screen shows the table: the title, the Lab, the gallery and the other screens never
  // load Phaser. Not the protagonist screen either: Phaser's module runs as one long task when it
  // arrives, and there it delayed the key or click that picks a side (oneDecision.test.ts saw two key
  // presses 40 ms apart arrive 636 ms apart). But the protagonist screen leads only to a run, so there
  // the table's chunks are fetched and compiled (a modulepreload runs nothing), and the run's import
  // finds them ready.
  let preloaded = false;
  const whenRunShown = (state: GameState): void => {
    if (state.screen === 'protagonist' && !preloaded) {
      preloaded = true;
      preloadModules(tableChunks);
    }
    if (state.screen !== 'story') return;
    stop();
    loadTable();
  };
  const stop = store.subscribe(whenRunShown);
  whenRunShown(store.get());
}
