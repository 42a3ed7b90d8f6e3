/**
 * Every claim of the source notes (F001–F119) is used somewhere in the story — a history note's FACT tag or a
 * meter shift's cause — or is left out on purpose with a reason in story/COVERAGE.md. The "Where each fact is
 * used" part of that file is generated: `npm run story:coverage` rewrites it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import storyJson from '../../story/main.ink';
import { InkList, Story } from 'inkjs';
import { expect, it } from 'vitest';

import { inkFiles, STORY_DIR } from './storySource.ts';

const COVERAGE = path.join(STORY_DIR, 'COVERAGE.md');
const BEGIN = '<!-- generated: npm run story:coverage -->';
const END = '<!-- end of generated part -->';
const ALL = Array.from({ length: 119 }, (_, i) => `F${String(i + 1).padStart(3, '0')}`);

/** cause → fact, as the compiled story's own fact_of() says: no second copy of the mapping here. */
function causeFacts(): Map<string, string> {
  const story = new Story(storyJson);
  const causes = story.listDefinitions?.TryListGetDefinition('Cause', null).result;
  if (!causes) throw new Error('the story declares no LIST Cause');
  const facts = new Map<string, string>();
  for (const key of causes.items.keys()) {
    const { itemName } = JSON.parse(key) as { itemName: string };
    const fact: unknown = story.EvaluateFunction('fact_of', [InkList.FromString(`Cause.${itemName}`, story)]);
    facts.set(itemName, String(fact));
  }
  return facts;
}

/** fact id → the knots that cite it (FACT tags) or move a meter for it (shift causes). */
function usage(): Map<string, Set<string>> {
  const causeFact = causeFacts();
  expect(causeFact.get('Luck')).toBe('F073');
  expect(causeFact.get('Doctrine')).toBe('F098');

  const used = new Map<string, Set<string>>();
  const note = (fact: string, where: string): void => {
    const set = used.get(fact) ?? new Set<string>();
    set.add(where);
    used.set(fact, set);
  };
  for (const file of inkFiles()) {
    let knot = path.basename(file, '.ink');
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const k = /^\s*={2,}\s*(function\s+)?(\w+)/.exec(line);
      if (k) {
        knot = k[1] ? '' : (k[2] ?? knot);
        continue;
      }
      if (knot === '') continue;
      for (const tag of line.matchAll(/#\s*FACT:\s*([F\d ,]+)/g)) {
        for (const fact of (tag[1] ?? '').split(/[\s,]+/).filter(Boolean)) note(fact, knot);
      }
      for (const call of line.matchAll(
        /shift(?:_between\(\s*\w+\s*,|_[a-z]+\(|\(\s*\w+\s*,)[^,]+,(?:[^,]+,)?\s*(\w+)\s*\)/g,
      )) {
        const fact = causeFact.get(call[1] ?? '');
        if (fact) note(fact, knot);
      }
    }
  }
  return used;
}

function leftOut(text: string): Map<string, string> {
  const section = text.split(BEGIN)[0] ?? '';
  const rows = new Map<string, string>();
  for (const m of section.matchAll(/^\|\s*(F\d{3})\s*\|\s*(.+?)\s*\|$/gm)) rows.set(m[1] ?? '', m[2] ?? '');
  return rows;
}

function generated(used: Map<string, Set<string>>): string {
  const rows = ALL.map((f) => `| ${f} | ${[...(used.get(f) ?? [])].sort().join(', ') || '—'} |`);
  return [BEGIN, '', '| fact | where (knots) |', '|---|---|', ...rows, '', END].join('\n');
}

it('uses every fact of the notes, or says why not', () => {
  const text = readFileSync(COVERAGE, 'utf8');
  const used = usage();
  const omitted = leftOut(text);
  const missing = ALL.filter((f) => !used.has(f) && !omitted.has(f));
  expect(missing, 'facts neither used nor listed as left out in story/COVERAGE.md').toEqual([]);
  for (const [fact, reason] of omitted) {
    expect(reason.length, `${fact} needs a reason`).toBeGreaterThan(10);
  }
});

it('keeps story/COVERAGE.md current', () => {
  const text = readFileSync(COVERAGE, 'utf8');
  const fresh = `${text.split(BEGIN)[0] ?? ''}${generated(usage())}\n`;
  if (process.env.UPDATE_COVERAGE) writeFileSync(COVERAGE, fresh);
  else expect(text, 'run `npm run story:coverage`').toBe(fresh);
});
