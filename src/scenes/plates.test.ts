import { describe, expect, it } from 'vitest';

import { platesOverlap, settlePlates } from './plates.ts';

describe('nameplates', () => {
  it('step apart where two would overlap, and stay put where none do', () => {
    const plates = [
      { member: 'Kamenev', x: 200, y: 60, w: 90, h: 20 },
      { member: 'Bukharin', x: 270, y: 60, w: 96, h: 20 },
      { member: 'Molotov', x: 420, y: 60, w: 90, h: 20 },
    ];
    expect(platesOverlap(plates)).toBe(true);
    const settled = settlePlates(plates, 300);
    expect(platesOverlap(settled)).toBe(false);
    expect(settled[0]).toEqual(plates[0]);
    expect(settled[1]?.y).toBe(82);
    expect(settled[2]).toEqual(plates[2]);
  });

  it('stays inside the picture', () => {
    const settled = settlePlates(
      [
        { member: 'A', x: 100, y: 289, w: 90, h: 20 },
        { member: 'B', x: 110, y: 289, w: 90, h: 20 },
      ],
      300,
    );
    expect(Math.max(...settled.map((p) => p.y + p.h / 2))).toBeLessThanOrEqual(300);
    expect(platesOverlap(settled)).toBe(false);
  });
});
