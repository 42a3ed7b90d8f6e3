/**
 * The class board, headless: result codes made from real seeded playthroughs add up to the counts the
 * playthroughs themselves give, and malformed or foreign codes are refused with a reason and change
 * nothing that is stored.
 */
import storyJson from '../../story/main.ink';
import { describe, expect, it } from 'vitest';

import { type Policy, playthrough, randomPolicy } from '../sim/playthrough.ts';
import { mulberry32 } from '../sim/random.ts';
import { type BoardRun, checkCode, classTotals, entriesIn, NOT_FINISHED } from './board.ts';
import { addRuns, BOARD_KEY, BoardStore, parseBoard } from './boardStore.ts';
import { checksum, encodeResultCode, ENDINGS_V1, parseResultCode, resultLink } from './resultCode.ts';

const STORY_HASH = 'abcd1234abcd1234';

interface Played {
  code: string;
  side: 'Trotsky' | 'Stalin';
  ending: string;
  endingTitle: string;
  /** Decision id → the text of the option taken. */
  chosen: [string, string][];
  /** Cause → points moved, either way. */
  moved: Map<string, number>;
}

/** One seeded run, played by the real headless playthrough, with what it did noted beat by beat. */
function play(seed: number): Played {
  const chosen: [string, string][] = [];
  const moved = new Map<string, number>();
  let endingTitle = '';
  const policy: Policy = (beat, random) => {
    const position = randomPolicy(beat, random);
    const decision = beat.lines.find((l) => l.decision !== undefined)?.decision;
    if (decision !== undefined) chosen.push([decision, beat.choices[position]?.text ?? '']);
    return position;
  };
  const run = playthrough(storyJson, {
    seed,
    policy,
    onBeat: (beat) => {
      for (const line of beat.lines) {
        const shift = line.shift;
        if (shift && shift.delta !== 0)
          moved.set(shift.cause, (moved.get(shift.cause) ?? 0) + Math.abs(shift.delta));
        if (line.ending !== undefined) endingTitle = line.text.trim().replace(/\.$/, '');
      }
    },
  });
  const side = run.runner.variable('protagonist') === 'Trotsky' ? 'Trotsky' : 'Stalin';
  const ending = run.ending ?? '';
  const code = encodeResultCode({
    tag: (seed * 7919).toString(36).slice(-3).padStart(3, '0'),
    side,
    length: 'full',
    ending,
    seed,
    choiceLog: run.choices,
    story: STORY_HASH,
  });
  return { code, side, ending, endingTitle, chosen, moved };
}

const played = Array.from({ length: 50 }, (_, i) => play(1000 + i * 37));

function memoryStorage(): Map<string, string> & {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
  removeItem(k: string): void;
} {
  const map = new Map<string, string>();
  return Object.assign(map, {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  });
}

describe('result codes', () => {
  it('round-trip what a run needs, and nothing about the pupil', () => {
    const [first] = played;
    if (!first) throw new Error('no runs');
    const parsed = parseResultCode(first.code);
    expect(parsed.ok && parsed.value.ending).toBe(first.ending);
    expect(parsed.ok && parsed.value.side).toBe(first.side);
    expect(first.code).toMatch(
      /^ec1-[0-9a-z]{3}-[ts][fs][0-9a-z]-[0-9a-z]+-[0-9a-z]+-[0-9a-f]{4}-[0-9a-z]{4}$/,
    );
    expect(first.code.length).toBeLessThan(50);
    // Upper case, spaces around it, and the link a QR code carries all read the same.
    const link = resultLink('https://example.org/game/?class=1#x', first.code);
    expect(link).toBe(`https://example.org/game/#result=${first.code}`);
    for (const text of [first.code.toUpperCase(), `  ${first.code}\t`, link]) {
      const again = parseResultCode(text);
      expect(again.ok && again.value).toEqual(parsed.ok && parsed.value);
    }
  });

  it('has a place for every ending the story tags', () => {
    const tagged = new Set([...storyJson.matchAll(/ENDING: ([a-z_]+)/g)].map((m) => m[1]));
    expect([...tagged].sort()).toEqual([...ENDINGS_V1].sort());
  });
});

