/**
 * The debrief at an ending, made to be discussed in class and printed as an A4 handout: the run beside
 * the historical record, the causes ledger, the decisions that mattered most, and questions for discussion.
 */
import { causeNote } from '../classroom/causes.ts';
import { endingName, whoHoldsPower } from '../classroom/endings.ts';
import type { GameController } from '../core/GameController.ts';
import type { DebriefView } from '../core/gameState.ts';
import { meterLabel } from '../model/meters.ts';
import { compareSteps, falls, type LedgerRow, type MatteredResult, type Verdict } from '../model/analysis.ts';
import type { RunRecord } from '../model/record.ts';
import { copyField } from './copyField.ts';
import { h } from './dom.ts';
import { causeButton } from './explain.ts';
import './runTools.css';

/** How the factor did in the run against history, in a student's words (no colour: colour means for or against you). */
const VERDICTS: Record<Verdict, string> = {
  held: 'about as in history',
  stronger: 'mattered more than in history',
  weaker: 'mattered less than in history',
  reversed: 'worked the other way from history',
  absent: 'did not come into play in your run',
  new: 'only in your run, not in history’s',
};

const signed = (n: number): string => (n > 0 ? `+${String(n)}` : n < 0 ? `−${String(-n)}` : '0');

/** A net number of points for the player: green and "helped you" when positive, red and "hurt you" when negative. */
function forYou(n: number): HTMLElement {
  if (n === 0) return h('td', { class: 'num even' }, h('span', {}, 'none'));
  return h(
    'td',
    { class: `num ${n > 0 ? 'good' : 'bad'}` },
    signed(n),
    h('span', { class: 'for-you' }, n > 0 ? ' helped you' : ' hurt you'),
  );
}

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
        step.date ?? '',
        step.place ? h('span', { class: 'step-place' }, `${step.date ? ', ' : ''}${step.place}`) : null,
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
  // A shift of 0 hit a meter already at its limit: it moved nothing, so it is not listed.
  const moved = new Map<string, number>();
  for (const s of row.shifts) if (s.delta !== 0) moved.set(s.meter, (moved.get(s.meter) ?? 0) + s.delta);
  const parts = [...moved].filter(([, d]) => d !== 0);
  if (parts.length === 0) return row.shifts.length > 0 ? 'no effect (already at the limit)' : '—';
  return parts.map(([meter, d]) => `${meterLabel(meter)} ${signed(d)}`).join(', ');
}

/** Rows that moved something, in your run or history's, the biggest first. */
function ledgerRows(ledger: LedgerRow[]): LedgerRow[] {
  return ledger
    .filter((row) => row.net !== 0 || row.historyNet !== 0)
    .sort((a, b) => Math.abs(b.net) - Math.abs(a.net) || Math.abs(b.historyNet) - Math.abs(a.historyNet));
}

function ledgerSection(ledger: LedgerRow[], protagonist: string): HTMLElement {
  const rows = ledgerRows(ledger).map((row, i) =>
    h(
      'tr',
      {
        class: `verdict-${row.verdict}${i >= PRINTED_FACTORS ? ' print-extra' : ''}`,
        'data-cause': row.cause,
      },
      h(
        'th',
        { scope: 'row' },
        causeButton(row.cause, row.fact),
        h('span', { class: 'factor-line' }, causeNote(row.cause).line),
      ),
      h('td', {}, shiftsText(row)),
      forYou(row.net),
      forYou(row.historyNet),
      h('td', {}, VERDICTS[row.verdict]),
    ),
  );
  return h(
    'section',
    { class: 'debrief-section' },
    h('h2', {}, 'Why did Stalin win? The causes ledger'),
    h(
      'p',
      { class: 'no-print' },
      `Each factor that moved the support for ${protagonist}, with its points for you in your run and in history’s run ` +
        'of the same story. Green helped you, red hurt you; a fall in suspicion helps. A run that ended earlier than ' +
        'history gave each factor less time to act. Choose a factor to see where it comes from.',
    ),
    h(
      'p',
      { class: 'print-only' },
      `The ${String(PRINTED_FACTORS)} factors that moved the support for ${protagonist} most in your run (points for you; a ` +
        'fall in suspicion counts for you), beside history’s run of the same story. The full ledger is in the game.',
    ),
    table(
      'The causes ledger',
      [
        'Factor',
        'What it moved in your run',
        'For you, your run',
        'For you, history',
        'Compared with history',
      ],
      rows,
      'ledger',
    ),
  );
}

/** The handout has room for this many ledger rows (the screen shows them all). */
const PRINTED_FACTORS = 5;

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
  const { run } = view;
  const ending = endingName(run.ending, run.endingTitle);
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
          `: you chose “${m.chosen}”. Had you chosen “${m.best.option}”, ${String(m.best.same)} of ` +
            `${String(result.samples)} re-plays still ended in ${ending}; most often the run ended in ` +
            `${endingName(m.best.commonEnding, m.best.commonEnding === run.ending ? run.endingTitle : null, run.protagonist)}.`,
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
    { class: 'debrief-section questions-section' },
    h('h2', {}, 'For discussion'),
    h('ol', { class: 'questions' }, ...questions.map((q) => h('li', {}, q))),
  );
}

