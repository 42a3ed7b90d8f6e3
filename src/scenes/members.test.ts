/**
 * The table's members are ink's: the same names in the same order, and every one of them has a chair
 * and a portrait file in assets/ with a layer for each pose, in the same palette as the others.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import storyJson from '../../story/main.ink';
import { POSES } from './art.ts';
import { SEAT_ORDER } from './layout.ts';
import { MEMBERS } from './members.ts';

interface CompiledStory {
  listDefs: Record<string, Record<string, number>>;
}

const lists = (JSON.parse(storyJson) as CompiledStory).listDefs;

function inkList(name: string): string[] {
  const items = lists[name] ?? {};
  return Object.keys(items).sort((a, b) => (items[a] ?? 0) - (items[b] ?? 0));
}

const art = (file: string): string => readFileSync(`assets/portraits/${file}.svg`, 'utf8');
const palette = (svg: string): string =>
  /<style>([\s\S]*?)\/\* (One layer|The mourning)/.exec(svg)?.[1] ?? '';

/** Every tag opened is closed, in order: a small well-formedness check without a DOM. */
function balanced(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.replace(/<style>[\s\S]*?<\/style>/, '').matchAll(/<(\/?)([a-zA-Z:]+)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else stack.push(name ?? '');
  }
  return stack.length === 0;
}

describe("the table's members", () => {
  it("are ink's LIST Member, in its order", () => {
    expect(inkList('Member')).toHaveLength(13);
    expect([...MEMBERS]).toEqual(inkList('Member'));
  });

  it('each have a chair', () => {
    expect([...SEAT_ORDER].sort()).toEqual([...MEMBERS].sort());
  });

  it('each have a portrait file with a named layer per pose, in the one palette', () => {
    const chairPalette = palette(art('chair'));
    expect(chairPalette).toContain('--red: #c8102e;');
    expect(chairPalette).toMatch(/svg\.high \{[^}]*--outline: #000000;/);
    for (const member of MEMBERS) {
      const svg = art(member.toLowerCase());
      expect(svg, member).toContain(`<title>${member}</title>`);
      expect(svg).toContain('viewBox="0 0 120 150"');
      for (const pose of POSES) expect(svg).toContain(`<g id="${pose}" inkscape:groupmode="layer"`);
      // The speaker raises a hand; the other poses do not.
      expect(svg.split('data-part="gesture"')).toHaveLength(2);
      expect(palette(svg), `${member}'s palette is the chair's`).toBe(chairPalette);
      expect(balanced(svg), member).toBe(true);
      expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    }
    expect(art('chair')).toContain('<g id="mourning" inkscape:groupmode="layer"');
  });
});
