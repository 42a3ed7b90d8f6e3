/**
 * The payoff of a run: a poster of its ending. Its title in large red capitals over the date and place,
 * the table as the run left it (who still sits there, in the portraits of assets/, and who is gone, the
 * name struck through over an empty chair; Lenin's chair in mourning), the run's closing line, and then
 * the debrief and share. The story decides all of it; the poster only composes what the store holds.
 */
import type { GameState } from '../core/gameState.ts';
import { type ArtFile, artText, artVariant, portraitFile, type Pose, svgDataUrl } from '../scenes/art.ts';
import { isMember, type Member, MEMBERS } from '../scenes/members.ts';
import { h } from './dom.ts';

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

/** One sentence for a screen reader, and for anyone who wants the picture in words. */
export function tableInWords(seats: readonly PosterSeat[]): string {
  const names = (fates: SeatFate[]): string[] =>
    seats.filter((s) => fates.includes(s.fate)).map((s) => s.member);
  const list = (items: string[]): string =>
    items.length <= 1
      ? (items[0] ?? '')
      : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
  const at = names(['you', 'seated', 'candidate']);
  const gone = names(['gone']);
  const parts = [at.length > 0 ? `At the table at the end: ${list(at)}.` : 'Nobody is left at the table.'];
  if (gone.length > 0) parts.push(`Gone from it: ${list(gone)}.`);
  if (seats.some((s) => s.fate === 'mourning')) parts.push("Lenin's chair is in mourning.");
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

export interface PosterActions {
  debrief: HTMLElement;
  others: HTMLElement[];
}

export function endingPoster(
  state: GameState,
  contrast: 'normal' | 'high',
  actions: PosterActions,
): HTMLElement {
  const ending = [...state.transcript].reverse().find((e) => e.kind === 'ending');
  const seats = posterSeats(state);
  const when = [state.date, state.place].filter((x): x is string => Boolean(x)).join(' · ');
  const table = h(
    'ul',
    { class: 'poster-table', 'aria-hidden': 'true' },
    ...seats.map((seat) => posterSeat(seat, contrast)),
  );
  const line = closingLine(state);
  return h(
    'div',
    { class: 'ending-poster' },
    h('p', { class: 'kicker' }, `The end · ${isMember(state.protagonist) ? state.protagonist : 'this run'}`),
    h('h2', { class: 'ending-title' }, ending?.kind === 'ending' ? ending.text : 'The end'),
    when ? h('p', { class: 'ending-when' }, when) : null,
    table,
    h('p', { class: 'poster-caption' }, tableInWords(seats)),
    line ? h('p', { class: 'ending-epilogue' }, line) : null,
    h(
      'p',
      { class: 'ending-next' },
      'The debrief sets this run beside the historical record, with questions for class and a link to share it.',
    ),
    h('div', { class: 'menu' }, actions.debrief, ...actions.others),
  );
}

function posterSeat(seat: PosterSeat, contrast: 'normal' | 'high'): HTMLElement {
  const image = h('img', { class: 'poster-face', alt: '', width: 120, height: 150, decoding: 'async' });
  const gone = seat.fate === 'gone' || seat.fate === 'mourning';
  const file: ArtFile = gone ? 'chair' : portraitFile(seat.member);
  const classes = gone ? [seat.fate === 'mourning' ? 'mourning' : 'empty', contrast] : [seat.pose, contrast];
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
  return h(
    'li',
    { class: `poster-seat poster-seat-${seat.fate}`, 'data-member': seat.member, 'data-fate': seat.fate },
    image,
    h('span', { class: 'poster-plate' }, name),
  );
}