/** On paper only: who the handout belongs to. */
function handoutHead(): HTMLElement {
  const field = (label: string, className: string): HTMLElement =>
    h(
      'p',
      { class: `handout-field ${className}` },
      h('span', {}, label),
      h('span', { class: 'handout-line' }),
    );
  return h(
    'div',
    { class: 'handout-head print-only', 'aria-hidden': 'true' },
    field('Name', 'handout-name'),
    field('Class', 'handout-class'),
    field('Date', 'handout-date'),
  );
}

/** On paper only: room to answer two of the questions. */
function answerSpace(): HTMLElement {
  const answer = (n: number): HTMLElement =>
    h(
      'div',
      { class: 'handout-answer' },
      h('p', {}, `Answer ${String(n)}: question number `, h('span', { class: 'handout-line short' })),
      ...Array.from({ length: 5 }, () => h('div', { class: 'handout-rule' })),
    );
  return h(
    'section',
    { class: 'debrief-section handout-answers print-only', 'aria-hidden': 'true' },
    h('h2', {}, 'Your answers'),
    h('p', {}, 'Answer two of the questions above, using what happened in your run and in history.'),
    h('div', { class: 'handout-answer-pair' }, answer(1), answer(2)),
  );
}

/**
 * Prints the handout, but only once the analysis has finished: a handout printed early would say
 * "re-playing your run" where the three decisions should be.
 */
function printButton(): HTMLElement {
  const button = h('button', { type: 'button', 'data-print-handout': '' }, 'Print the handout');
  const status = h('span', { class: 'print-status', role: 'status' });
  button.addEventListener('click', () => {
    const screen = button.closest('.debrief');
    const working = (): boolean => screen?.querySelector('[data-mattered="working"]') != null;
    if (!screen || !working()) {
      window.print();
      return;
    }
    button.disabled = true;
    status.textContent = 'The handout will print when the analysis of your run is done…';
    const observer = new MutationObserver(() => {
      if (working()) return;
      observer.disconnect();
      button.disabled = false;
      status.textContent = '';
      window.print();
    });
    observer.observe(screen, { childList: true, subtree: true, attributes: true });
  });
  return h('span', { class: 'print-wrap' }, button, status);
}

function shareBox(fragment: string): HTMLElement {
  const url = `${location.origin}${location.pathname}${fragment}`;
  return h(
    'div',
    { class: 'share no-print' },
    h('p', {}, 'Share this run: the link replays it on any device, with no account and no server.'),
    copyField(url, 'Link to this run'),
  );
}

export function debriefScreen(view: DebriefView, controller: GameController): HTMLElement {
  const { run, history } = view;
  const timeline = h('button', { type: 'button' }, 'Timeline');
  timeline.addEventListener('click', () => {
    controller.showTimeline();
  });
  const back = h('button', { type: 'button', class: 'primary' }, 'Back to the ending');
  back.addEventListener('click', () => {
    controller.backToStory();
  });
  const yours = endingName(run.ending, run.endingTitle);
  const historyEnd = history ? endingName(history.ending, history.endingTitle) : '';
  const waiting = h('p', { 'data-history-pending': '' }, 'Setting your run beside history…');
  return h(
    'section',
    { class: 'debrief', 'data-debrief': run.ending ?? '' },
    handoutHead(),
    h('p', { class: 'debrief-kicker' }, `The Empty Chair · debrief · played as ${run.protagonist}`),
    h('h1', { tabindex: -1 }, yours),
    h(
      'p',
      { class: 'lede' },
      !history
        ? `Your run’s last scene is dated ${run.lastDate ?? '—'}.`
        : run.ending === history.ending
          ? `Your run ended as history did, in ${historyEnd}; its last scene is dated ${run.lastDate ?? '—'}.`
          : `History ended differently, in ${historyEnd}. Your run’s last scene is dated ${run.lastDate ?? '—'}. ` +
            'An ending history did not take is plausible under the game’s rules, not certain.',
    ),
    run.ending
      ? h(
          'p',
          { class: 'power' },
          h('strong', {}, 'Who holds power: '),
          whoHoldsPower(run.ending, run.endingTitle, run.protagonist),
        )
      : null,
    h('div', { class: 'menu no-print' }, back, printButton(), timeline),
    decisionsSection(run),
    history ? fallsSection(run, history) : waiting,
    view.ledger ? ledgerSection(view.ledger, run.protagonist) : null,
    matteredSection(view),
    questionsSection(run.questions),
    answerSpace(),
    shareBox(view.shareFragment),
  );
}
