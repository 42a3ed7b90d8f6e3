/**
 * Fuzzing the ways untrusted saves come in: a file the player imports, and text found in storage (the
 * autosave and the slots). Each malformed input must get a clear refusal, never an exception, and must
 * leave stored data exactly as it was (a damaged autosave may only move aside, unchanged, under a
 * kept/ key). The inputs are seeded mutations of a real save, so every run tests the same 2,000 cases (1,000 per way in).
 * Share links get the same treatment: 1,000 mutations of a real link opened over a game in progress.
 */
import storyJson, { storyHash } from '../../story/main.ink';
import { describe, expect, it } from 'vitest';

import { type SaveGame, saveFileText } from '../persistence/SaveGame.ts';
import { AUTOSAVE_KEY, KEPT_PREFIX, memoryStorage, SaveStore, slotKey } from '../persistence/SaveStore.ts';
import { mulberry32 } from '../sim/random.ts';
import { GameController } from './GameController.ts';
import { initialState } from './gameState.ts';
import { SaveSlots } from './SaveSlots.ts';
import { encodeShareFragment } from './shareLink.ts';
import { createStore } from './store.ts';

const CASES = 1000;
const random = mulberry32(0x1924);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const int = (n: number): number => Math.floor(random() * n);

function harness(initial: Record<string, string> = {}) {
  const storage = memoryStorage(initial);
  const store = createStore(initialState());
  const saves = new SaveStore(storage, () => new Date('2026-11-26T12:00:00.000Z'));
  const controller = new GameController({ storyJson, storyHash, store, saves, newSeed: () => 1924 });
  controller.boot();
  return { storage, store, controller, slots: new SaveSlots(controller, saves) };
}

/** A real run as Trotsky, six choices in. */
function realSave(): SaveGame {
  const { controller } = harness();
  controller.newGame();
  for (let i = 0; i < 6; i++) controller.choose(i % 2);
  const save = controller.currentSave('A real run');
  if (!save) throw new Error('no save');
  return save;
}

/** Every save text in storage: the autosave, the slots and the text of each kept save. */
function storedTexts(storage: ReturnType<typeof memoryStorage>): string[] {
  const saves = new SaveStore(storage);
  return [...storage.data.entries()].map(([key, value]) =>
    key.startsWith(KEPT_PREFIX) ? (saves.keptText(key) ?? value) : value,
  );
}

const real = realSave();
const realText = JSON.stringify(real);

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'polluted', ''];

function randomValue(depth = 0): unknown {
  switch (int(depth > 2 ? 14 : 17)) {
    case 0:
      return null;
    case 1:
      return random() < 0.5;
    case 2:
      return pick([0, -1, 1.5, -0.5, 1e308, -1e308, 2 ** 53, 2 ** 31, 99, 100, 1e21]);
    case 3:
      return '';
    case 4:
      return 'x'.repeat(int(2) === 0 ? 300_000 : 70);
    case 5:
      return pick([
        '\u0000',
        '\u202e',
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        'javascript:',
      ]);
    case 6:
      return pick(['2026-13-45T99:99:99Z', 'yesterday', '1', 'true', '{}', '[]', '{"flows":1}']);
    case 7:
      return int(1000);
    case 8:
      return String(int(1000));
    case 9:
      return new Array(pick([0, 1, 5, 2000])).fill(int(3));
    case 10:
      return {};
    case 11:
      return real.inkState.slice(0, int(real.inkState.length));
    case 12:
      return pick([...HOSTILE_KEYS]);
    case 13:
      return random().toString(36);
    case 14:
      return [randomValue(depth + 1), randomValue(depth + 1)];
    case 15:
      return withKey({}, pick(HOSTILE_KEYS), randomValue(depth + 1));
    default:
      return { polluted: true, nested: randomValue(depth + 1) };
  }
}

/** Sets a key as an own, enumerable property, even `__proto__`, so JSON.stringify writes it. */
function withKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

type Json = Record<string, unknown> | unknown[];

/** Every object and array inside a value, so a mutation can land anywhere. */
function containers(value: unknown, found: Json[] = []): Json[] {
  if (typeof value === 'object' && value !== null) {
    found.push(value as Json);
    for (const child of Object.values(value)) containers(child, found);
  }
  return found;
}

