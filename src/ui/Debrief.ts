/**
 * The debrief at an ending, made to be discussed in class and printed as an A4 handout: the run beside
 * the historical record, the causes ledger, the decisions that mattered most, and questions for discussion.
 */
import type { GameController } from '../core/GameController.ts';
import type { DebriefView } from '../core/gameState.ts';
import { causeLabel, meterLabel } from '../model/meters.ts';
import { compareSteps, falls, type LedgerRow, type MatteredResult, type Verdict } from '../model/analysis.ts';
import type { RunRecord } from '../model/record.ts';
import { h } from './dom.ts';
import { endingName } from './Timeline.ts';
import './runTools.css';

const VERDICTS: Record<Verdict, string> = {
  held: 'held as in history',
  stronger: 'stronger than in history',
  weaker: 'weaker than in history',
  reversed: 'worked the other way',
  absent: 'did not come into play',
  new: 'not a factor in history',
};

const signed = (n: number): string => (n > 0 ? `+${String(n)}` : n < 0 ? `−${String(-n)}` : '0');

function table(caption: string, head: string[], rows: HTMLElement[], className = ''): HTMLElement {
  return h(
    'table',
    { class: `debrief-table ${className}` },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...head.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, ...rows),
  );
}

function decisionsSection(run: RunRecord): HTMLElement {
  const rows = compareSteps(run).map(({ step, historical, asHistory }) =>
    h(
      'tr',
      { class: asHistory ? 'as-history' : 'departs' },
      h(
        'th',
        { scope: 'row' },
        [step.date, step.place].filter(Boolean).join(', '),
        step.title ? h('span', { class: 'step-title' }, step.title) : null,
      ),
      h('td', {}, step.options[step.chosen]?.text ?? '—'),
      h('td', {}, asHistory ? 'the same' : (historical ?? '—')),
    ),
  );
  return h(
    'section',
    { class: 'debrief-section' },
    h('h2', {}, 'Your decisions and history’s'),
    table(
      'Each decision of your run beside the one history took',
      ['When and where', 'You', 'History'],
      rows,
    ),
  );
}

function fallsSection(run: RunRecord, history: RunRecord): HTMLElement {
  const members = [...new Set([...falls(run), ...falls(history)].map((f) => f.member))];
  const when = (record: RunRecord, member: string): string =>
    falls(record).find((f) => f.member === member)?.date ?? 'stayed';
  const rows = members.map((member) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, member),
      h('td', {}, when(run, member)),
      h('td', {}, when(history, member)),
    ),
  );
  return h(
    'section',
    { class: 'debrief-section' },
    h('h2', {}, 'Who fell when'),
    rows.length > 0
      ? table(
          'Members who left the Politburo, in your run and in history',
          ['Member', 'Your run', 'History'],
          rows,
        )
      : h('p', {}, 'Nobody left the Politburo.'),
  );
}

function shiftsText(row: LedgerRow): string {
  // A shift of 0 hit a meter already at its limit: it moved nothing.
  const moved = row.shifts.filter((s) => s.delta !== 0);
  if (moved.length === 0) return row.shifts.length > 0 ? 'no effect (meter at its limit)' : '—';
  return moved.map((s) => `${meterLabel(s.meter)} ${signed(s.delta)}`).join(', ');
}

function ledgerSection(ledger: LedgerRow[], protagonist: string): HTMLElement {
  const rows = ledger.map((row) =>
    h(
      'tr',
      { class: `verdict-${row.verdict}` },
      h('th', { scope: 'row' }, `${causeLabel(row.cause)} (${row.fact})`),
      h('td', {}, shiftsText(row)),
      h('td', { class: 'num' }, signed(row.net)),
      h('td', { class: 'num' }, signed(row.historyNet)),
      h('td', {}, VERDICTS[row.verdict]),
    ),
  );
  return h(
    'section',
    { class: 'debrief-section' },
    h('h2', {}, 'Why did Stalin win? The causes ledger'),
    h(
      'p',
      {},
      `Each factor from the notes that moved a meter, with the points it gave ${protagonist} (a fall in suspicion counts ` +
        'for you) in your run and in the historical run of the same story. A run that ended earlier than history ' +
        'gave each factor less time to act.',
    ),
    table(
      'The causes ledger',
      ['Factor (fact)', 'Meter shifts in your run', 'Your run', 'History', 'Verdict'],
      rows,
      'ledger',
    ),
  );
}

