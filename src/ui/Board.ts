/**
 * The class board: the teacher pastes the pupils' result codes (or links, or a text file of them, or
 * scans their QR codes where the browser has a barcode detector), and the board shows, large enough
 * for a projector, how the class's runs ended, each decision's choices beside history's, and the
 * causes that moved most. The codes are replayed in a Web Worker; the results stay in this browser.
 */
import { type BoardRun, type Checked, type ClassTotals, classTotals, entriesIn } from '../classroom/board.ts';
import type { BoardReply, BoardRequest } from '../classroom/board.worker.ts';
import { addRuns, BoardStore } from '../classroom/boardStore.ts';
import { causeNote } from '../classroom/causes.ts';
import { ENDING_NOTES } from '../classroom/endings.ts';
import type { KeyValueStorage } from '../persistence/SaveStore.ts';
import { h } from './dom.ts';
import { readFileText } from './download.ts';

/** What the board needs from the page. */
export interface BoardContext {
  storyJson: string;
  storyHash: string;
  storage: KeyValueStorage | null;
  /** Codes that arrived with the page (a result link opened here), added when the board opens. */
  pending?: string[];
}

const MAX_FILE = 512 * 1024;
const MAX_ENTRIES = 400;

type CheckedEntry = { text: string } & Checked;

/** Replays the entries in a Web Worker, reporting progress; resolves with every answer in order. */
function checkInWorker(
  context: BoardContext,
  entries: string[],
  progress: (done: number, total: number) => void,
): Promise<CheckedEntry[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../classroom/board.worker.ts', import.meta.url), {
      type: 'module',
    });
    const answers: CheckedEntry[] = [];
    worker.addEventListener('message', (event: MessageEvent<BoardReply>) => {
      const reply = event.data;
      if ('error' in reply) {
        worker.terminate();
        reject(new Error(reply.error));
        return;
      }
      answers.push({ text: reply.text, ...reply.checked });
      progress(reply.done, reply.total);
      if (reply.done === reply.total) {
        worker.terminate();
        resolve(answers);
      }
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the board’s worker failed'));
    });
    const request: BoardRequest = {
      storyJson: context.storyJson,
      storyHash: context.storyHash,
      entries,
    };
    worker.postMessage(request);
  });
}

const plural = (n: number, one: string, many = `${one}s`): string => `${String(n)} ${n === 1 ? one : many}`;
const shorten = (text: string): string => (text.length > 70 ? `${text.slice(0, 67)}…` : text);

function bar(count: number, total: number): HTMLElement {
  const fill = h('span', { class: 'board-bar-fill' });
  // Set through the CSSOM: the Content-Security-Policy refuses style attributes.
  fill.style.width = `${String(total === 0 ? 0 : Math.round((100 * count) / total))}%`;
  return h('span', { class: 'board-bar', 'aria-hidden': 'true' }, fill);
}

function endingsSection(totals: ClassTotals): HTMLElement {
  const history = new Set(ENDING_NOTES.filter((n) => n.history).map((n) => n.id));
  return h(
    'section',
    { class: 'board-section board-endings' },
    h('h2', {}, 'How the runs ended'),
    h(
      'p',
      { class: 'board-summary' },
      `${plural(totals.runs, 'run')}: ${String(totals.bySide.Stalin)} as Stalin, ${String(totals.bySide.Trotsky)} as ` +
        `Trotsky; ${String(totals.byLength.short)} short, ${String(totals.byLength.full)} full.`,
    ),
    h(
      'ol',
      { class: 'board-ending-list' },
      ...totals.endings.map((e) =>
        h(
          'li',
          { 'data-board-ending': e.ending ?? 'unfinished', 'data-count': e.count },
          h(
            'p',
            { class: 'board-ending-head' },
            h('strong', { class: 'board-ending-title' }, e.title),
            h('span', { class: 'board-count' }, `${String(e.count)} of ${String(totals.runs)}`),
          ),
          bar(e.count, totals.runs),
          h(
            'p',
            { class: 'board-power' },
            e.ending === null ? null : h('span', { class: 'board-label' }, 'Who holds power: '),
            e.power,
            e.ending !== null && history.has(e.ending)
              ? h('span', { class: 'board-history' }, ' History’s ending.')
              : null,
            ` Played as ${e.protagonists.join(' and ')}.`,
          ),
        ),
      ),
    ),
  );
}

