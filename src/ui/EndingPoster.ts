/**
 * The payoff of a run: a poster of its ending. Its title in large red capitals over the date and place,
 * the table as the run left it, composed as the ending tells it (the story's POSTER tags: the victor
 * alone at the head, or the uniform there; a table of equals; the exile's chair set apart and turned
 * away, the penitent's turned back towards it), who still sits there in the portraits of assets/, who
 * is gone (the name struck through over an empty chair; Lenin's chair in mourning), the run's closing
 * line, and then the debrief and share. The story decides all of it; the poster only composes what the
 * store holds.
 */
import type { Entry, GameState } from '../core/gameState.ts';
import type { PosterRole } from '../model/transcript.ts';
import { type ArtFile, artText, artVariant, portraitFile, type Pose, svgDataUrl } from '../scenes/art.ts';
import { isMember, type Member, MEMBERS } from '../scenes/members.ts';
import { h } from './dom.ts';
import { voteFigure } from './Transcript.ts';

export type SeatFate = 'you' | 'seated' | 'candidate' | 'gone' | 'mourning';

export interface PosterSeat {
  member: Member;
  fate: SeatFate;
  pose: Pose;
}

/** The table at the end, in ink's member order: everyone seated now, and everyone gone since the start. */
export function posterSeats(state: GameState): PosterSeat[] {
  const seats: PosterSeat[] = [];
  for (const member of MEMBERS) {
    const pose: Pose = state.hostile.includes(member) ? 'hostile' : 'neutral';
    if (member === 'Lenin' && state.leninDead) seats.push({ member, fate: 'mourning', pose });
    else if (member === state.protagonist && seatedNow(state, member))
      seats.push({ member, fate: 'you', pose: 'speaking' });
    else if (state.politburo.includes(member)) seats.push({ member, fate: 'seated', pose });
    else if (state.candidates.includes(member)) seats.push({ member, fate: 'candidate', pose });
    else if (state.firstTable.includes(member)) seats.push({ member, fate: 'gone', pose });
  }
  return seats;
}

const seatedNow = (state: GameState, member: string): boolean =>
  state.politburo.includes(member) || state.candidates.includes(member);

/** How the poster is composed: the head of the table, the table, the chairs set apart, the empty chairs. */
export interface Composition {
  kind: 'head' | 'uniform' | 'equals' | 'table';
  /** Alone at the head (the victor, or the uniform): one of the seated. */
  head: PosterSeat | null;
  /** At a table of equals, the head is Lenin's chair, left empty in mourning. */
  emptyHead: PosterSeat | null;
  /** Everyone else still seated, in ink's member order. */
  table: PosterSeat[];
  /** Chairs set apart from the table: turned away from it, or back towards it. */
  apart: (PosterSeat & { facing: 'away' | 'table' })[];
  /** The empty chairs: the fallen, struck through, and Lenin's in mourning. */
  empty: PosterSeat[];
}

const atTable = (seat: PosterSeat): boolean =>
  seat.fate === 'you' || seat.fate === 'seated' || seat.fate === 'candidate';

/** The ending's POSTER roles (story/endings.ink), from the transcript's ending entry. */
export function posterRoles(state: GameState): PosterRole[] {
  const ending = [...state.transcript].reverse().find((e) => e.kind === 'ending');
  return ending?.kind === 'ending' ? ending.poster : [];
}

/**
 * The poster's composition from the table as the run left it and the ending's roles. A role names a
 * member; one who is not where the role needs him (a head who has left the table) is drawn as he is.
 */
export function composition(seats: readonly PosterSeat[], roles: readonly PosterRole[]): Composition {
  const seatOf = (member: string | null): PosterSeat | undefined => seats.find((s) => s.member === member);
  const apart: Composition['apart'] = [];
  for (const role of roles) {
    const seat = seatOf(role.member);
    if ((role.role === 'away' || role.role === 'outside') && seat && seat.fate !== 'mourning')
      apart.push({ ...seat, facing: role.role === 'away' ? 'away' : 'table' });
  }
  const leader = roles.find((r) => r.role === 'head' || r.role === 'uniform');
  const headSeat = leader ? seatOf(leader.member) : undefined;
  const head =
    headSeat && atTable(headSeat) && !apart.some((a) => a.member === headSeat.member) ? headSeat : null;
  const kind =
    head && leader
      ? leader.role === 'uniform'
        ? 'uniform'
        : 'head'
      : roles.some((r) => r.role === 'equals')
        ? 'equals'
        : 'table';
  const emptyHead = kind === 'equals' ? (seats.find((s) => s.fate === 'mourning') ?? null) : null;
  const rest = seats.filter(
    (s) => s !== head && s !== emptyHead && !apart.some((a) => a.member === s.member),
  );
  return {
    kind,
    head,
    emptyHead,
    table: rest.filter(atTable),
    apart,
    empty: rest.filter((s) => !atTable(s)),
  };
}

