/**
 * Node-only: turns the checked history (FACTBASE.md, kept beside the project) into `story/facts.json`, the
 * facts the game shows in its "Source" popovers: each claim of the source notes as the notes put it, the
 * verdict, the correction or context, and the works it rests on. Run `npm run -s facts` after FACTBASE
 * changes; a unit test checks that every FACT the story cites is in the file.
 *
 *   tsx src/tools/factbase.ts [path/to/FACTBASE.md] [out.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';

import type { Fact } from '../classroom/facts.ts';

/** "[KOT1] Stephen Kotkin, *Stalin…* (2014). Excerpts: …" → KOT1 → "Stephen Kotkin, Stalin… (2014)". */
export function parseSourceKeys(markdown: string): Map<string, string> {
  const keys = new Map<string, string>();
  const section = markdown.split(/^## 1\./m)[0] ?? '';
  for (const line of section.split('\n')) {
    if (!line.startsWith('- [')) continue;
    for (const m of line.slice(2).matchAll(/\[([A-Z0-9-]+)\]\s+(.+?)(?=\s;\s\[[A-Z0-9-]+\]|$)/g)) {
      const key = m[1];
      if (key === undefined || keys.has(key)) continue;
      const work = readableWork(m[2] ?? '');
      // The encyclopedia articles are named by their titles alone in FACTBASE.
      keys.set(key, key.startsWith('W-') || key === 'W14' || key === 'W15' ? `Wikipedia, ${work}` : work);
    }
  }
  return keys;
}

function readableWork(text: string): string {
  return text
    .replace(/https?:\/\/\S+/g, '')
    .replace(/\(excerpt\)/g, '')
    .replace(/\*/g, '')
    .replace(/\s+—\s.*$/, '')
    .replace(/\s;\s.*$/, '')
    .replace(/;?\s*(assessed in reviews|via|quoted at)\b.*$/, '')
    .replace(/\s*\(mirror\)/, '')
    .replace(/[.;,:]?\s*Excerpts?:.*$/, '')
    .replace(/\s*\([^)]*$/, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/[\s;,.:]+$/, '')
    .trim();
}

const VERDICTS: Record<string, Fact['verdict']> = {
  A: 'accurate',
  S: 'simplified',
  I: 'inaccurate',
  'S/I': 'partly inaccurate',
};

/** The table rows of §1: `| F001 | 1 of 16 | claim | A (interp.) | correction | [KOT1], … |`. */
export function parseFacts(markdown: string): Fact[] {
  const keys = parseSourceKeys(markdown);
  const facts: Fact[] = [];
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const [, id, , claim, verdictCell, correction, sourceCell] = cells;
    if (!id || !/^F\d{3}$/.test(id) || claim === undefined || verdictCell === undefined) continue;
    const letter = /^(S\/I|A|S|I)\b/.exec(verdictCell)?.[1] ?? '';
    const verdict = VERDICTS[letter];
    if (!verdict) throw new Error(`${id}: unknown verdict "${verdictCell}"`);
    const sources = [...(sourceCell ?? '').matchAll(/\[([A-Z0-9-]+)\]/g)].flatMap((m) => {
      const work = keys.get(m[1] ?? '');
      return work ? [work] : [];
    });
    facts.push({
      id,
      claim: plain(claim),
      verdict,
      debated: /interp\.|contested/.test(verdictCell),
      correction: plain(correction ?? ''),
      sources: [...new Set(sources)],
    });
  }
  return facts;
}

/** Markdown emphasis and bracketed source keys out: the popover reads as plain prose. */
function plain(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\*(.+?)\*/g, '$1')
    .replace(/;?\s*\(?\[[A-Z0-9-]+\](,\s*\[[A-Z0-9-]+\])*\)?/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const input = process.argv[2] ?? '../shared/history/FACTBASE.md';
  const output = process.argv[3] ?? 'story/facts.json';
  const facts = parseFacts(readFileSync(input, 'utf8'));
  writeFileSync(output, `${JSON.stringify(facts, null, 2)}\n`);
  process.stdout.write(`${String(facts.length)} facts written to ${output}\n`);
}
