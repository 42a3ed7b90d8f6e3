/** The table's members are ink's: the same names in the same order, and every one of them has a chair. */
import { describe, expect, it } from 'vitest';

import storyJson from '../../story/main.ink';
import { SEAT_ORDER } from './layout.ts';
import { LOOKS, MEMBERS } from './portraits/looks.ts';

interface CompiledStory {
  listDefs: Record<string, Record<string, number>>;
}

const lists = (JSON.parse(storyJson) as CompiledStory).listDefs;

function inkList(name: string): string[] {
  const items = lists[name] ?? {};
  return Object.keys(items).sort((a, b) => (items[a] ?? 0) - (items[b] ?? 0));
}

describe("the table's members", () => {
  it("are ink's LIST Member, in its order", () => {
    expect(inkList('Member')).toHaveLength(13);
    expect([...MEMBERS]).toEqual(inkList('Member'));
  });

  it('each have a chair and a look', () => {
    expect([...SEAT_ORDER].sort()).toEqual([...MEMBERS].sort());
    expect(Object.keys(LOOKS).sort()).toEqual([...MEMBERS].sort());
  });
});
