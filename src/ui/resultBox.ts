/**
 * The result code for the teacher's class board, at the end of a run (and on the timeline, for a run
 * not finished when the class gathers), as text to copy and as a QR code (drawn here, once the small QR
 * library has loaded).
 */
import { encodeResultCode, newTag, resultLink } from '../classroom/resultCode.ts';
import type { RunForCode } from '../core/GameController.ts';
import { copyField } from './copyField.ts';
import { h } from './dom.ts';

const TAGS_KEY = 'the-empty-chair/result-tags';
const KEPT_TAGS = 40;

/**
 * The run's tag: the one this browser gave it before, or a new one (kept if storage allows). A run keeps
 * its tag from its first choice to its end, so the board counts a run handed in early and again later once.
 */
function tagFor(run: RunForCode): string {
  const key = `${String(run.seed)}.${String(run.choiceLog[0] ?? '')}`;
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(TAGS_KEY) ?? '[]');
    const tags = Array.isArray(stored)
      ? stored.filter(
          (e): e is [string, string] =>
            Array.isArray(e) &&
            typeof e[0] === 'string' &&
            typeof e[1] === 'string' &&
            /^[0-9a-z]{3}$/.test(e[1]),
        )
      : [];
    const known = tags.find(([k]) => k === key)?.[1];
    if (known) return known;
    const tag = newTag();
    localStorage.setItem(TAGS_KEY, JSON.stringify([[key, tag], ...tags].slice(0, KEPT_TAGS)));
    return tag;
  } catch {
    return newTag();
  }
}

/** The result code of a finished run, or null when it cannot have one (an ending this code version lacks). */
export function resultCodeOf(run: RunForCode): string | null {
  if (run.protagonist !== 'Trotsky' && run.protagonist !== 'Stalin') return null;
  try {
    return encodeResultCode({
      tag: tagFor(run),
      side: run.protagonist,
      length: run.short ? 'short' : 'full',
      ending: run.ending,
      seed: run.seed,
      choiceLog: run.choiceLog,
      story: run.storyHash,
    });
  } catch {
    return null;
  }
}

export function resultBox(run: RunForCode | null): HTMLElement | null {
  const code = run ? resultCodeOf(run) : null;
  if (code === null) return null;
  const link = resultLink(location.href, code);
  const qr = h('div', { class: 'result-qr' });
  void import('./qr.ts').then(
    ({ qrCode }) => {
      qr.append(qrCode(link, 'QR code of your result, for your teacher’s class board'));
    },
    () => {
      // Offline before the QR library was cached: the code as text is enough.
    },
  );
  const finished = run?.ending != null;
  return h(
    'section',
    { class: 'result-box', 'data-result-code': code, 'aria-labelledby': 'result-head' },
    h(
      'h3',
      { id: 'result-head' },
      finished ? 'Your result code, for your teacher' : 'Your run so far, for your teacher',
    ),
    h(
      'p',
      {},
      (finished
        ? 'If your teacher collects the class’s results, give them this code, or let them scan the QR code. '
        : 'Not finished? If your teacher collects results now, give them this code: it holds your decisions so ' +
          'far. At the end you get the code of the whole run, which takes its place. ') +
        'It holds only this run (the side, the chances, your choices and the ending), nothing about you.',
    ),
    copyField(code, 'Your result code', 'Copy code'),
    qr,
  );
}
