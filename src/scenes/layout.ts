/** Where everything sits on the Politburo table: pure geometry, no Phaser. */
export const WIDTH = 800;
export const HEIGHT = 580;
export const TABLE = { x: 400, y: 190, rx: 230, ry: 88 } as const;

/**
 * Every member who sat at the table in 1922–1929 has a fixed chair, so the table never reshuffles:
 * a member who falls leaves an empty place. Lenin sits at the head. Angles in degrees, 0 = right.
 */
export const SEATS: Record<string, number> = {
  Lenin: 180,
  Trotsky: 148,
  Zinoviev: 122,
  Kamenev: 98,
  Bukharin: 74,
  Molotov: 50,
  Kalinin: 26,
  Rudzutak: 0,
  Kuibyshev: -26,
  Voroshilov: -50,
  Tomsky: -74,
  Rykov: -98,
  Stalin: -148,
};

export function seatPosition(member: string): { x: number; y: number } {
  const angle = ((SEATS[member] ?? 0) * Math.PI) / 180;
  return {
    x: TABLE.x + Math.cos(angle) * (TABLE.rx + 48),
    y: TABLE.y - Math.sin(angle) * (TABLE.ry + 46),
  };
}

/** The meters: large enough to read when the canvas is scaled down to a phone's width. */
export const METER_AREA = { x: 24, y: 372, labelWidth: 190, barWidth: 420, rowHeight: 33, font: 22 } as const;