function decisionsSection(totals: ClassTotals): HTMLElement {
  const sides = (['Trotsky', 'Stalin'] as const).filter((side) =>
    totals.decisions.some((d) => d.protagonist === side),
  );
  return h(
    'section',
    { class: 'board-section board-decisions' },
    h('h2', {}, 'Each decision: the class beside history'),
    ...sides.map((side) =>
      h(
        'div',
        { class: 'board-side' },
        sides.length > 1 ? h('h3', { class: 'board-side-head' }, `Playing ${side}`) : null,
        h(
          'ol',
          { class: 'board-decision-list' },
          ...totals.decisions
            .filter((d) => d.protagonist === side)
            .map((d) =>
              h(
                'li',
                { class: 'board-decision', 'data-board-decision': d.id, 'data-met': d.met },
                h(
                  'h4',
                  {},
                  d.title ?? '',
                  h(
                    'span',
                    { class: 'board-when' },
                    [d.date, `met in ${plural(d.met, 'run')}`].filter(Boolean).join(' · '),
                  ),
                ),
                h(
                  'ul',
                  { class: 'board-options' },
                  ...d.options.map((o) =>
                    h(
                      'li',
                      { class: o.historical ? 'historical' : '', 'data-count': o.count },
                      h(
                        'span',
                        { class: 'board-option-text' },
                        o.text,
                        o.historical
                          ? h('strong', { class: 'board-history-mark' }, ' History’s choice')
                          : null,
                      ),
                      h('span', { class: 'board-count' }, String(o.count)),
                      bar(o.count, d.met),
                    ),
                  ),
                ),
              ),
            ),
        ),
      ),
    ),
  );
}

/** The board shows the factors that moved most; the rest are in the causes ledger of each debrief. */
const SHOWN_CAUSES = 8;

