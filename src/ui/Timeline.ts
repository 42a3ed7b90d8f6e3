/**
 * The timeline screen: every decision of the run on a dated line, the player's choice beside history's,
 * a way back to any of them, and the roads not taken, which can be compared side by side or resumed.
 */
import type { GameController } from '../core/GameController.ts';
import type { TimelineView } from '../core/gameState.ts';
import type { SavedBranch } from '../persistence/SaveGame.ts';
import type { DecisionStep, RunRecord } from '../model/record.ts';
import { endingName as titleOf } from '../classroom/endings.ts';
import { h } from './dom.ts';
import { resultBox } from './resultBox.ts';
import './runTools.css';

const placeAndDate = (step: DecisionStep): string => [step.date, step.place].filter(Boolean).join(' · ');

/** An ending's one name, its ink title (see classroom/endings), when only the id is at hand. */
export function endingName(id: string | null): string {
  return id === null ? 'not finished' : titleOf(id);
}

function stepItem(step: DecisionStep, position: number, controller: GameController): HTMLElement {
  const chosen = step.options[step.chosen];
  const historical = step.options.find((o) => o.historical);
  const asHistory = chosen?.historical === true;
  const back = h('button', { type: 'button', class: 'btn btn-small' }, 'Go back to this decision');
  back.addEventListener('click', () => {
    controller.rewind(position);
  });
  return h(
    'li',
    { class: `timeline-step ${asHistory ? 'as-history' : 'departs'}`, 'data-decision': step.id },
    h('p', { class: 'timeline-date' }, placeAndDate(step)),
    step.title ? h('h2', { class: 'timeline-title' }, step.title) : null,
    h('p', { class: 'timeline-yours' }, h('strong', {}, 'You: '), chosen?.text ?? '—'),
    asHistory
      ? h('p', { class: 'timeline-history' }, 'As history did.')
      : h(
          'p',
          { class: 'timeline-history' },
          h('strong', {}, 'History: '),
          historical?.text ?? 'no single historical choice',
        ),
    back,
  );
}

function branchItem(branch: SavedBranch, position: number, controller: GameController): HTMLElement {
  const compare = h('button', { type: 'button', class: 'btn btn-small' }, 'Compare');
  compare.addEventListener('click', () => {
    void controller.compareBranch(position);
  });
  const resume = h('button', { type: 'button', class: 'btn btn-small' }, 'Play this road again');
  resume.addEventListener('click', () => {
    void controller.resumeBranch(position);
  });
  const where = branch.ending
    ? `Ended: ${endingName(branch.ending)}`
    : `Left unfinished${branch.lastDate ? ` at ${branch.lastDate}` : ''}`;
  return h(
    'li',
    { class: 'branch' },
    h('p', {}, `${where} — ${String(branch.choiceLog.length)} choices`),
    h('div', { class: 'menu' }, compare, resume),
  );
}

/** Two runs side by side, aligned on the decisions they share. */
function comparison(current: RunRecord, other: RunRecord): HTMLElement {
  const ids = [...new Set([...current.steps.map((s) => s.id), ...other.steps.map((s) => s.id)])];
  const stepOf = (run: RunRecord, id: string): DecisionStep | undefined => run.steps.find((s) => s.id === id);
  const cell = (step: DecisionStep | undefined): HTMLElement =>
    h('td', {}, step ? (step.options[step.chosen]?.text ?? '—') : 'not reached');
  const rows = ids.map((id) => {
    const a = stepOf(current, id);
    const b = stepOf(other, id);
    const differs = a?.chosen !== b?.chosen || !a || !b;
    return h(
      'tr',
      { class: differs ? 'differs' : '' },
      h('th', { scope: 'row' }, [(a ?? b)?.date, (a ?? b)?.title].filter(Boolean).join(' — ') || id),
      cell(a),
      cell(b),
    );
  });
  const ending = h(
    'tr',
    { class: 'ending-row' },
    h('th', { scope: 'row' }, 'Ending'),
    h('td', {}, current.endingTitle ?? 'not finished yet'),
    h('td', {}, other.endingTitle ?? 'not finished'),
  );
  return h(
    'table',
    { class: 'compare-table' },
    h('caption', {}, 'This run and the road not taken, decision by decision (differences marked)'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Decision'),
        h('th', { scope: 'col' }, 'This run'),
        h('th', { scope: 'col' }, 'The other road'),
      ),
    ),
    h('tbody', {}, ...rows, ending),
  );
}

export function timelineScreen(view: TimelineView, controller: GameController): HTMLElement {
  const back = h('button', { type: 'button', class: 'primary' }, 'Back to the story');
  back.addEventListener('click', () => {
    controller.backToStory();
  });
  const steps = view.current.steps;
  return h(
    'section',
    { class: 'timeline-screen', 'data-timeline': '' },
    h('h1', { tabindex: -1 }, 'Your timeline'),
    h(
      'p',
      { class: 'lede' },
      'Every decision so far, with history’s choice beside yours. Go back to any decision and play on from there: ' +
        'the road you leave is kept, so you can compare the two.',
    ),
    steps.length > 0
      ? h('ol', { class: 'timeline' }, ...steps.map((step, i) => stepItem(step, i, controller)))
      : h('p', {}, 'No decisions yet.'),
    h('h2', {}, 'Roads not taken'),
    view.branches.length > 0
      ? h('ul', { class: 'branches' }, ...view.branches.map((b, i) => branchItem(b, i, controller)))
      : h('p', {}, 'None yet. Go back to a decision to open one.'),
    view.compare ? comparison(view.current, view.compare.record) : null,
    resultBox(controller.runForCode()),
    h('div', { class: 'menu' }, back),
  );
}
