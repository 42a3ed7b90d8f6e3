/**
 * Where each vote card is held up: above its member's head, on the outer side if it is clear, else on the
 * inner side or higher, so that no card hides a nameplate (on a phone's small table Stalin's card, held
 * outward, covered Lenin's chair) and cards cover each other as little as they can. Pure geometry.
 */
import type { PlateBox } from './plates.ts';

export interface CardSeat {
  member: string;
  /** Centre of the portrait. */
  x: number;
  y: number;
  /** The way out of the table: the side a card is held on first. */
  outX: number;
}

export interface CardSpot {
  member: string;
  /** The foot of the card's face (its stick runs down from here), in design units. */
  x: number;
  y: number;
  /** The card's face as drawn, centre and size, with room for its tilt. */
  box: PlateBox;
}

export interface CardGeometry {
  portrait: { w: number; h: number };
  width: number;
  height: number;
}

/** The card's face, relative to the portrait. */
export const cardSize = (portrait: { w: number; h: number }): { w: number; h: number } => ({
  w: portrait.w * 0.46,
  h: portrait.h * 0.3,
});

/** The tilt of a raised card, in radians (its box grows by this much of its height on each side). */
export const CARD_TILT = 0.12;

/** Offsets tried in turn, in portrait widths sideways (outward first) and heights up from the centre. */
const TRIES: readonly (readonly [number, number])[] = [
  [0.34, 0.3],
  [-0.34, 0.3],
  [0.5, 0.2],
  [-0.5, 0.2],
  [0, 0.48],
  [0.34, 0.5],
  [-0.34, 0.5],
  [0.34, 0.15],
  [-0.34, 0.15],
  [0.6, 0.05],
  [-0.6, 0.05],
  [0.6, -0.1],
  [-0.6, -0.1],
];

function overlapArea(a: PlateBox, b: PlateBox): number {
  const w = Math.min(a.x + a.w / 2, b.x + b.w / 2) - Math.max(a.x - a.w / 2, b.x - b.w / 2);
  const h = Math.min(a.y + a.h / 2, b.y + b.h / 2) - Math.max(a.y - a.h / 2, b.y - b.h / 2);
  return w > 0 && h > 0 ? w * h : 0;
}

/** How much of a card may hide behind a neighbour's before a spot further off is tried. */
const CARD_OVERLAP_ALLOWED = 0.2;

/**
 * The cards of the members voting, in the order given: each takes the first spot that covers no
 * nameplate and little of any card already raised; failing that, the spot that covers the least (a
 * nameplate counting far more than a card).
 */
export function placeCards(
  voters: readonly CardSeat[],
  plates: readonly PlateBox[],
  geometry: CardGeometry,
): CardSpot[] {
  const { w: pw, h: ph } = geometry.portrait;
  const card = cardSize(geometry.portrait);
  const boxW = card.w + 2 * card.h * Math.sin(CARD_TILT);
  const placed: CardSpot[] = [];
  for (const seat of voters) {
    const outward = seat.outX < 0 ? -1 : 1;
    let best: CardSpot | null = null;
    let bestCost = Infinity;
    for (const [side, up] of TRIES) {
      const x = Math.min(geometry.width - boxW / 2 - 2, Math.max(boxW / 2 + 2, seat.x + outward * side * pw));
      const y = Math.max(seat.y - up * ph, card.h + 4);
      const box = { member: seat.member, x, y: y - card.h / 2, w: boxW, h: card.h + 2 };
      const onPlates = plates.reduce((sum, p) => sum + overlapArea(p, box), 0);
      const onCards = placed.reduce((sum, c) => sum + overlapArea(c.box, box), 0);
      const cost = onPlates * 20 + onCards;
      if (cost < bestCost) {
        bestCost = cost;
        best = { member: seat.member, x, y, box };
      }
      if (onPlates === 0 && onCards <= CARD_OVERLAP_ALLOWED * box.w * box.h) {
        best = { member: seat.member, x, y, box };
        break;
      }
    }
    if (best) placed.push(best);
  }
  return placed;
}

/** Pairs of a card and a nameplate that overlap, as "Stalin's card on Lenin" (for tests and the status). */
export function cardsOnPlates(cards: readonly CardSpot[], plates: readonly PlateBox[]): string[] {
  return cards.flatMap((c) =>
    plates.filter((p) => overlapArea(c.box, p) > 0).map((p) => `${c.member}'s card on ${p.member}`),
  );
}
