/**
 * Where everything sits on the Politburo table: pure geometry in design units, no Phaser, no DOM.
 * Two variants: 'wide' (beside the text, with the six meters under the table) and 'compact' (phones and
 * tablets: a flat strip that stays in view above the text while the player reads, no meters — the page
 * shows them in a bar at the foot of the screen).
 */
import type { Member } from './members.ts';
import { PORTRAIT_VIEW } from './art.ts';

export type Variant = 'wide' | 'compact';

/** The page puts the table above the text at this viewport width and below (src/ui/styles.css). */
export const COMPACT_MAX_VIEWPORT = 860;

export const WIDE_WIDTH = 800;
export const WIDE_HEIGHT = { min: 640, max: 860 } as const;
export const COMPACT_SIZE = { width: 520, height: 320 } as const;

/**
 * Every member who sat at the table in 1922–1929 has a fixed chair, so the table never reshuffles: a
 * member who falls leaves an empty place. Clockwise from Lenin at the head (the left end): across the
 * far side, round the right end, and back along the near side to Stalin, opposite Trotsky.
 */
export const SEAT_ORDER: readonly Member[] = [
  'Lenin',
  'Trotsky',
  'Zinoviev',
  'Kamenev',
  'Bukharin',
  'Molotov',
  'Kalinin',
  'Rudzutak',
  'Kuibyshev',
  'Voroshilov',
  'Tomsky',
  'Rykov',
  'Stalin',
];

export interface SeatSpot {
  /** Centre of the portrait. */
  x: number;
  y: number;
  /** On the near side: drawn in front of the table, its nameplate below it. */
  front: boolean;
  /** Centre of the nameplate. */
  plateX: number;
  plateY: number;
  /** A unit vector away from the table: the way a member walks out. */
  outX: number;
  outY: number;
}

export interface MeterArea {
  top: number;
  titleY: number;
  rowY: number;
  rowHeight: number;
  labelX: number;
  barX: number;
  barWidth: number;
  barHeight: number;
  valueX: number;
  changeX: number;
  font: number;
  smallFont: number;
}

export interface TableLayout {
  variant: Variant;
  width: number;
  height: number;
  table: { x: number; y: number; rx: number; ry: number };
  portrait: { w: number; h: number };
  plate: { w: number; h: number; font: number };
  seats: Record<Member, SeatSpot>;
  /** Text in the middle of the table: date, General Secretary, vote tally. */
  centre: { x: number; y: number; big: number; line: number; small: number; width: number };
  meters: MeterArea | null;
}

/** Which layout a viewport gets: the page's own breakpoint decides where the table goes. */
export function variantFor(viewportWidth: number): Variant {
  return viewportWidth <= COMPACT_MAX_VIEWPORT ? 'compact' : 'wide';
}

/**
 * The wide layout's height: as tall as the panel allows (a projector, a tall window) within limits, so
 * the table fills the column instead of floating in it.
 */
export function wideHeight(cssWidth: number, availableCssHeight: number): number {
  if (cssWidth <= 0) return WIDE_HEIGHT.min;
  const fit = (WIDE_WIDTH * availableCssHeight) / cssWidth;
  return Math.round(Math.min(WIDE_HEIGHT.max, Math.max(WIDE_HEIGHT.min, fit)));
}

