/**
 * The class link: the game's address with the teacher's settings in its query, so pupils start with
 * them and no server or account is involved. `?class=1` marks a class link; `side=trotsky|stalin` fixes
 * the side (absent: the pupil's choice); `seed=N` gives everyone the same chances (absent: each their
 * own; the same `?seed=N` the game has always read); `run=short|full` the length of the run.
 * Parsing is strict: anything it does not recognise is left out, never guessed.
 */
import type { RunLength } from '../model/record.ts';

export type { RunLength };
export type Side = 'Trotsky' | 'Stalin';

export interface ClassSettings {
  side: Side | null;
  seed: number | null;
  length: RunLength;
}

export const MAX_SEED = 999_999_999;

/** The class settings in a query string, or null when it is not a class link. */
export function parseClassSettings(search: string): ClassSettings | null {
  const params = new URLSearchParams(search);
  if (params.get('class') !== '1') return null;
  const side = params.get('side')?.toLowerCase();
  const seed = params.get('seed') ?? '';
  return {
    side: side === 'trotsky' ? 'Trotsky' : side === 'stalin' ? 'Stalin' : null,
    seed: /^\d{1,9}$/.test(seed) ? Number(seed) : null,
    length: params.get('run') === 'short' ? 'short' : 'full',
  };
}

/** The class link for a page address (its query and fragment are replaced). */
export function classLink(pageUrl: string, settings: ClassSettings): string {
  const url = new URL(pageUrl);
  url.hash = '';
  const params = new URLSearchParams({ class: '1' });
  if (settings.side) params.set('side', settings.side.toLowerCase());
  if (settings.seed !== null) params.set('seed', String(settings.seed));
  params.set('run', settings.length);
  url.search = params.toString();
  return url.toString();
}

/** The settings in words, for the teacher's screen and the pupils' title screen, with each length's reading time. */
export function describeClassSettings(
  settings: ClassSettings,
  times: Record<RunLength, string | null> = { short: 'about 15–20 minutes', full: 'about 30–40 minutes' },
): string[] {
  return [
    settings.side ? `Everyone plays ${settings.side}.` : 'Each pupil chooses a side.',
    settings.seed !== null
      ? `Everyone meets the same chances (seed ${String(settings.seed)}), so runs can be compared.`
      : 'Each pupil meets chances of their own.',
    settings.length === 'short'
      ? `The lesson-length run: the key decisions, ${times.short ?? 'shorter'}.`
      : `The full run: every decision, ${times.full ?? 'at full length'}.`,
  ];
}
