/**
 * "What do the meters mean?": the guide to the meters, on demand from the story's tools (a popover), with
 * each meter's reading now. Its words are the story's (story/meters_explained.ink, via the controller).
 */
import type { GameState } from '../core/gameState.ts';
import type { MeterGuide, Readings } from '../model/meterGuide.ts';
import { h } from './dom.ts';
import { openPopover, popoverButton } from './popover.ts';

export interface MeterGuideView {
  guide: MeterGuide | null;
  readings: Readings | null;
}

/** The guide's content for the state as it stands: what each meter is, its reading, who it votes with. */
export function meterGuideBody(state: GameState, { guide, readings }: MeterGuideView): HTMLElement[] {
  if (!guide) return [h('p', {}, 'The guide to the meters is not available in this version of the story.')];
  const started = state.protagonist !== '';
  return [
    h(
      'p',
      {},
      started
        ? `Each meter is support for ${state.protagonist}, from 0 to 100, except Suspicion, which is how far your rivals fear you. The votes read them.`
        : 'Each meter is support for you, from 0 to 100, except Suspicion, which is how far your rivals fear you. The votes read them.',
    ),
    h(
      'dl',
      { class: 'meter-guide' },
      ...guide.meters.flatMap((m) => [
        h('dt', {}, started && readings ? `${m.label} ${readings[m.id]}` : m.label),
        h('dd', {}, h('p', {}, m.what, ' ', m.weighs), h('p', {}, m.high, ' ', m.low)),
      ]),
    ),
  ];
}

/** A button that opens the guide, reading the store and asking for the guide when pressed. */
export function meterGuideButton(
  read: () => GameState,
  explain: () => MeterGuideView,
  className: string,
  label: (Node | string)[] = ['Meters explained'],
): HTMLButtonElement {
  return popoverButton(label, { class: className, 'data-meter-guide': '' }, (button) => {
    openPopover(button, 'What the meters mean', meterGuideBody(read(), explain()), 'meters');
  });
}

/**
 * The guide's button on the meter bar, which stays at the foot of a phone's or tablet's window while
 * the story's own button scrolls away with the text: a "?" that says its name to a screen reader.
 */
export function meterBarGuideButton(read: () => GameState, explain: () => MeterGuideView): HTMLButtonElement {
  return meterGuideButton(read, explain, 'meters-help', [
    h('span', { class: 'meters-help-mark', 'aria-hidden': 'true' }, '?'),
    h('span', { class: 'visually-hidden' }, 'Meters explained'),
  ]);
}