export function tableLayout(variant: Variant, wideDesignHeight: number = WIDE_HEIGHT.min): TableLayout {
  if (variant === 'compact') {
    const { width, height } = COMPACT_SIZE;
    const ph = 78;
    return ring({
      variant,
      width,
      height,
      zone: { x: 0, y: 0, w: width, h: height },
      portrait: { w: (ph * PORTRAIT_VIEW.width) / PORTRAIT_VIEW.height, h: ph },
      plate: { w: 70, h: 19, font: 15 },
      centre: { big: 34, line: 16, small: 14 },
      meters: null,
    });
  }
  const height = Math.min(WIDE_HEIGHT.max, Math.max(WIDE_HEIGHT.min, Math.round(wideDesignHeight)));
  const meterHeight = 238;
  const zoneH = height - meterHeight;
  const ph = Math.round(Math.min(150, Math.max(104, zoneH * 0.27)));
  const top = zoneH + 6;
  const meters: MeterArea = {
    top,
    titleY: top + 22,
    rowY: top + 56,
    rowHeight: 30,
    labelX: 28,
    barX: 196,
    barWidth: 236,
    barHeight: 16,
    valueX: 476,
    changeX: 494,
    font: 21,
    smallFont: 18,
  };
  return ring({
    variant,
    width: WIDE_WIDTH,
    height,
    zone: { x: 0, y: 0, w: WIDE_WIDTH, h: zoneH },
    portrait: { w: (ph * PORTRAIT_VIEW.width) / PORTRAIT_VIEW.height, h: ph },
    plate: { w: 104, h: 23, font: 16 },
    centre: { big: 64, line: 20, small: 17 },
    meters,
  });
}

interface RingInput {
  variant: Variant;
  width: number;
  height: number;
  zone: { x: number; y: number; w: number; h: number };
  portrait: { w: number; h: number };
  plate: { w: number; h: number; font: number };
  centre: { big: number; line: number; small: number };
  meters: MeterArea | null;
}

/**
 * Places the chairs on an ellipse, spaced evenly in portrait-sized steps (so the tall portraits at the
 * ends of the table are as far apart as the wide rows along its sides), and the table inside them.
 */
function ring(input: RingInput): TableLayout {
  const { zone, portrait: pt, plate } = input;
  const margin = 6;
  const sx = zone.x + zone.w / 2;
  // Room above the far side for a speaker's enlarged portrait.
  const topY = zone.y + margin + pt.h * 0.58;
  // The near side's portraits stand on their nameplates, which overlap the foot of the portrait.
  const bottomY = zone.y + zone.h - margin - plate.h - pt.h / 2 + plate.h * 0.9;
  const sy = (topY + bottomY) / 2;
  const srx = zone.w / 2 - margin - pt.w / 2;
  const sry = (bottomY - topY) / 2;

  // Arc length measured in portrait widths across and portrait heights down.
  const steps = 2000;
  const at = (t: number): [number, number] => [sx + srx * Math.cos(t), sy - sry * Math.sin(t)];
  const lengths = [0];
  for (let i = 1; i <= steps; i++) {
    const [x0, y0] = at(Math.PI - ((i - 1) * 2 * Math.PI) / steps);
    const [x1, y1] = at(Math.PI - (i * 2 * Math.PI) / steps);
    lengths.push((lengths[i - 1] ?? 0) + Math.hypot((x1 - x0) / pt.w, (y1 - y0) / pt.h));
  }
  const total = lengths[steps] ?? 1;
  const seats = {} as Record<Member, SeatSpot>;
  SEAT_ORDER.forEach((member, k) => {
    const goal = (k * total) / SEAT_ORDER.length;
    const i = lengths.findIndex((l) => l >= goal);
    const t = Math.PI - (Math.max(0, i) * 2 * Math.PI) / steps;
    const [x, y] = at(t);
    const dx = x - sx;
    const dy = y - sy;
    const len = Math.hypot(dx / srx, dy / sry) || 1;
    const front = y > sy + sry * 0.25;
    seats[member] = {
      x,
      y,
      front,
      plateX: x,
      plateY: front || Math.abs(dy) < sry * 0.25 ? y + pt.h / 2 - plate.h * 0.4 : y + pt.h * 0.38,
      outX: dx / srx / len,
      outY: dy / sry / len,
    };
  });
  const table = { x: sx, y: sy + pt.h * 0.04, rx: srx - pt.w * 0.3, ry: sry - pt.h * 0.26 };
  return {
    variant: input.variant,
    width: input.width,
    height: input.height,
    table,
    portrait: pt,
    plate,
    seats,
    centre: { x: table.x, y: table.y, ...input.centre, width: table.rx * 1.4 },
    meters: input.meters,
  };
}
