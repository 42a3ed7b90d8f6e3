/** Where everything sits on the Politburo table: pure geometry, no Phaser. */
export const WIDTH = 800;
export const HEIGHT = 520;
export const TABLE = { x: 400, y: 205, rx: 255, ry: 105 } as const;

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
    x: TABLE.x + Math.cos(angle) * (TABLE.rx + 42),
    y: TABLE.y - Math.sin(angle) * (TABLE.ry + 40),
  };
}

export const METER_AREA = { x: 40, y: 392, width: 720, rowHeight: 20 } as const;