function causesSection(totals: ClassTotals): HTMLElement {
  const rows = totals.causes.slice(0, SHOWN_CAUSES).map((c) => {
    const note = causeNote(c.cause);
    const balance = c.net > 0 ? 'helped' : c.net < 0 ? 'hurt' : 'evened out';
    return h(
      'tr',
      { 'data-board-cause': c.cause },
      h('th', { scope: 'row' }, h('strong', {}, note.name), h('span', { class: 'factor-line' }, note.line)),
      h('td', { class: 'num' }, String(c.moved)),
      h('td', { class: 'num' }, String(c.runs)),
      h('td', { class: c.net > 0 ? 'good' : c.net < 0 ? 'bad' : '' }, balance),
    );
  });
  return h(
    'section',
    { class: 'board-section board-causes' },
    h('h2', {}, 'The causes that moved most'),
    h(
      'p',
      {},
      'Each “Why did Stalin win?” factor, by the points of support it moved across the class’s runs, either way.',
    ),
    h(
      'table',
      { class: 'debrief-table board-cause-table' },
      h('caption', { class: 'visually-hidden' }, 'The factors that moved most across the class'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['Factor', 'Points moved', 'Runs', 'On balance, for the side played'].map((t) =>
            h('th', { scope: 'col' }, t),
          ),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
  );
}

function resultsView(runs: readonly BoardRun[]): HTMLElement {
  if (runs.length === 0)
    return h(
      'div',
      { class: 'board-results', 'data-board-runs': 0 },
      h(
        'p',
        { class: 'board-empty' },
        'No results yet. Add the codes your pupils got at the end of their runs.',
      ),
    );
  const totals = classTotals(runs);
  const other = runs.filter((r) => !r.sameStory).length;
  return h(
    'div',
    { class: 'board-results', 'data-board-runs': runs.length },
    other > 0
      ? h(
          'p',
          { class: 'notice info' },
          `${plural(other, 'result')} came from another version of the game; they replayed the same here and are counted.`,
        )
      : null,
    endingsSection(totals),
    causesSection(totals),
    decisionsSection(totals),
  );
}

interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

/** The browser's barcode detector, where it has one (Chrome on Android, macOS and ChromeOS). */
function barcodeDetector(): BarcodeDetectorClass | null {
  const found = (window as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  return typeof found === 'function' ? found : null;
}

export function boardScreen(context: BoardContext): HTMLElement {
  const store = new BoardStore(context.storage);
  let runs = store.read().runs;
  const status = h('p', { class: 'board-status', role: 'status', 'aria-live': 'polite' });
  const refusedView = h('section', { class: 'board-refused', 'aria-live': 'polite' });
  refusedView.hidden = true;
  const results = h('div', { class: 'board-results-wrap' });
  const codesList = h('details', { class: 'board-codes no-print' });

  const problemNote = (): HTMLElement | null => {
    const problem = store.read().problem;
    if (!problem) return null;
    return h(
      'p',
      { class: 'notice warning', role: 'alert' },
      `Some of the board kept in this browser could not be read: ${problem.reason}. ` +
        (problem.keptAs ? 'A copy of it has been kept aside, not deleted. ' : '') +
        'The results that could be read are shown.',
    );
  };

  const draw = (): void => {
    results.replaceChildren(resultsView(runs));
    codesList.replaceChildren(
      h('summary', {}, `The codes on the board (${String(runs.length)})`),
      h(
        'ul',
        {},
        ...runs.map((run) => {
          const remove = h('button', { type: 'button', class: 'btn btn-small' }, 'Remove');
          remove.setAttribute('aria-label', `Remove the result ${run.code}`);
          remove.addEventListener('click', () => {
            const kept = runs.filter((r) => r !== run);
            if (!store.write(kept)) {
              status.textContent = 'This browser would not save the change; nothing was removed.';
              return;
            }
            runs = kept;
            status.textContent = 'One result removed.';
            draw();
          });
          return h(
            'li',
            {},
            h('code', {}, run.code),
            ` ${run.protagonist}, ${run.length} run: ${run.endingTitle} `,
            remove,
          );
        }),
      ),
    );
    clearButton.disabled = runs.length === 0;
  };

  const showRefused = (refused: { text: string; reason: string }[]): void => {
    refusedView.hidden = refused.length === 0;
    refusedView.replaceChildren(
      h('h2', {}, `Not added (${String(refused.length)})`),
      h('p', {}, 'These were not added and changed nothing on the board:'),
      h(
        'ul',
        {},
        ...refused.map((r) =>
          h('li', { 'data-refused': '' }, h('code', {}, shorten(r.text)), ` — ${r.reason}.`),
        ),
      ),
    );
  };

  /** Checks the entries of a text and adds the good ones; the rest are listed with a reason. */
  const addNow = async (text: string, source: string): Promise<void> => {
    const entries = entriesIn(text);
    if (entries.length === 0) {
      status.textContent = `There were no codes in ${source}.`;
      return;
    }
    if (entries.length > MAX_ENTRIES) {
      status.textContent = `That is more than ${String(MAX_ENTRIES)} lines; nothing was added. Add them in parts.`;
      return;
    }
    addButton.disabled = true;
    status.textContent = `Checking ${plural(entries.length, 'code')}…`;
    try {
      const checked = await checkInWorker(context, entries, (done, total) => {
        status.textContent = `Checking the codes: ${String(done)} of ${String(total)}…`;
      });
      const result = addRuns(runs, checked);
      if (result.added + result.updated > 0 && !store.write(result.runs)) {
        status.textContent =
          'This browser would not save the results (its storage is full or turned off); nothing was added.';
        showRefused([]);
        return;
      }
      runs = result.runs;
      const parts = [`Added ${plural(result.added, 'result')} from ${source}.`];
      if (result.updated > 0)
        parts.push(
          `${plural(result.updated, 'run was', 'runs were')} handed in again further on, and updated.`,
        );
      if (result.duplicates > 0)
        parts.push(`${plural(result.duplicates, 'code was', 'codes were')} already on the board.`);
      if (result.refused.length > 0)
        parts.push(`${plural(result.refused.length, 'line was', 'lines were')} not added (see below).`);
      status.textContent = parts.join(' ');
      showRefused(result.refused);
      draw();
    } catch (error) {
      status.textContent = `The codes could not be checked in this browser (${error instanceof Error ? error.message : String(error)}); nothing was added.`;
    } finally {
      addButton.disabled = false;
    }
  };
  // One check at a time, in the order asked: a code scanned or a file chosen while a paste is being
  // checked waits its turn instead of being dropped.
  let queue: Promise<void> = Promise.resolve();
  const add = (text: string, source: string): Promise<void> => {
    const next = queue.then(() => addNow(text, source));
    queue = next.catch(() => undefined);
    return next;
  };

  const textarea = h('textarea', {
    id: 'board-paste',
    rows: 5,
    spellcheck: false,
    autocomplete: 'off',
    placeholder: 'ec1-…  (one code or link per line)',
  });
  const addButton = h(
    'button',
    { type: 'submit', class: 'btn btn-primary', 'data-board-add': '' },
    'Add to the board',
  );
  const pasteForm = h(
    'form',
    { class: 'board-paste' },
    h('label', { for: 'board-paste' }, 'Paste result codes or result links, one per line'),
    textarea,
    h('div', { class: 'menu' }, addButton),
  );
  pasteForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = textarea.value;
    void add(text, 'what you pasted').then(() => {
      if (refusedView.hidden) textarea.value = '';
    });
  });

  const fileInput = h('input', { type: 'file', accept: '.txt,.csv,text/plain', id: 'board-file' });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    void readFileText(file, MAX_FILE).then((read) => {
      fileInput.value = '';
      if (!read.ok) {
        status.textContent = 'That file is too large to be a list of codes; nothing was added.';
        return;
      }
      return add(read.text, `the file ${file.name}`);
    });
  });
  const fileRow = h(
    'p',
    { class: 'board-file' },
    h('label', { for: 'board-file' }, 'Or add a text file of codes (one per line): '),
    fileInput,
  );

  const scanRow = cameraScanner((code) => add(code, 'the camera'));

  const printButton = h(
    'button',
    { type: 'button', class: 'btn btn-secondary', 'data-board-print': '' },
    'Print the board',
  );
  printButton.addEventListener('click', () => {
    window.print();
  });
  const clearButton = h(
    'button',
    { type: 'button', class: 'btn btn-secondary', 'data-board-clear': '' },
    'Clear the board',
  );
  const confirmBox = h('div', { class: 'board-confirm', role: 'group', 'aria-label': 'Clear the board?' });
  confirmBox.hidden = true;
  clearButton.addEventListener('click', () => {
    const yes = h(
      'button',
      { type: 'button', class: 'btn btn-primary', 'data-board-clear-yes': '' },
      'Yes, clear the board',
    );
    const no = h('button', { type: 'button', class: 'btn btn-secondary' }, 'Keep the results');
    confirmBox.replaceChildren(
      h('p', {}, `Remove all ${plural(runs.length, 'result')} from this browser? This cannot be undone.`),
      h('div', { class: 'menu' }, yes, no),
    );
    confirmBox.hidden = false;
    yes.focus();
    yes.addEventListener('click', () => {
      store.clear();
      runs = [];
      confirmBox.hidden = true;
      showRefused([]);
      status.textContent = 'The board is cleared.';
      draw();
      clearButton.focus();
    });
    no.addEventListener('click', () => {
      confirmBox.hidden = true;
      clearButton.focus();
    });
  });

  draw();
  const screen = h(
    'div',
    { class: 'classroom-page board' },
    h(
      'p',
      { class: 'lede no-print' },
      'At the end of every run, each pupil gets a result code and a QR code. Collect them here to see the ' +
        'class’s runs together: paste them (from a shared document or your class’s chat), add a text file of ' +
        'them, or scan the QR codes.',
    ),
    problemNote(),
    results,
    h(
      'section',
      { class: 'board-intro no-print', 'aria-labelledby': 'board-add-head' },
      h('h2', { id: 'board-add-head' }, 'Add results'),
      h(
        'p',
        { class: 'board-privacy' },
        'The results stay only in this browser, on this device (its local storage): nothing is sent anywhere, ' +
          'and a code holds only a run (the side, the chances, the choices and the ending), never a name. ' +
          'Another browser has its own board. “Clear the board” removes them.',
      ),
      context.storage
        ? null
        : h(
            'p',
            { class: 'notice warning' },
            'This browser does not let the game keep anything, so the board will be empty again when the page is closed.',
          ),
      pasteForm,
      fileRow,
      scanRow,
      status,
      refusedView,
      h('div', { class: 'menu board-tools' }, printButton, clearButton),
      confirmBox,
      codesList,
    ),
  );
  if (context.pending && context.pending.length > 0) {
    const pending = context.pending.join('\n');
    context.pending.length = 0;
    void add(pending, 'the link you opened');
  }
  return screen;
}