/** One to three structural mutations of a parsed JSON value. */
function mutateTree(root: Record<string, unknown>): void {
  for (let n = 1 + int(3); n > 0; n--) {
    const target = pick(containers(root));
    const keys = Object.keys(target);
    const key = keys.length > 0 ? pick(keys) : '0';
    const op = int(5);
    if (Array.isArray(target)) {
      if (op === 0) target.splice(int(target.length + 1), 0, randomValue());
      else if (op === 1) target.pop();
      else target[Number(key)] = randomValue();
    } else if (op === 0) {
      // A key removed: `delete` with a computed key is the point here.
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
      delete target[key];
    } else if (op === 1) {
      withKey(target, pick([...HOSTILE_KEYS, 'extra', key]), randomValue());
    } else if (
      op === 2 &&
      key === 'inkState' &&
      typeof target[key] === 'string' &&
      target[key].startsWith('{"')
    ) {
      // A mutation inside ink's own state, which stays a JSON string.
      try {
        const ink = JSON.parse(target[key]) as Record<string, unknown>;
        mutateTree(ink);
        target[key] = JSON.stringify(ink);
      } catch {
        target[key] = randomValue();
      }
    } else {
      target[key] = randomValue();
    }
  }
}

/** Text-level damage: truncation, flipped characters, spliced junk, duplicated slices. */
function mutateText(text: string): string {
  const at = int(text.length);
  switch (int(5)) {
    case 0:
      return text.slice(0, at);
    case 1:
      return text.slice(0, at) + String.fromCharCode(int(0x3000)) + text.slice(at + 1);
    case 2:
      return (
        text.slice(0, at) + pick(['"', '{', '}', ',', ':', '\\', ']', '\u0000', 'null']) + text.slice(at)
      );
    case 3:
      return text.slice(0, at) + text.slice(int(text.length));
    default:
      return text.replace(/\d/g, (d) => (random() < 0.1 ? String(9 - Number(d)) : d));
  }
}