describe('the class board', () => {
  const checked = played.map((p) => ({ text: p.code, ...checkCode(storyJson, STORY_HASH, p.code) }));
  const { runs } = addRuns([], checked);

  it('adds 50 codes from seeded runs, all of them', () => {
    expect(checked.filter((c) => !c.ok)).toEqual([]);
    expect(runs).toHaveLength(50);
  });

  it('counts how the runs ended, by the title the story wrote', () => {
    const totals = classTotals(runs);
    expect(totals.runs).toBe(50);
    expect(totals.bySide.Stalin + totals.bySide.Trotsky).toBe(50);
    expect(totals.bySide.Stalin).toBe(played.filter((p) => p.side === 'Stalin').length);
    const expected = new Map<string, number>();
    for (const p of played) expected.set(p.endingTitle, (expected.get(p.endingTitle) ?? 0) + 1);
    expect(new Map(totals.endings.map((e) => [e.title, e.count]))).toEqual(expected);
    expect(totals.endings.length).toBeGreaterThan(2);
    for (const e of totals.endings) expect(e.power.length).toBeGreaterThan(10);
  });

  it('counts each decision’s choices, and marks history’s', () => {
    const totals = classTotals(runs);
    const expected = new Map<string, Map<string, number>>();
    for (const p of played)
      for (const [id, text] of p.chosen) {
        const options = expected.get(id) ?? new Map<string, number>();
        options.set(text, (options.get(text) ?? 0) + 1);
        expected.set(id, options);
      }
    expect(new Set(totals.decisions.map((d) => d.id))).toEqual(new Set(expected.keys()));
    for (const d of totals.decisions) {
      const chosen = new Map(d.options.filter((o) => o.count > 0).map((o) => [o.text, o.count]));
      expect(chosen).toEqual(expected.get(d.id));
      expect(d.met).toBe([...(expected.get(d.id)?.values() ?? [])].reduce((a, b) => a + b, 0));
      expect(d.options.filter((o) => o.historical).length).toBeLessThanOrEqual(1);
    }
    expect(totals.decisions.some((d) => d.options.some((o) => o.historical))).toBe(true);
    // Trotsky's decisions come first, then Stalin's.
    const sides = totals.decisions.map((d) => d.protagonist);
    expect(sides.indexOf('Stalin')).toBeGreaterThan(sides.lastIndexOf('Trotsky'));
  });

  it('ranks the causes by the points they moved across the class', () => {
    const totals = classTotals(runs);
    const expected = new Map<string, number>();
    for (const p of played)
      for (const [cause, n] of p.moved) expected.set(cause, (expected.get(cause) ?? 0) + n);
    expect(new Map(totals.causes.map((c) => [c.cause, c.moved]))).toEqual(expected);
    const moved = totals.causes.map((c) => c.moved);
    expect(moved).toEqual([...moved].sort((a, b) => b - a));
    for (const c of totals.causes) expect(c.runs).toBe(played.filter((p) => p.moved.has(c.cause)).length);
  });

  it('counts a code pasted twice once, and keeps what it stores readable', () => {
    const again = addRuns(runs, checked.slice(0, 5));
    expect(again.added).toBe(0);
    expect(again.duplicates).toBe(5);
    const storage = memoryStorage();
    const store = new BoardStore(storage);
    expect(store.write(runs)).toBe(true);
    expect(store.read()).toEqual({ runs, problem: null });
  });
});

