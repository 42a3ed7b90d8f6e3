/**
 * The guide's words are the story's (story/meters_explained.ink), and they say what the story's rules do:
 * each number a sentence quotes is the one at which align() or standing() changes its answer.
 */
import { InkList, Story } from 'inkjs';
import { describe, expect, it } from 'vitest';

import storyJson from '../../story/main.ink';
import { InkRunner } from '../narrative/InkRunner.ts';
import { FORUM_KINDS, forumGuide, readGuide, readingsReader } from './meterGuide.ts';
import { METER_IDS } from './meters.ts';

const runner = new InkRunner(storyJson);
const ask = (fn: string, ...args: (string | number)[]): string | null => runner.text(fn, ...args);
const guide = readGuide(ask);
const reading = readingsReader(ask);

/** A story set up as Trotsky at the start, with some meters changed, and its stances recomputed. */
function aligned(meters: Record<string, number>): { allied: string[]; hostile: string[] } {
  const story = new Story(storyJson);
  story.variablesState.$('protagonist', 'Trotsky');
  for (const [name, value] of Object.entries(meters)) story.variablesState.$(name, value);
  story.EvaluateFunction('align');
  const names = (v: unknown): string[] =>
    v instanceof InkList ? v.orderedItems.map((i) => i.Key.itemName ?? '') : [];
  return {
    allied: names(story.variablesState.$('allied')),
    hostile: names(story.variablesState.$('hostile')),
  };
}

/** The number a sentence quotes after some words ("At 60 or more" → 60). */
function quoted(text: string, pattern: RegExp): number {
  const m = pattern.exec(text);
  if (!m?.[1]) throw new Error(`no number for ${String(pattern)} in: ${text}`);
  return Number(m[1]);
}

function entry(id: string): { what: string; weighs: string; high: string; low: string } {
  const found = guide?.meters.find((m) => m.id === id);
  if (!found) throw new Error(`no guide for ${id}`);
  return found;
}

describe('the guide to the meters, in the story', () => {
  it('has every part of every meter and every forum, with no codes', () => {
    expect(guide).not.toBeNull();
    expect(guide?.meters.map((m) => m.id)).toEqual(METER_IDS);
    for (const m of guide?.meters ?? []) {
      for (const part of [m.what, m.weighs, m.high, m.low]) {
        expect(part, m.id).toMatch(/\w.*\.\)?$/);
        expect(part, m.id).not.toMatch(/F\d{3}|_|undefined|NaN|[{}]/);
      }
    }
    expect(guide?.forums.map((f) => f.kind)).toEqual(FORUM_KINDS);
    for (const f of guide?.forums ?? []) expect(f.about, f.kind).toMatch(/^A .*\.$/);
  });

  it("names the table's men of each meter from the story's lists", () => {
    expect(entry('left').weighs).toContain('Zinoviev and Kamenev stand with it at the table.');
    expect(entry('right').weighs).toContain('Rykov, Tomsky and Bukharin stand with it at the table.');
    expect(entry('mantle').weighs).toContain('Lenin stands with it at the table.');
  });

  it('quotes the numbers at which align() turns a faction ally or enemy', () => {
    const allied = quoted(entry('left').high, /At (\d+) or more/);
    const hostile = quoted(entry('left').high, /below (\d+) they turn/);
    expect(aligned({ left: allied, suspicion: 0 }).allied).toContain('Zinoviev');
    expect(aligned({ left: allied - 1, suspicion: 0 }).allied).not.toContain('Zinoviev');
    expect(aligned({ left: hostile - 1, suspicion: 0 }).hostile).toContain('Zinoviev');
    expect(aligned({ left: hostile, suspicion: 0 }).hostile).not.toContain('Zinoviev');
    // The readings say the same at the same numbers.
    expect(reading('left', allied)).toBe(`${String(allied)}: its men stand with you.`);
    expect(reading('left', allied - 1)).toBe(`${String(allied - 1)}: its men waver.`);
    expect(reading('left', hostile - 1)).toBe(`${String(hostile - 1)}: its men are against you.`);
  });

  it('quotes the suspicion at which rivals close ranks and the great rival turns', () => {
    const high = entry('suspicion').high;
    const fear = quoted(high, /Above (\d+), rivals close ranks/);
    const rival = quoted(high, /from (\d+) your great rival/);
    const allied = quoted(entry('left').high, /At (\d+) or more/);
    // Half a point less for each point above: at fear + 2 a faction just allied no longer is.
    expect(aligned({ left: allied, suspicion: fear }).allied).toContain('Zinoviev');
    expect(aligned({ left: allied, suspicion: fear + 2 }).allied).not.toContain('Zinoviev');
    expect(aligned({ suspicion: rival }).hostile).toContain('Stalin');
    expect(aligned({ suspicion: rival - 1 }).hostile).not.toContain('Stalin');
    expect(reading('suspicion', fear + 1)).toMatch(/unite against you/);
    expect(reading('suspicion', fear)).not.toMatch(/unite against you/);
  });

  it("gives each forum's weights as standing() counts them", () => {
    const neutral = quoted(guide?.suspicion ?? '', /Suspicion above (\d+)/);
    const story = new Story(storyJson);
    const meters = { apparatus: 63, left: 27, right: 81, army: 90, mantle: 44, suspicion: neutral + 17 };
    for (const [name, value] of Object.entries(meters)) story.variablesState.$(name, value);
    for (const kind of FORUM_KINDS) {
      const w = forumGuide(guide, kind)?.weights;
      if (!w) throw new Error(`no weights for ${kind}`);
      const points =
        w.apparatus * meters.apparatus +
        w.left * meters.left +
        w.right * meters.right +
        w.mantle * meters.mantle;
      expect(w.apparatus + w.left + w.right + w.mantle + w.army, kind).toBe(100);
      const expected =
        Math.floor(points / 100) - Math.floor(((meters.suspicion - neutral) * w.suspicion) / 100);
      const standing: unknown = story.EvaluateFunction('standing', [
        InkList.FromString(`ForumKind.${kind}`, story),
      ]);
      expect(standing, kind).toBe(expected);
    }
  });

  it('is absent, not invented, for a story without it', () => {
    expect(readGuide(() => null)).toBeNull();
  });
});