/** Whole-value oddities: wrong types, huge and deep inputs, pollution payloads. */
function oddity(file: boolean): string {
  const wrap = (save: unknown): unknown => (file ? { format: 'the-empty-chair/save', save } : save);
  switch (int(9)) {
    case 0:
      return pick(['', ' ', 'null', 'true', '0', '"save"', '[]', '{}', 'NaN', 'undefined']);
    case 1:
      return JSON.stringify(wrap(pick([null, 1, 'x', [real], [], true])));
    case 2:
      return `{"__proto__":{"polluted":true},"format":"the-empty-chair/save","save":${realText}}`;
    case 3:
      return JSON.stringify(wrap({ ...real, choiceLog: new Array(100_000).fill(0) }));
    case 4:
      return `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    case 5:
      return JSON.stringify(wrap({ ...real, inkState: 'x'.repeat(2_000_000) }));
    case 6:
      return realText.replace('{', '{"constructor":{"prototype":{"polluted":true}},');
    case 7:
      return JSON.stringify(wrap({ ...real, schemaVersion: pick([0, 2, 1.5, -1, '1', null]) }));
    default:
      return JSON.stringify(wrap({ ...real, storyHash: pick(['', 'x'.repeat(65), 'a b', storyHash]) }));
  }
}

/** A malformed save (file = an exported file; otherwise the raw text kept in storage). */
function malformed(file: boolean): string {
  const kind = int(10);
  if (kind < 5) {
    const tree = JSON.parse(file ? saveFileText(real) : realText) as Record<string, unknown>;
    mutateTree(tree);
    return JSON.stringify(tree);
  }
  if (kind < 8) return mutateText(file ? saveFileText(real) : realText);
  return oddity(file);
}

const snapshot = (storage: Map<string, string>): Map<string, string> => new Map(storage);

describe(`fuzzing saves (${String(CASES)} malformed files, ${String(CASES)} malformed stored saves)`, () => {
  it('refuses malformed imported files clearly, changing nothing', () => {
    let refused = 0;
    for (let i = 0; i < CASES; i++) {
      const text = malformed(true);
      const { storage, store, slots } = harness({ [AUTOSAVE_KEY]: realText, [slotKey(1)]: realText });
      const before = snapshot(storage.data);
      const state = store.get();
      const outcome = slots.importFile(text);
      expect(outcome.message.length, text.slice(0, 200)).toBeGreaterThan(10);
      expect(store.get(), 'the screen is untouched').toBe(state);
      if (!outcome.ok) {
        refused++;
        expect(outcome.message).toContain('Nothing was changed');
        expect(storage.data, text.slice(0, 200)).toEqual(before);
      } else {
        // A mutation that kept the save valid: it lands in the free slot 2 and nothing else changes.
        expect(outcome.slot).toBe(2);
        expect([...storage.data.keys()].sort()).toEqual([...before.keys(), slotKey(2)].sort());
        for (const [key, value] of before) expect(storage.data.get(key)).toBe(value);
        expect(slots.list()[1]?.status).toBe('ok');
      }
    }
    // Most mutations must break the save; a fuzz that refused nothing would test nothing. (A save holds
    // its record, whose texts and dates may be edited and stay a valid save: about a fifth of mutations.)
    expect(refused).toBeGreaterThan(CASES * 0.75);
  });

  it('meets malformed saves in storage without crashing, keeping each one', () => {
    let refused = 0;
    for (let i = 0; i < CASES; i++) {
      const text = malformed(false);
      const { storage, controller, slots } = harness({ [AUTOSAVE_KEY]: text, [slotKey(2)]: text });
      // boot() ran in the harness: a damaged autosave is moved aside, byte for byte.
      const kept = [...storage.data.keys()]
        .filter((k) => k.startsWith(KEPT_PREFIX))
        .map((k) => new SaveStore(storage).keptText(k));
      expect([storage.data.get(AUTOSAVE_KEY), ...kept].filter((v) => v !== undefined)).toEqual([text]);

      const listed = slots.list();
      expect(listed[1]?.status).not.toBe('empty');
      const before = snapshot(storage.data);
      const outcome = slots.load(2);
      if (!outcome.ok) {
        refused++;
        expect(outcome.message).toContain('kept in its slot');
        expect(storage.data).toEqual(before);
      }
      expect(storage.data.get(slotKey(2))).toBe(text);
      // Continue on whatever the autosave holds: it plays, or it is refused and kept.
      controller.continueGame();
      const stillThere = storedTexts(storage).includes(text);
      expect(stillThere).toBe(true);
    }
    // Most of a save is now its record's transcript, where a changed letter is still a playable save.
    expect(refused).toBeGreaterThan(CASES * 0.75);
  });

  it('opens malformed share links without crashing and without touching stored data', async () => {
    const { storage, store, controller } = harness();
    controller.newGame();
    for (let i = 0; i < 4; i++) controller.choose(0);
    const good = encodeShareFragment({ seed: real.seed, choiceLog: real.choiceLog, story: storyHash });
    const alphabet = '#=.%0123456789abcdefghijklmnopqrstuvwxyz-_/\\\u0000\u202eé ';
    let refused = 0;
    for (let i = 0; i < CASES; i++) {
      const chars = Array.from(int(10) === 0 ? mutateText(good) : good);
      for (let e = 0; e <= int(4); e++) {
        const at = int(chars.length + 1);
        const c = alphabet.charAt(int(alphabet.length));
        const op = int(3);
        if (op === 0) chars.splice(at, 1);
        else if (op === 1) chars.splice(at, 0, c);
        else chars[at] = c;
      }
      const before = snapshot(storage.data);
      const transcript = store.get().transcript;
      const opened = await controller.openShared(chars.join(''));
      // Opening a link, good or bad, never writes to storage: only playing on does.
      expect(snapshot(storage.data)).toEqual(before);
      if (!opened) {
        refused++;
        expect(store.get().transcript).toBe(transcript);
        expect(store.get().notice?.text).toMatch(/Nothing has been changed/);
      }
    }
    expect(refused).toBeGreaterThan(CASES * 0.5);
  });

  it('was never polluted', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
