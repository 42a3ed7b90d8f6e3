/**
 * The classroom's data beside the story (story/codex.json, causes.json, endings.json, facts.json) is held
 * to the story itself: every cause, ending title and cited fact has its entry, and nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import catalogue from '../../story/main.ink?catalogue';
import { describe, expect, it } from 'vitest';

import { parseFacts, parseSourceKeys } from '../tools/factbase.ts';
import { CAUSE_NOTES } from './causes.ts';
import { CODEX, linkTerms } from './codex.ts';
import { ENDING_NOTES, endingName, whoHoldsPower } from './endings.ts';
import facts from '../../story/facts.json';

const inkSource = readdirSync('story')
  .filter((f) => f.endsWith('.ink'))
  .map((f) => readFileSync(path.join('story', f), 'utf8'))
  .join('\n');

describe('the factors of the causes ledger', () => {
  it('explains every cause of LIST Cause, in order, in one line each', () => {
    const list = /^LIST Cause = (.+)$/m
      .exec(inkSource)?.[1]
      ?.split(',')
      .map((c) => c.trim());
    expect(CAUSE_NOTES.map((c) => c.cause)).toEqual(list);
    for (const note of CAUSE_NOTES) {
      expect(note.name).not.toBe('');
      expect(note.line.length).toBeGreaterThan(20);
      expect(note.line.length).toBeLessThan(160);
      expect(note.line).not.toMatch(/F\d{3}/);
    }
    expect(new Set(CAUSE_NOTES.map((c) => c.name)).size).toBe(CAUSE_NOTES.length);
  });
});

describe('the endings', () => {
  it('has one note for each title line of each ending, and none that the story lacks', () => {
    const titles = catalogue.endings.flatMap((e) => e.titles.map((t) => `${e.id}: ${t.replace(/\.$/, '')}`));
    const notes = ENDING_NOTES.map((n) => `${n.id}: ${n.title}`);
    expect(notes.sort()).toEqual(titles.sort());
  });

  it('says who can reach each title, as the catalogue does', () => {
    for (const ending of catalogue.endings) {
      const sides = new Set(ENDING_NOTES.filter((n) => n.id === ending.id).flatMap((n) => n.as));
      expect([...sides].sort()).toEqual([...ending.protagonists].sort());
    }
  });

  it('names an ending once, by its title, and says who holds power', () => {
    expect(endingName('stalin_supreme')).toBe('The General Secretary');
    expect(endingName('fallen_early', 'Arrest.')).toBe('Arrest');
    expect(endingName('fallen_early', null, 'Stalin')).toBe('The Empty Desk');
    expect(endingName('fallen_early', null, 'Trotsky')).toBe('Arrest / Expelled / The Prophet Unarmed');
    expect(whoHoldsPower('trotsky_deported')).toMatch(/^Stalin leads the party/);
    for (const note of ENDING_NOTES) {
      expect(note.power.length).toBeLessThan(130);
      expect(note.meaning.split(/(?<=\.)\s+(?=[A-Z])/).length).toBeLessThanOrEqual(2);
    }
  });
});

describe('the facts behind the Source popovers', () => {
  it('holds every fact the story cites, with its claim and correction', () => {
    const cited = new Set([...inkSource.matchAll(/F\d{3}/g)].map((m) => m[0]));
    const ids = new Set(facts.map((f) => f.id));
    for (const id of cited) expect(ids.has(id), id).toBe(true);
    for (const fact of facts) {
      expect(fact.claim).not.toBe('');
      expect(fact.correction).not.toBe('');
      expect(fact.correction).not.toMatch(/\[[A-Z0-9-]+\]/);
    }
  });

  it('is parsed from FACTBASE’s table, with the works named', () => {
    const markdown = [
      '## 0. Sources',
      '- [KOT1] Stephen Kotkin, *Stalin, vol. 1* (2014). Excerpts: ch. 11 (excerpt) ; [W-LT] "Lenin\'s Testament" https://x',
      '## 1. FACT BASE',
      '| F017 | 2 of 16 | The testament was critical. | A | Asked to remove him; see [KOT1]. | [KOT1], [W-LT] |',
      '| F077 | 9 of 16 | Phones. | S (contested) | A **claim**. | [KOT1] |',
    ].join('\n');
    expect(parseSourceKeys(markdown).get('W-LT')).toBe('Wikipedia, "Lenin\'s Testament"');
    const [a, b] = parseFacts(markdown);
    expect(a).toEqual({
      id: 'F017',
      claim: 'The testament was critical.',
      verdict: 'accurate',
      debated: false,
      correction: 'Asked to remove him; see.',
      sources: ['Stephen Kotkin, Stalin, vol. 1 (2014)', 'Wikipedia, "Lenin\'s Testament"'],
    });
    expect(b?.debated).toBe(true);
    expect(b?.correction).toBe('A claim.');
  });
});

describe('the codex', () => {
  it('explains each entry, and no word points to two entries', () => {
    const ids = CODEX.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const aliases = CODEX.flatMap((e) => e.aliases);
    expect(new Set(aliases).size).toBe(aliases.length);
    for (const entry of CODEX) {
      expect(entry.text.length).toBeGreaterThan(40);
      expect(entry.aliases.length).toBeGreaterThan(0);
    }
  });

  it('has the terms, bodies and people the issue names, and every member of the table', () => {
    const terms = CODEX.map((e) => e.term);
    for (const term of [
      'Politburo',
      'Orgburo',
      'Secretariat',
      'Central Committee',
      'Central Control Commission',
      'Rabkrin',
      'NEP',
      'kulak',
      'troika',
      'Comintern',
      'OGPU',
      'the Left',
      'the Right',
    ])
      expect(terms).toContain(term);
    const members =
      /^LIST Member = (.+)$/m
        .exec(inkSource)?.[1]
        ?.split(',')
        .map((m) => m.trim()) ?? [];
    for (const member of members) expect(terms).toContain(member);
  });

  it('is used by the story: every entry is named in the story text', () => {
    for (const entry of CODEX) {
      const used = entry.aliases.some((a) =>
        new RegExp(`(?<![\\p{L}])${a}(?![\\p{L}])`, 'u').test(inkSource),
      );
      expect(used, entry.term).toBe(true);
    }
  });

  it('links a term on its first use in a run only, whole words, the longest name first', () => {
    const seen = new Set<string>();
    const first = linkTerms('The Central Control Commission met; the Control Commission agreed.', seen);
    expect(first).toEqual([
      'The ',
      { entry: CODEX.find((e) => e.id === 'control_commission'), text: 'Central Control Commission' },
      ' met; the Control Commission agreed.',
    ]);
    expect(linkTerms('Trotskyism is not Trotsky.', seen).filter((s) => typeof s !== 'string')).toEqual([
      { entry: CODEX.find((e) => e.id === 'trotsky'), text: 'Trotsky' },
    ]);
    expect(linkTerms('He spoke to the Congress of Soviets.', seen)[1]).toMatchObject({
      entry: { id: 'congress_of_soviets' },
    });
    expect(linkTerms('Nothing here, and Trotsky again.', seen)).toEqual(['Nothing here, and Trotsky again.']);
  });
});
