/**
 * Nameplates that never cover each other: where two would overlap (long names on neighbouring chairs of
 * a small table), the later one in seating order steps down or up by a plate's height. Pure geometry.
 */
export interface PlateBox {
  member: string;
  /** Centre and size, in design units. */
  x: number;
  y: number;
  w: number;
  h: number;
}

const GAP = 2;

const overlap = (a: PlateBox, b: PlateBox): boolean =>
  Math.abs(a.x - b.x) * 2 < a.w + b.w + GAP && Math.abs(a.y - b.y) * 2 < a.h + b.h + GAP;

/** The plates moved as little as possible so that no two overlap, inside a picture of this height. */
export function settlePlates(plates: readonly PlateBox[], height: number): PlateBox[] {
  const placed: PlateBox[] = [];
  for (const plate of plates) {
    const step = plate.h + GAP;
    const tries = [0, step, -step, 2 * step, -2 * step, 3 * step, -3 * step];
    let best = plate;
    for (const dy of tries) {
      const y = Math.min(height - plate.h / 2, Math.max(plate.h / 2, plate.y + dy));
      const moved = { ...plate, y };
      if (!placed.some((p) => overlap(p, moved))) {
        best = moved;
        break;
      }
    }
    placed.push(best);
  }
  return placed;
}

/** Whether any two plates overlap (for tests and the table's status). */
export function platesOverlap(plates: readonly PlateBox[]): boolean {
  return plates.some((a, i) => plates.slice(i + 1).some((b) => overlap(a, b)));
}