/** 200 texts that are not good codes: damaged, cut, foreign, forged with a right checksum. */
function malformed(): string[] {
  const random = mulberry32(1929);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const alphabet = Array.from('0123456789abcdefghijklmnopqrstuvwxyz-');
  const codes = played.map((p) => p.code);
  const sign = (body: string): string => `${body}-${checksum(body)}`;
  const out = new Set<string>();
  const makers: (() => string)[] = [
    // One character changed.
    () => {
      const code = pick(codes);
      const i = Math.floor(random() * code.length);
      const c = pick(alphabet.filter((a) => a !== code[i]));
      return code.slice(0, i) + c + code.slice(i + 1);
    },
    // One character lost, or one too many.
    () => {
      const code = pick(codes);
      const i = Math.floor(random() * code.length);
      return code.slice(0, i) + code.slice(i + 1);
    },
    () => {
      const code = pick(codes);
      const i = Math.floor(random() * code.length);
      return code.slice(0, i) + pick(alphabet) + code.slice(i);
    },
    // Two neighbours swapped.
    () => {
      const code = pick(codes);
      const i = Math.floor(random() * (code.length - 1));
      return code[i] === code[i + 1]
        ? `${code}x`
        : `${code.slice(0, i)}${code.charAt(i + 1)}${code.charAt(i)}${code.slice(i + 2)}`;
    },
    // Cut short.
    () => {
      const code = pick(codes);
      return code.slice(0, 3 + Math.floor(random() * (code.length - 4)));
    },
    // Another version, another game, a share link, rubbish.
    () => pick(codes).replace(/^ec1/, `ec${String(2 + Math.floor(random() * 8))}`),
    () =>
      pick(['https://example.org/#run=1.abc.0102.deadbeef', 'https://example.org/']) +
      String(random()).slice(2, 6),
    () =>
      Array.from({ length: 5 + Math.floor(random() * 40) }, () => pick([...alphabet, ' ', '.', '#'])).join(
        '',
      ),
    () => `{"code":"${pick(codes)}"`,
    // Forged with a correct checksum: choices the story never offers, or an ending the run does not reach.
    () => {
      const parsed = parseResultCode(pick(codes));
      if (!parsed.ok) return 'x';
      const log = parsed.value.choiceLog.map((c) => (c + 1 + Math.floor(random() * 5)) % 36);
      return encodeResultCode({ ...parsed.value, choiceLog: log, story: STORY_HASH });
    },
    () => {
      const p = pick(played);
      const parsed = parseResultCode(p.code);
      if (!parsed.ok) return 'x';
      const other = pick(ENDINGS_V1.filter((e) => e !== p.ending));
      return encodeResultCode({ ...parsed.value, ending: other, story: STORY_HASH });
    },
    () => {
      const parsed = parseResultCode(pick(codes));
      if (!parsed.ok) return 'x';
      return encodeResultCode({
        ...parsed.value,
        choiceLog: parsed.value.choiceLog.slice(0, -2),
        story: STORY_HASH,
      });
    },
    // A right checksum on an ending the game does not have.
    () => sign(['ec1', 'abc', 'sfz', ...pick(codes).split('-').slice(3, 6)].join('-')),
  ];
  while (out.size < 200) {
    const text = pick(makers)();
    if (!codes.includes(text.trim().toLowerCase())) out.add(text);
  }
  return [...out];
}

describe('a lesson-length run', () => {
  const run = playthrough(storyJson, { seed: 4321, length: 'short', policy: randomPolicy });
  const side = run.runner.variable('protagonist') === 'Trotsky' ? 'Trotsky' : 'Stalin';
  const code = (length: 'short' | 'full') =>
    encodeResultCode({
      tag: 'a1b',
      side,
      length,
      ending: run.ending ?? '',
      seed: 4321,
      choiceLog: run.choices,
      story: STORY_HASH,
    });

  it('replays as a short run on the board, with its decisions', () => {
    const checked = checkCode(storyJson, STORY_HASH, code('short'));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.run.length).toBe('short');
    expect(checked.run.ending).toBe(run.ending);
    expect(checked.run.steps.map((s) => s.id)).toEqual(run.decisions);
  });

  it('claiming to be a full run is refused, or does not fit', () => {
    const checked = checkCode(storyJson, STORY_HASH, code('full'));
    expect(checked.ok).toBe(false);
  });
});

describe('a run handed in before its end', () => {
  const p = played[3];
  const full = p ? parseResultCode(p.code) : null;
  if (!p || !full?.ok) throw new Error('no run');
  const early = encodeResultCode({
    ...full.value,
    ending: null,
    choiceLog: full.value.choiceLog.slice(0, 6),
    story: STORY_HASH,
  });

  it('is counted as not finished, with its decisions so far', () => {
    const checked = checkCode(storyJson, STORY_HASH, early);
    expect(checked.ok && checked.run.ending).toBeNull();
    expect(checked.ok && checked.run.endingTitle).toBe(NOT_FINISHED);
    expect(checked.ok && checked.run.steps.length).toBeGreaterThan(2);
    const totals = classTotals(checked.ok ? [checked.run] : []);
    expect(totals.endings).toMatchObject([{ ending: null, title: NOT_FINISHED, count: 1 }]);
  });

  it('counts once when handed in again at its end, as far as it went', () => {
    const first = { text: early, ...checkCode(storyJson, STORY_HASH, early) };
    const last = { text: p.code, ...checkCode(storyJson, STORY_HASH, p.code) };
    const later = addRuns(addRuns([], [first]).runs, [last]);
    expect(later).toMatchObject({ added: 0, updated: 1, duplicates: 0 });
    expect(later.runs.map((r) => r.code)).toEqual([p.code]);
    const sooner = addRuns(addRuns([], [last]).runs, [first]);
    expect(sooner).toMatchObject({ added: 0, updated: 0, duplicates: 1 });
    expect(sooner.runs.map((r) => r.code)).toEqual([p.code]);
  });

  it('claiming an ending it has not reached, or no ending once it has, is refused', () => {
    const claimed = encodeResultCode({
      ...full.value,
      choiceLog: full.value.choiceLog.slice(0, 6),
      story: STORY_HASH,
    });
    expect(checkCode(storyJson, STORY_HASH, claimed).ok).toBe(false);
    const denied = encodeResultCode({ ...full.value, ending: null, story: STORY_HASH });
    expect(checkCode(storyJson, STORY_HASH, denied).ok).toBe(false);
  });
});

