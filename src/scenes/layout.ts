/** Where everything sits on the Politburo table: pure geometry, no Phaser. */
export const WIDTH = 800;
export const HEIGHT = 610;
export const TABLE = { x: 400, y: 205, rx: 235, ry: 82 } as const;

/**
 * Every member who sat at the table in 1922–1929 has a fixed chair, so the table never reshuffles:
 * a member who falls leaves an empty place. Lenin sits at the head. Angles in degrees, 0 = right.
 */
export const SEATS: Record<string, number> = {
  Lenin: 180,
  Trotsky: 150,
  Zinoviev: 124,
  Kamenev: 102,
  Bukharin: 78,
  Molotov: 56,
  Kalinin: 30,
  Rudzutak: 0,
  Kuibyshev: -30,
  Voroshilov: -58,
  Tomsky: -86,
  Rykov: -114,
  Stalin: -150,
};

export function seatPosition(member: string): { x: number; y: number; above: boolean } {
  const angle = ((SEATS[member] ?? 0) * Math.PI) / 180;
  return {
    x: TABLE.x + Math.cos(angle) * (TABLE.rx + 62),
    y: TABLE.y - Math.sin(angle) * (TABLE.ry + 44),
    above: Math.sin(angle) > 0.2,
  };
}

/** The meters: large enough to read when the canvas is scaled down to a phone's width. */
export const METER_AREA = { x: 24, y: 402, labelWidth: 190, barWidth: 420, rowHeight: 33, font: 22 } as const;