export function matteredSection(view: DebriefView): HTMLElement {
  const section = h('section', {
    class: 'debrief-section',
    'data-mattered': view.matteredStatus,
    'aria-busy': view.matteredStatus === 'working' ? 'true' : 'false',
  });
  section.append(h('h2', {}, 'The three decisions that mattered most'));
  if (view.matteredStatus === 'working') {
    section.append(h('p', { class: 'working' }, 'Re-playing your run with each decision changed…'));
    return section;
  }
  const result: MatteredResult | null = view.mattered;
  if (!result) {
    section.append(h('p', {}, 'This could not be worked out in this browser.'));
    return section;
  }
  const ending = (view.run.endingTitle ?? endingName(view.run.ending)).replace(/\.$/, '');
  section.append(
    h(
      'p',
      {},
      `Found by re-playing your run ${String(result.samples)} times with each decision changed in turn (everything else as you ` +
        `chose, the story’s chances re-drawn). Unchanged, your run ended the same way in ${String(result.baselineSame)} of ` +
        `${String(result.samples)} re-plays.`,
    ),
    h(
      'ol',
      { class: 'mattered' },
      ...result.top.map((m) =>
        h(
          'li',
          {},
          h('strong', {}, [m.date, m.title].filter(Boolean).join(', ') || m.id),
          `: you chose “${m.chosen}”. Had you chosen “${m.best.option}”, the run ended as yours (${ending}) in ` +
            `${String(m.best.same)} of ${String(result.samples)} re-plays; most often it became: ${endingName(m.best.commonEnding)}.`,
        ),
      ),
    ),
  );
  return section;
}

function questionsSection(questions: string[]): HTMLElement | null {
  if (questions.length === 0) return null;
  return h(
    'section',
    { class: 'debrief-section' },
    h('h2', {}, 'For discussion'),
    h('ol', { class: 'questions' }, ...questions.map((q) => h('li', {}, q))),
  );
}

function shareBox(fragment: string): HTMLElement {
  const url = `${location.origin}${location.pathname}${fragment}`;
  const field = h('input', { type: 'text', readonly: true, value: url, 'aria-label': 'Link to this run' });
  const copy = h('button', { type: 'button', class: 'btn btn-small' }, 'Copy link');
  const status = h('span', { class: 'copy-status', role: 'status' });
  copy.addEventListener('click', () => {
    field.select();
    navigator.clipboard.writeText(url).then(
      () => {
        status.textContent = 'Copied.';
      },
      () => {
        status.textContent = 'Select the link and copy it.';
      },
    );
  });
  return h(
    'div',
    { class: 'share no-print' },
    h('p', {}, 'Share this run: the link replays it on any device, with no account and no server.'),
    h('div', { class: 'share-row' }, field, copy, status),
  );
}

export function debriefScreen(view: DebriefView, controller: GameController): HTMLElement {
  const { run, history } = view;
  const print = h('button', { type: 'button' }, 'Print the handout');
  print.addEventListener('click', () => {
    window.print();
  });
  const timeline = h('button', { type: 'button' }, 'Timeline');
  timeline.addEventListener('click', () => {
    controller.showTimeline();
  });
  const back = h('button', { type: 'button', class: 'primary' }, 'Back to the ending');
  back.addEventListener('click', () => {
    controller.backToStory();
  });
  const historyEnd = history ? (history.endingTitle ?? endingName(history.ending)).replace(/\.$/, '') : '';
  const waiting = h('p', { 'data-history-pending': '' }, 'Setting your run beside history…');
  return h(
    'section',
    { class: 'debrief', 'data-debrief': run.ending ?? '' },
    h('p', { class: 'debrief-kicker' }, `The Empty Chair · debrief · played as ${run.protagonist}`),
    h('h1', { tabindex: -1 }, run.endingTitle ?? endingName(run.ending)),
    h(
      'p',
      { class: 'lede' },
      !history
        ? `Your run’s last scene: ${run.lastDate ?? '—'}.`
        : run.ending === history.ending
          ? `Your run ended as history did (${historyEnd}), last scene ${run.lastDate ?? '—'}.`
          : `History ended differently: ${historyEnd}. Your run’s last scene: ${run.lastDate ?? '—'}. ` +
            'A counterfactual in the game is plausible under its rules, not certain.',
    ),
    h('div', { class: 'menu no-print' }, back, print, timeline),
    decisionsSection(run),
    history ? fallsSection(run, history) : waiting,
    view.ledger ? ledgerSection(view.ledger, run.protagonist) : null,
    matteredSection(view),
    questionsSection(run.questions),
    shareBox(view.shareFragment),
  );
}
