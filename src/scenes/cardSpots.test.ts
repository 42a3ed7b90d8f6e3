import { describe, expect, it } from 'vitest';

import { cardsOnPlates, placeCards } from './cardSpots.ts';
import { SEAT_ORDER, tableLayout, type TableLayout, WIDE_HEIGHT } from './layout.ts';
import { settlePlates } from './plates.ts';

/**
 * Every chair's nameplate as the table settles them: as wide as its words in capitals (about 0.55 of the
 * font size a letter, seat.ts), Lenin's in mourning the widest, and kept inside the picture.
 */
function plates(layout: TableLayout): ReturnType<typeof settlePlates> {
  const { plate } = layout;
  const boxes = SEAT_ORDER.map((member) => {
    const words = member === 'Lenin' ? 'LENIN 1870–1924' : member;
    const w = Math.max(plate.w, words.length * plate.font * 0.6 + plate.h * 0.9);
    const x = Math.min(layout.width - w / 2 - 2, Math.max(w / 2 + 2, layout.seats[member].plateX));
    return { member, x, y: layout.seats[member].plateY, w, h: plate.h };
  });
  return settlePlates(boxes, layout.meters ? layout.meters.top : layout.height);
}

const voters = (layout: TableLayout, members: readonly string[]): Parameters<typeof placeCards>[0] =>
  members.map((member) => ({ member, ...layout.seats[member as (typeof SEAT_ORDER)[number]] }));

describe('vote cards', () => {
  for (const layout of [
    tableLayout('compact'),
    tableLayout('wide', WIDE_HEIGHT.min),
    tableLayout('wide', WIDE_HEIGHT.max),
  ]) {
    it(`in the ${layout.variant} layout ${String(layout.height)} high, never cover a nameplate`, () => {
      const shown = plates(layout);
      // Everyone but Lenin votes: the fullest table there is.
      const spots = placeCards(voters(layout, SEAT_ORDER.slice(1)), shown, layout);
      expect(spots).toHaveLength(SEAT_ORDER.length - 1);
      expect(cardsOnPlates(spots, shown)).toEqual([]);
      for (const { box } of spots) {
        expect(box.x - box.w / 2).toBeGreaterThanOrEqual(0);
        expect(box.x + box.w / 2).toBeLessThanOrEqual(layout.width);
        expect(box.y - box.h / 2).toBeGreaterThanOrEqual(0);
      }
    });
  }

  it("hold Stalin's card inward on a phone, off Lenin's chair", () => {
    const layout = tableLayout('compact');
    const shown = plates(layout);
    const stalin = placeCards(voters(layout, ['Stalin']), shown, layout);
    expect(cardsOnPlates(stalin, shown)).toEqual([]);
    // Held where every other card is, above the head on the outer side, it would cover Lenin's plate.
    const outward = { ...layout.seats.Stalin, outX: -1 };
    expect(cardsOnPlates(placeCards([{ member: 'Stalin', ...outward }], [], layout), shown)).not.toEqual([]);
  });
});
