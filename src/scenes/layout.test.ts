import { describe, expect, it } from 'vitest';

import {
  COMPACT_SIZE,
  SEAT_ORDER,
  tableLayout,
  type TableLayout,
  variantFor,
  WIDE_HEIGHT,
  wideHeight,
} from './layout.ts';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The face of a portrait: the middle of its frame, which must never hide behind a neighbour. */
function faceBox(layout: TableLayout, member: (typeof SEAT_ORDER)[number]): Box {
  const s = layout.seats[member];
  const { w, h } = layout.portrait;
  return { x0: s.x - w * 0.28, x1: s.x + w * 0.28, y0: s.y - h * 0.3, y1: s.y + h * 0.12 };
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const layouts = [
  tableLayout('compact'),
  tableLayout('wide', WIDE_HEIGHT.min),
  tableLayout('wide', 740),
  tableLayout('wide', WIDE_HEIGHT.max),
];

describe('table layout', () => {
  it('puts the table above the text on a phone and beside it from the page breakpoint up', () => {
    expect(variantFor(360)).toBe('compact');
    expect(variantFor(860)).toBe('compact');
    expect(variantFor(861)).toBe('wide');
    expect(variantFor(2560)).toBe('wide');
    // The phone's table is shorter than the wide one.
    const compact = tableLayout('compact');
    const wide = tableLayout('wide');
    expect(compact.height / compact.width).toBeLessThan(wide.height / wide.width);
    expect(compact.meters).toBeNull();
    expect(wide.meters).not.toBeNull();
  });

  it('grows the wide table to the height of its column, within limits', () => {
    expect(wideHeight(557, 768)).toBe(WIDE_HEIGHT.max);
    expect(wideHeight(1178, 1048)).toBe(Math.round((800 * 1048) / 1178));
    expect(wideHeight(1178, 500)).toBe(WIDE_HEIGHT.min);
    expect(wideHeight(0, 500)).toBe(WIDE_HEIGHT.min);
    expect(tableLayout('wide', 10_000).height).toBe(WIDE_HEIGHT.max);
  });

  it.each(layouts.map((l) => [`${l.variant} ${String(l.height)}`, l] as const))(
    'gives all thirteen chairs room (%s): no face hides another, all inside the picture',
    (_name, layout) => {
      expect(Object.keys(layout.seats).sort()).toEqual([...SEAT_ORDER].sort());
      const { w, h } = layout.portrait;
      const bottom = layout.meters ? layout.meters.top : layout.height;
      for (const [i, a] of SEAT_ORDER.entries()) {
        const s = layout.seats[a];
        expect(s.x - w / 2).toBeGreaterThanOrEqual(0);
        expect(s.x + w / 2).toBeLessThanOrEqual(layout.width);
        expect(s.y - h / 2).toBeGreaterThanOrEqual(0);
        expect(s.plateY + layout.plate.h / 2).toBeLessThanOrEqual(bottom);
        expect(Math.hypot(s.outX, s.outY)).toBeCloseTo(1, 5);
        for (const b of SEAT_ORDER.slice(i + 1)) {
          expect(overlaps(faceBox(layout, a), faceBox(layout, b)), `${a} and ${b}`).toBe(false);
        }
      }
    },
  );

  it('seats Lenin at the head, Trotsky and Stalin either side of him, the far side behind the table', () => {
    for (const layout of layouts) {
      const { Lenin, Trotsky, Stalin, Kamenev, Tomsky } = layout.seats;
      expect(Lenin.x).toBeLessThan(Math.min(...Object.values(layout.seats).map((s) => s.x)) + 1);
      expect(Trotsky.y).toBeLessThan(Lenin.y);
      expect(Stalin.y).toBeGreaterThan(Lenin.y);
      expect(Kamenev.front).toBe(false);
      expect(Tomsky.front).toBe(true);
      expect(layout.table.x).toBeCloseTo(layout.width / 2);
    }
    expect(tableLayout('compact').width).toBe(COMPACT_SIZE.width);
  });
});