const list = (items: readonly string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;

/** One paragraph for a screen reader, and for anyone who wants the picture in words. */
export function tableInWords(poster: Composition): string {
  const names = (seats: readonly PosterSeat[], fates: SeatFate[]): string[] =>
    seats.filter((s) => fates.includes(s.fate)).map((s) => s.member);
  // Everyone in poster.table sits at it (composition() put them there).
  const at = poster.table.map((s) => s.member);
  const parts: string[] = [];
  if (poster.head) {
    const alone =
      poster.kind === 'uniform' ? 'in uniform, at the head of the table' : 'alone at the head of the table';
    parts.push(`${poster.head.member} sits ${alone}.`);
    parts.push(at.length > 0 ? `Beside him: ${list(at)}.` : 'Nobody else is left at the table.');
  } else if (poster.kind === 'equals') {
    parts.push(
      at.length > 0
        ? `At the table, as equals, nobody at its head: ${list(at)}.`
        : 'Nobody is left at the table.',
    );
  } else {
    parts.push(at.length > 0 ? `At the table at the end: ${list(at)}.` : 'Nobody is left at the table.');
  }
  for (const seat of poster.apart)
    parts.push(
      seat.facing === 'away'
        ? `${seat.member}'s chair stands apart, turned away from the table.`
        : `${seat.member}'s chair stands outside, turned back towards the table.`,
    );
  const gone = names(poster.empty, ['gone']);
  if (gone.length > 0) parts.push(`Gone from it: ${list(gone)}.`);
  if (poster.emptyHead) parts.push("Lenin's chair at its head stays empty, in mourning.");
  else if (poster.empty.some((s) => s.fate === 'mourning')) parts.push("Lenin's chair is in mourning.");
  return parts.join(' ');
}

/** The run's last line of story before its discussion questions: the poster's epilogue. */
export function closingLine(state: GameState): string {
  for (let i = state.transcript.length - 1; i >= 0; i--) {
    const entry = state.transcript[i];
    if (entry?.kind === 'ending') break;
    if (entry?.kind === 'text' && entry.speaker === null) return entry.text;
  }
  return '';
}

/** The vote the run's last choice brought, if it brought one (its forum and tally). */
export function endingVote(state: GameState): Extract<Entry, { kind: 'vote' }> | null {
  for (let i = state.transcript.length - 1; i >= 0; i--) {
    const entry = state.transcript[i];
    if (entry?.kind === 'choice') break;
    if (entry?.kind === 'vote') return entry;
  }
  return null;
}

export interface PosterActions {
  debrief: HTMLElement;
  /** Takes the reader to the epilogue's text (in the transcript, above the poster). */
  epilogue?: HTMLElement;
  others: HTMLElement[];
}

export function endingPoster(
  state: GameState,
  contrast: 'normal' | 'high',
  actions: PosterActions,
): HTMLElement {
  const ending = [...state.transcript].reverse().find((e) => e.kind === 'ending');
  const poster = composition(posterSeats(state), posterRoles(state));
  const when = [state.date, state.place].filter((x): x is string => Boolean(x)).join(' · ');
  const group = <S extends PosterSeat>(
    cls: string,
    seats: readonly S[],
    look: (seat: S) => string[] = () => [],
  ): HTMLElement | null =>
    seats.length === 0
      ? null
      : h('ul', { class: cls }, ...seats.map((seat) => posterSeat(seat, contrast, look(seat))));
  const stage = h(
    'div',
    {
      class: `poster-stage poster-stage-${poster.kind}`,
      'data-composition': poster.kind,
      'aria-hidden': 'true',
    },
    poster.head
      ? group('poster-head', [poster.head], () => (poster.kind === 'uniform' ? ['uniform'] : []))
      : null,
    poster.emptyHead ? group('poster-head poster-head-empty', [poster.emptyHead]) : null,
    poster.kind === 'equals' ? longTable(poster.table, group) : group('poster-table', poster.table),
    poster.apart.length + poster.empty.length > 0
      ? h(
          'div',
          { class: 'poster-foot' },
          group('poster-apart', poster.apart, (seat) => [`facing-${seat.facing}`]),
          group('poster-empty', poster.empty),
        )
      : null,
  );
  // Through the CSSOM: the Content-Security-Policy refuses style attributes.
  stage.style.setProperty('--cols', String(columns(poster)));
  const line = closingLine(state);
  const vote = endingVote(state);
  return h(
    'div',
    { class: 'ending-poster' },
    h('p', { class: 'kicker' }, `The end · ${isMember(state.protagonist) ? state.protagonist : 'this run'}`),
    h('h2', { class: 'ending-title' }, ending?.kind === 'ending' ? ending.text : 'The end'),
    when ? h('p', { class: 'ending-when' }, when) : null,
    // The vote that closed the run, under the date: seen here whether or not the table played it.
    vote ? voteFigure(vote, 'ending-vote') : null,
    stage,
    h('p', { class: 'poster-caption' }, tableInWords(poster)),
    line || actions.epilogue
      ? h('div', { class: 'ending-epilogue' }, line ? h('p', {}, line) : null, actions.epilogue ?? null)
      : null,
    h(
      'p',
      { class: 'ending-next' },
      'The debrief sets this run beside the historical record, with questions for class and a link to share it.',
    ),
    h('div', { class: 'menu' }, actions.debrief, ...actions.others),
  );
}

/**
 * How many seats to a row at the table: one row for a few, two for most tables, three for a crowd. The
 * stylesheet sizes each seat by the row and by the window's height, so the whole composition fits under
 * the title in the first screen of a phone. A table of equals seats half its members on each side.
 */
function columns(poster: Composition): number {
  const n = poster.table.length;
  if (poster.kind === 'equals') return Math.max(1, Math.ceil(n / 2));
  return n <= 5 ? Math.max(1, n) : n <= 12 ? Math.ceil(n / 2) : Math.ceil(n / 3);
}

/**
 * A table of equals: one long table with its members face to face along its two sides, every chair
 * alike, and at its head Lenin's chair, left empty (drawn beside it by the stylesheet).
 */
function longTable(
  seats: readonly PosterSeat[],
  group: (cls: string, seats: readonly PosterSeat[]) => HTMLElement | null,
): HTMLElement {
  const half = Math.ceil(seats.length / 2);
  return h(
    'div',
    { class: 'poster-table poster-long-table' },
    group('poster-side poster-side-far', seats.slice(0, half)),
    h('div', { class: 'poster-cloth' }),
    group('poster-side poster-side-near', seats.slice(half)),
  );
}

/**
 * One seat: the member's portrait, or his empty chair; `looks` are the composition's (a uniform over the
 * chair at the head, a chair set apart facing away from the table or towards it).
 */
function posterSeat(
  seat: PosterSeat,
  contrast: 'normal' | 'high',
  looks: readonly string[] = [],
): HTMLElement {
  const image = h('img', { class: 'poster-face', alt: '', width: 120, height: 150, decoding: 'async' });
  const uniform = looks.includes('uniform');
  const apart = looks.some((l) => l.startsWith('facing-'));
  // Set apart, a member is drawn as himself even when he has left the table: the exile, the penitent.
  const gone = !apart && (uniform || seat.fate === 'gone' || seat.fate === 'mourning');
  const file: ArtFile = gone ? 'chair' : portraitFile(seat.member);
  const classes = uniform
    ? ['uniform', contrast]
    : gone
      ? [seat.fate === 'mourning' ? 'mourning' : 'empty', contrast]
      : [apart ? 'neutral' : seat.pose, contrast];
  void artText(file).then(
    (svg) => {
      image.setAttribute('src', svgDataUrl(artVariant(svg, classes, 240)));
    },
    () => {
      // Without its art the poster still names everyone; the seat shows its plate alone.
      image.hidden = true;
    },
  );
  const name = seat.fate === 'mourning' ? 'Lenin †' : seat.member;
  const li = h(
    'li',
    {
      class: ['poster-seat', `poster-seat-${seat.fate}`, ...looks].join(' '),
      'data-member': seat.member,
      'data-fate': seat.fate,
    },
    image,
    h('span', { class: 'poster-plate' }, name),
  );
  // The stylesheet fits the plate to the name (through the CSSOM: the CSP refuses style attributes).
  li.style.setProperty('--chars', String(name.length));
  return li;
}
