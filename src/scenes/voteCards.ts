/**
 * The vote cards: at a vote each member at the table raises the card the story's ballot gives him (red
 * with a bar for, black with a cross against: readable without colour), staggered round the table, held,
 * then lowered. Without motion the raised cards stay as a still picture until the next beat.
 */
import { type CardSpot, cardSize, CARD_TILT, placeCards } from './cardSpots.ts';
import type { Member } from './members.ts';
import { TIME } from './palette.ts';
import type { PlateBox } from './plates.ts';
import type { Seat } from './seat.ts';
import type { Stage } from './stage.ts';
import { voteCards, type Vote } from './tableModel.ts';

export interface RaisedCards {
  /** "Stalin:for Zinoviev:against", for the table's status. */
  cards: string;
  /** Where each card is held (clear of every nameplate in `plates`). */
  spots: CardSpot[];
}

/** Raises the cards of this vote, held clear of the nameplates on show. */
export function raiseCards(
  stage: Stage,
  seats: ReadonlyMap<Member, Seat>,
  seated: readonly Member[],
  vote: Vote,
  plates: readonly PlateBox[],
  motion: boolean,
): RaisedCards {
  const cards = voteCards(seated, vote);
  const { layout } = stage;
  const voters = [...cards];
  // One spot per voter, in the same order.
  const spots = placeCards(
    voters.map(([member]) => ({ member, ...layout.seats[member] })),
    plates,
    layout,
  );
  voters.forEach(([member, side], i) => {
    const seat = seats.get(member);
    const spot = spots[i];
    if (seat && spot) raise(stage, seat, side, spot, motion, i);
  });
  if (!motion) for (const seat of seats.values()) if (!cards.has(seat.member)) seat.card.setVisible(false);
  return { cards: [...cards].map(([member, side]) => `${member}:${side}`).join(' '), spots };
}

export function lowerCards(seats: ReadonlyMap<Member, Seat>): void {
  for (const seat of seats.values()) seat.card.setVisible(false);
}

function raise(
  stage: Stage,
  seat: Seat,
  side: 'for' | 'against',
  spot: CardSpot,
  motion: boolean,
  order: number,
): void {
  const { w, h } = stage.layout.portrait;
  const c = stage.colours;
  const { w: cw, h: ch } = cardSize(stage.layout.portrait);
  const g = seat.cardFace.clear();
  g.lineStyle(Math.max(3, w * 0.04), c.cream, 1).lineBetween(0, 0, 0, h * 0.45);
  g.fillStyle(side === 'for' ? c.red : c.ink, 1).fillRect(-cw / 2, -ch, cw, ch);
  g.lineStyle(Math.max(2, w * 0.03), c.cream, 1).strokeRect(-cw / 2, -ch, cw, ch);
  g.lineStyle(Math.max(2, w * 0.035), side === 'for' ? c.cream : c.red, 1);
  if (side === 'for') g.lineBetween(-cw * 0.28, -ch / 2, cw * 0.28, -ch / 2);
  else {
    g.lineBetween(-cw * 0.22, -ch * 0.8, cw * 0.22, -ch * 0.2);
    g.lineBetween(-cw * 0.22, -ch * 0.2, cw * 0.22, -ch * 0.8);
  }
  // Tilted away from the head it is held over.
  const away = spot.x < seat.spot.x ? -1 : 1;
  seat.card.setRotation((side === 'for' ? -CARD_TILT : CARD_TILT) * away);
  const { x, y: top } = spot;
  if (!motion) {
    seat.card.setPosition(x, top).setAlpha(1).setVisible(true);
    return;
  }
  seat.card
    .setPosition(x, seat.spot.y + h * 0.1)
    .setAlpha(0)
    .setVisible(true);
  const delay = order * TIME.stagger;
  stage.animate('vote', {
    targets: seat.card,
    y: top,
    alpha: 1,
    delay,
    duration: TIME.cardUp,
    ease: 'Back.easeOut',
  });
  stage.animate('vote', {
    targets: seat.card,
    y: seat.spot.y + h * 0.1,
    alpha: 0,
    delay: delay + TIME.cardUp + TIME.cardHold,
    duration: TIME.cardUp,
    ease: 'Quad.easeIn',
    onComplete: () => seat.card.setVisible(false),
  });
}
