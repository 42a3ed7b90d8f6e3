/**
 * The guide to the meters: what each one is, who at the table votes with it, and what high and low mean,
 * in words a student reads. Every number and name comes from the story (alignment.ink's meter_guide(),
 * read through the runner), so the guide cannot drift from the rules ink plays by; this module only
 * puts them into sentences.
 */
import { type MeterId, METERS } from './meters.ts';

/** The story's numbers ("allied_from" → 60) and the members who stand for each meter. */
export interface MeterGuide {
  numbers: Record<string, number>;
  men: Partial<Record<MeterId, string[]>>;
}

/** Parses meter_guide()'s "name value; name value" text; '' (an older story) gives null. */
export function parseGuide(text: string): MeterGuide | null {
  if (text.trim() === '') return null;
  const guide: MeterGuide = { numbers: {}, men: {} };
  for (const pair of text.split(';')) {
    const [name = '', ...rest] = pair.trim().split(' ');
    const value = rest.join(' ').trim();
    const men = /^(\w+)_men$/.exec(name)?.[1];
    if (men !== undefined && METERS.some((m) => m.id === men)) {
      guide.men[men as MeterId] = value === '' ? [] : value.split(',').map((s) => s.trim());
    } else if (/^-?\d+$/.test(value)) guide.numbers[name] = Number(value);
  }
  return guide;
}

export interface MeterExplanation {
  id: MeterId;
  label: string;
  /** What it is. */
  what: string;
  /** Who at the table votes with it, and where it weighs. */
  weighs: string;
  /** What a high and a low reading mean for the player. */
  high: string;
  low: string;
}

const list = (items: readonly string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;

/** The guide's entry for every meter, in the meters' order. */
export function explainMeters(guide: MeterGuide): MeterExplanation[] {
  const n = (name: string): number => guide.numbers[name] ?? 0;
  const allied = n('allied_from');
  const hostile = n('hostile_below');
  const fear = n('fear_from');
  const neutral = n('suspicion_neutral');
  const forums = (apparatus: string, part: string): string =>
    `In a congress or conference it makes ${String(n(`delegates_${apparatus}`))} of every 100 points of your standing, ` +
    `at a Central Committee plenum ${String(n(`plenum_${apparatus}`))}, at a joint plenum ${String(n(`joint_${apparatus}`))}${part}.`;
  const men = (id: MeterId): string => {
    const who = guide.men[id] ?? [];
    return who.length === 0
      ? ''
      : `${list(who)} ${who.length === 1 ? 'stands' : 'stand'} with it at the table. `;
  };
  const stances =
    `At ${String(allied)} or more its men are your allies and vote with you; below ${String(hostile)} they turn ` +
    `against you; in between they waver, and vote with the majority. (Suspicion can pull them down; leading ` +
    `their bloc lifts them by ${String(n('bloc_bonus'))}.)`;
  return METERS.map((m): MeterExplanation => {
    switch (m.id) {
      case 'apparatus':
        return {
          id: m.id,
          label: m.label,
          what: `The party machine: ${m.about}.`,
          weighs: men(m.id) + forums('apparatus', ': whoever picks the voters weighs most'),
          high: stances,
          low: `Low, the delegates of every congress are chosen by men who owe you nothing.`,
        };
      case 'left':
      case 'right':
        return {
          id: m.id,
          label: m.label,
          what: `A faction: ${m.about}.`,
          weighs: men(m.id) + forums('factions', ', and the same again for the other faction'),
          high: stances,
          low: `Low, its leaders lead the vote against you.`,
        };
      case 'army':
        return {
          id: m.id,
          label: m.label,
          what: `The soldiers: ${m.about}.`,
          weighs: `No member of the table votes with it, and no forum counts it: the party kept the army out of its votes.`,
          high: `High, the army would listen to you, which is why your rivals watch it.`,
          low: `Low, the army takes its orders from the majority.`,
        };
      case 'mantle':
        return {
          id: m.id,
          label: m.label,
          what: `Your claim to be Lenin's heir: ${m.about}.`,
          weighs: men(m.id) + forums('mantle', ''),
          high: `High, the party hears Lenin when you speak.`,
          low: `Low, your rivals quote Lenin against you.`,
        };
      case 'suspicion':
        return {
          id: m.id,
          label: m.label,
          what: `Not support but its opposite: ${m.about}.`,
          weighs:
            `Above ${String(neutral)}, every point costs you ${String(n('suspicion_unites'))} hundredths of a point of ` +
            `standing in every forum.`,
          high:
            `Above ${String(fear)}, rivals close ranks: every faction's support for you counts half a point less for ` +
            `each point above ${String(fear)}, and from ${String(n('rival_hostile_from'))} your great rival is openly against you.`,
          low: `Low, they underestimate you, as Zinoviev and Kamenev underestimated Stalin.`,
        };
    }
  });
}

/** "Suspicion 70: …" for one meter and its value: the line the meter's own explanation opens with. */
export function readingOf(explanation: MeterExplanation, value: number, guide: MeterGuide): string {
  const n = (name: string): number => guide.numbers[name] ?? 0;
  if (explanation.id === 'suspicion') {
    if (value >= n('fear_from')) return `${String(value)}: your rivals fear you enough to unite against you.`;
    if (value > n('suspicion_neutral')) return `${String(value)}: it is beginning to cost you votes.`;
    return `${String(value)}: they do not yet see you as the danger.`;
  }
  if (explanation.id === 'army') return `${String(value)} of 100.`;
  if (explanation.id === 'mantle') {
    if (value >= n('allied_from')) return `${String(value)}: the party hears Lenin in you.`;
    if (value < n('hostile_below')) return `${String(value)}: your rivals quote Lenin against you.`;
    return `${String(value)}: Lenin's heir is still an open question.`;
  }
  if (value >= n('allied_from')) return `${String(value)}: its men stand with you.`;
  if (value < n('hostile_below')) return `${String(value)}: its men are against you.`;
  return `${String(value)}: its men waver.`;
}
