import { describe, expect, it } from 'vitest';

import { roomBetween } from './tableCentre.ts';

describe("the room for a line in the table's middle", () => {
  const table = { x: 262, y: 190, rx: 200, ry: 120 };

  it('is the cloth less a gap where no plate stands beside the line', () => {
    expect(roomBetween([], table, 190, 190, 8)).toBeCloseTo(2 * (200 - 8));
    expect(roomBetween([], table, 185, 195, 8)).toBeCloseTo(2 * (200 * Math.sqrt(1 - (5 / 120) ** 2) - 8));
    // Further from the middle the ellipse narrows.
    expect(roomBetween([], table, 250, 280, 8)).toBeCloseTo(2 * (200 * Math.sqrt(1 - 0.75 ** 2) - 8));
  });

  it('keeps clear of a wide plate at the end of the table, at its height only', () => {
    // Lenin's mourning plate, "LENIN 1870–1924", pushed inwards to stay inside the picture.
    const lenin = { member: 'Lenin', x: 65, y: 194, w: 126, h: 19 };
    expect(roomBetween([lenin], table, 185, 215, 8)).toBeCloseTo(2 * (262 - 128 - 8));
    // A line above or below the plate is not narrowed by it.
    expect(roomBetween([lenin], table, 150, 184, 8)).toBeGreaterThan(2 * (262 - 128));
    // The nearer of two plates decides (a plate on the right counts from its left edge).
    const right = { member: 'Rudzutak', x: 420, y: 200, w: 80, h: 19 };
    expect(roomBetween([lenin, right], table, 185, 215, 8)).toBeCloseTo(2 * (420 - 40 - 262 - 8));
  });

  it('leaves a plate straddling the middle to the lines above and below it', () => {
    const across = { member: 'Tomsky', x: 262, y: 200, w: 80, h: 19 };
    expect(roomBetween([across], table, 190, 210, 8)).toBeCloseTo(
      2 * (200 * Math.sqrt(1 - (20 / 120) ** 2) - 8),
    );
  });
});
