/**
 * The catalogue is read from the compiler's parsed story at build time, without playing it. These tests
 * hold it to what the story does when played: every decision met and every ending title seen must be in
 * it, as listed.
 */
import storyJson from '../../story/main.ink';
import catalogue from '../../story/main.ink?catalogue';
import { describe, expect, it } from 'vitest';

import { ENDINGS_BY_PROTAGONIST } from '../../test/story/walkSuite.ts';
import { decisionsOf, type Protagonist, PROTAGONISTS } from '../model/catalogue.ts';
import { historicalPolicy, playthrough, type Policy, randomPolicy } from '../sim/playthrough.ts';
import { compileInk } from './inkCompile.ts';

describe('the catalogue of endings', () => {
  it('lists every ending once, with who can reach it', () => {
    const ids = catalogue.endings.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const protagonist of PROTAGONISTS) {
      const reachable = catalogue.endings
        .filter((e) => e.protagonists.includes(protagonist))
        .map((e) => e.id);
      expect(reachable.sort()).toEqual(ENDINGS_BY_PROTAGONIST[protagonist]);
    }
  });

  it('gives each ending its title line (or lines, where the road decides it)', () => {
    const titles = Object.fromEntries(catalogue.endings.map((e) => [e.id, e.titles]));
    expect(titles.stalin_supreme).toEqual(['The General Secretary.']);
    expect(titles.stalin_out_of_secretariat).toEqual(["The Dead Man's Letter.", "Lenin's Last Battle."]);
    expect(titles.fallen_early).toHaveLength(4);
    for (const ending of catalogue.endings) {
      expect(ending.titles.length).toBeGreaterThan(0);
      for (const title of ending.titles) expect(title.length).toBeLessThan(60);
    }
  });
});

describe('the catalogue of decisions', () => {
  it('lists each decision once, for the protagonist its id names', () => {
    const ids = catalogue.decisions.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const decision of catalogue.decisions) {
      expect(decision.protagonists).toEqual([decision.id.startsWith('t') ? 'Trotsky' : 'Stalin']);
    }
    expect(decisionsOf(catalogue, 'Trotsky').length).toBeGreaterThanOrEqual(12);
    expect(decisionsOf(catalogue, 'Stalin').length).toBeGreaterThanOrEqual(12);
  });

  it('labels each decision by its date and title, with 2–4 choices and at most one of history', () => {
    for (const d of catalogue.decisions) {
      expect(d.date, d.id).toMatch(/1[89]\d\d/);
      expect(d.title, d.id).not.toBe('');
      expect(d.choices.length, d.id).toBeGreaterThanOrEqual(2);
      expect(d.choices.length, d.id).toBeLessThanOrEqual(4);
      expect(d.choices.filter((c) => c.historical).length, d.id).toBeLessThanOrEqual(1);
      expect(d.choices.map((c) => c.number)).toEqual(d.choices.map((_, i) => i + 1));
    }
    const army = catalogue.decisions.find((d) => d.id === 't5_red_army');
    expect(army?.choices.map((c) => c.conditional)).toEqual([false, false, true]);
    const telegram = catalogue.decisions.find((d) => d.id === 's3_telegram');
    expect(telegram).toMatchObject({ date: '22 January 1924', title: 'The telegram to Tiflis' });
    expect(telegram?.choices.find((c) => c.historical)?.text).toBe('Say nothing more');
  });

  it('is the one the compiler reads, asked for or not by the build', () => {
    const compiled = compileInk('story/main.ink', { catalogue: true });
    expect(compiled.json).toBe(storyJson);
    expect(compiled.catalogue).toEqual(catalogue);
    expect(compileInk('story/main.ink').catalogue).toBeUndefined();
  });
});

describe('the catalogue agrees with the story as played', () => {
  const play = (protagonist: Protagonist, seed: number, policy: Policy) => {
    const endingTitles: [string, string][] = [];
    playthrough(storyJson, {
      seed,
      policy: (beat, random) => {
        const named = beat.choices.findIndex((c) => c.protagonist === protagonist);
        return named >= 0 ? named : policy(beat, random);
      },
      onBeat: (beat) => {
        for (const line of beat.lines) {
          const ending = line.ending;
          if (ending !== undefined) endingTitles.push([ending, line.text]);
          const id = line.decision;
          if (id === undefined) continue;
          const listed = catalogue.decisions.find((d) => d.id === id);
          expect(listed?.protagonists, id).toEqual([protagonist]);
          // The choices offered are the listed ones, in order (a conditional one may be missing).
          const offered = beat.choices.map((c) => ({
            text: c.text,
            historical: c.historical,
          }));
          const always = (listed?.choices ?? []).filter((c) => !c.conditional);
          expect(offered.slice(0, always.length), id).toEqual(
            always.map((c) => ({ text: c.text, historical: c.historical })),
          );
          expect(offered.length).toBeLessThanOrEqual(listed?.choices.length ?? 0);
        }
      },
    });
    for (const [id, title] of endingTitles) {
      const ending = catalogue.endings.find((e) => e.id === id);
      expect(ending?.protagonists).toContain(protagonist);
      expect(ending?.titles).toContain(title);
    }
  };

  it.each(PROTAGONISTS)('as %s, following history', (protagonist) => {
    play(protagonist, 1, historicalPolicy(protagonist));
  });

  it.each(PROTAGONISTS)('as %s, in 25 random runs', (protagonist) => {
    for (let seed = 1; seed <= 25; seed++) play(protagonist, seed, randomPolicy);
  });
});
