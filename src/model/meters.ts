import causes from '../../story/causes.json';

/** The six meters: support for the protagonist, 0–100, kept in ink and mirrored here. */
export const METERS = [
  {
    id: 'apparatus',
    label: 'Apparatus',
    short: 'Appar.',
    about: 'the Secretariat, the provincial secretaries and the delegates they pick',
  },
  { id: 'left', label: 'Left', short: 'Left', about: "Zinoviev's Leningrad machine and the radical youth" },
  {
    id: 'right',
    label: 'Right',
    short: 'Right',
    about: 'Bukharin, Rykov, Tomsky, the trade unions and the friends of NEP',
  },
  { id: 'army', label: 'Army', short: 'Army', about: "the Red Army's commanders and party cells" },
  { id: 'mantle', label: "Lenin's mantle", short: 'Mantle', about: 'standing as the true Leninist' },
  {
    id: 'suspicion',
    label: 'Suspicion',
    short: 'Susp.',
    about: 'how far your rivals fear you; when it is high they unite against you',
  },
] as const;

const CAUSE_NAMES = new Map(causes.map((c) => [c.cause, c.name]));

export type MeterId = (typeof METERS)[number]['id'];
export type Meters = Record<MeterId, number>;

export const METER_IDS: readonly MeterId[] = METERS.map((m) => m.id);

export function isMeterId(name: string): name is MeterId {
  return (METER_IDS as readonly string[]).includes(name);
}

export function emptyMeters(): Meters {
  return { apparatus: 0, left: 0, right: 0, army: 0, mantle: 0, suspicion: 0 };
}

/** Whether a shift helps the player: rising suspicion is bad news; every other meter is support for you. */
export function isGoodShift(meter: string, delta: number): boolean {
  return meter === 'suspicion' ? delta < 0 : delta > 0;
}

/**
 * A cause's one name everywhere (transcript, table, debrief, guide): "AtTheCentre" → "Being at the centre",
 * from story/causes.json; a cause missing there is spelt out from ink's name ("at the centre").
 */
export function causeLabel(cause: string): string {
  return CAUSE_NAMES.get(cause) ?? cause.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** "suspicion" → "Suspicion", "mantle" → "Lenin's mantle". */
export function meterLabel(id: string): string {
  return METERS.find((m) => m.id === id)?.label ?? id;
}