describe('malformed codes', () => {
  const bad = malformed();

  it('are all refused, each with a plain reason', () => {
    expect(bad).toHaveLength(200);
    for (const text of bad) {
      const result = checkCode(storyJson, STORY_HASH, text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) {
        expect(result.reason.length).toBeGreaterThan(10);
        expect(result.reason).not.toMatch(/undefined|NaN|Error/);
      }
    }
  });

  it('change nothing on the board or in storage', () => {
    const storage = memoryStorage();
    const store = new BoardStore(storage);
    const good = played.slice(0, 5).map((p) => checkCode(storyJson, STORY_HASH, p.code));
    const start = good.flatMap((g) => (g.ok ? [g.run] : []));
    store.write(start);
    const before = storage.getItem(BOARD_KEY);
    const pasted = entriesIn(bad.join('\n'));
    const checked = pasted.map((text) => ({ text, ...checkCode(storyJson, STORY_HASH, text) }));
    const result = addRuns(start, checked);
    expect(result.added).toBe(0);
    expect(result.refused.length).toBe(pasted.length);
    expect(result.runs).toEqual(start);
    // The board writes only when something was added or updated.
    expect(result.updated).toBe(0);
    if (result.added + result.updated > 0) store.write(result.runs);
    expect(storage.getItem(BOARD_KEY)).toBe(before);
    expect(store.read().runs).toEqual(start);
  });

  it('in storage are refused field by field, and the rest kept', () => {
    const [run] = played.slice(0, 1).map((p) => checkCode(storyJson, STORY_HASH, p.code));
    if (!run?.ok) throw new Error('no run');
    const stored = (runs: unknown[]): string =>
      JSON.stringify({ format: 'the-empty-chair/class-board', version: 1, runs });
    const broken: unknown[] = [
      { ...run.run, protagonist: 'Lenin' },
      { ...run.run, steps: [{ id: 'x', title: null, date: null, options: [], chosen: 3, historical: -1 }] },
      { ...run.run, code: 'not a code' },
      { ...run.run, causes: [{ cause: 'Luck', moved: 'a lot', net: 0 }] },
      '__proto__',
    ];
    const parsed = parseBoard(stored([run.run, ...broken]));
    expect(parsed.runs).toEqual([run.run]);
    expect(parsed.reason).toMatch(/5 saved results are damaged/);
    expect(parseBoard('{').reason).toMatch(/not readable/);
    const storage = memoryStorage();
    storage.setItem(BOARD_KEY, '{');
    const read = new BoardStore(storage).read();
    expect(read.problem?.keptAs).toBeTruthy();
    expect(storage.getItem(read.problem?.keptAs ?? '')).toBe('{');
  });
});

describe('pasted text', () => {
  it('takes the codes from lines with names beside them, and each other line as one entry', () => {
    const [a, b] = played;
    const text = `Anna: ${a?.code ?? ''}\n\n  https://x.org/#result=${b?.code ?? ''} , \nsomething else here\n`;
    expect(entriesIn(text)).toEqual([
      a?.code,
      `https://x.org/#result=${b?.code ?? ''}`,
      'something else here',
    ]);
  });

  it('keeps no name: a board run holds only the run', () => {
    const run: BoardRun | null = ((r) => (r.ok ? r.run : null))(
      checkCode(storyJson, STORY_HASH, played[0]?.code ?? ''),
    );
    expect(Object.keys(run ?? {}).sort()).toEqual(
      ['causes', 'code', 'ending', 'endingTitle', 'length', 'protagonist', 'sameStory', 'steps'].sort(),
    );
  });
});
