/** The members of the 1922–1929 Politburo, as ink names them. */

/** In the order of ink's `LIST Member` (story/globals.ink; members.test.ts ties them). */
export const MEMBERS = [
  'Lenin',
  'Trotsky',
  'Stalin',
  'Zinoviev',
  'Kamenev',
  'Rykov',
  'Tomsky',
  'Bukharin',
  'Kalinin',
  'Molotov',
  'Rudzutak',
  'Voroshilov',
  'Kuibyshev',
] as const;

export type Member = (typeof MEMBERS)[number];

export function isMember(name: string): name is Member {
  return (MEMBERS as readonly string[]).includes(name);
}