/** A camera scan of pupils' QR codes, where the browser offers a barcode detector; else nothing. */
function cameraScanner(onCode: (code: string) => Promise<void>): HTMLElement | null {
  const Detector = barcodeDetector();
  // No camera API outside a secure context (a page served over plain http from another machine).
  const devices = (navigator as { mediaDevices?: MediaDevices }).mediaDevices;
  if (!Detector || typeof devices?.getUserMedia !== 'function') return null;
  const video = h('video', { class: 'board-video', muted: true, playsinline: true, 'aria-hidden': 'true' });
  video.hidden = true;
  const start = h(
    'button',
    { type: 'button', class: 'btn btn-secondary', 'data-board-scan': '' },
    'Scan QR codes with the camera',
  );
  const note = h('span', { class: 'board-scan-note', role: 'status' });
  let stream: MediaStream | null = null;
  const seen = new Set<string>();
  // Leaving the board stops the camera: watched only while it runs.
  const leaving = new MutationObserver(() => {
    if (!video.isConnected) stop();
  });
  const stop = (): void => {
    leaving.disconnect();
    stream?.getTracks().forEach((t) => {
      t.stop();
    });
    stream = null;
    video.srcObject = null;
    video.hidden = true;
    start.textContent = 'Scan QR codes with the camera';
  };
  const scan = async (detector: BarcodeDetectorLike, running: MediaStream): Promise<void> => {
    while (stream === running) {
      try {
        for (const { rawValue } of await detector.detect(video)) {
          // A code held up stays in view for many frames: it is added once.
          if (seen.has(rawValue)) continue;
          seen.add(rawValue);
          note.textContent = 'A code was read.';
          await onCode(rawValue);
        }
      } catch {
        // A frame the detector could not read: try the next one.
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };
  start.addEventListener('click', () => {
    if (stream) {
      stop();
      note.textContent = 'The camera is off.';
      return;
    }
    devices.getUserMedia({ video: { facingMode: 'environment' } }).then(
      async (media) => {
        stream = media;
        leaving.observe(document.body, { childList: true, subtree: true });
        video.srcObject = media;
        video.hidden = false;
        start.textContent = 'Stop the camera';
        note.textContent = 'Hold each pupil’s QR code up to the camera.';
        try {
          await video.play();
        } catch {
          stop();
          note.textContent = 'The camera could not be shown; paste the codes instead.';
          return;
        }
        await scan(new Detector({ formats: ['qr_code'] }), media);
      },
      () => {
        note.textContent = 'The camera could not be opened; paste the codes instead.';
      },
    );
  });
  return h('div', { class: 'board-scan' }, h('div', { class: 'menu' }, start, note), video);
}
