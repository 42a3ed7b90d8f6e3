/**
 * The What-if Lab's results: a bar chart (drawn with CSS) and an accessible table of how often each
 * ending came, with 95% intervals; for two scenarios, side by side with the difference and whether it
 * is beyond noise.
 */
import { endingName, whoHoldsPower } from '../classroom/endings.ts';
import type { Catalogue, DecisionInfo } from '../model/catalogue.ts';
import { type LabResult, mergeParts, titlesSeen } from '../sim/labResult.ts';
import { differenceInterval, type Interval, wilson, withinNoise } from '../sim/stats.ts';
import type { Scenario } from '../sim/whatIf.ts';
import { h, setAttribute, setText } from './dom.ts';

const number = new Intl.NumberFormat('en-GB');
const percent = (share: number): string => `${(100 * share).toFixed(1)}%`;
const range = (i: Interval): string => `${(100 * i.low).toFixed(1)}–${percent(i.high)}`;
const points = (d: number): string =>
  `${d > 0 ? '+' : d < 0 ? '−' : '±'}${Math.abs(100 * d).toFixed(1)} points`;

/** A title line as a label: "The General Secretary." → "The General Secretary". */
const asLabel = (title: string): string => title.replace(/\.$/, '');

interface Row {
  id: string;
  title: string;
  /** Who holds power at this ending, in one line. */
  power: string;
  counts: number[];
}

/** What is drawn: the endings before a run, the counts so far while it runs, or the whole answer. */
type Stage = 'preview' | 'partial' | 'complete';

/** In place of a number not counted yet. */
const NONE = '–';

/** "1,000 simulated histories", or "350 of 1,000 simulated histories so far" while they run. */
function histories(result: LabResult): string {
  const { done, scenario } = result;
  return done < scenario.runs
    ? `${number.format(done)} of ${number.format(scenario.runs)} simulated histories so far`
    : `${number.format(done)} simulated histories`;
}

/** True when every scenario plays its unpinned decisions as history did. */
const asHistory = (results: readonly LabResult[]): boolean =>
  results.length > 0 && results.every((r) => r.scenario.others === 'history');

/**
 * The endings to show, most frequent first once the run is complete; before and while it runs, in the
 * story's order, so that the bars grow in place instead of changing places a few times a second.
 */
function rows(results: readonly LabResult[], catalogue: Catalogue, sorted: boolean): Row[] {
  const ids = new Set<string>();
  for (const result of results) {
    for (const ending of catalogue.endings)
      if (ending.protagonists.includes(result.scenario.protagonist)) ids.add(ending.id);
    for (const id of Object.keys(result.endings)) ids.add(id);
  }
  const list = [...ids].map((id) => {
    const seen = [...new Set(results.flatMap((r) => titlesSeen(r, id)))];
    const titles = seen.length > 0 ? seen : (catalogue.endings.find((e) => e.id === id)?.titles ?? []);
    // An ending whose title depends on the road to it is named by the titles seen, or those its side can reach.
    const protagonist = results[0]?.scenario.protagonist;
    const title =
      titles.length === 1
        ? asLabel(titles[0] ?? '')
        : seen.length > 0
          ? titles.map(asLabel).join(' / ')
          : endingName(id, null, protagonist);
    const power =
      seen.length === 1 ? whoHoldsPower(id, seen[0], protagonist) : whoHoldsPower(id, null, protagonist);
    return { id, title, power, counts: results.map((r) => r.endings[id] ?? 0) };
  });
  if (!sorted) return list;
  return list.sort((a, b) => {
    for (let i = 0; i < a.counts.length; i++) {
      const d = (b.counts[i] ?? 0) - (a.counts[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
}

const LETTERS = ['A', 'B'] as const;

export function describeScenario(result: LabResult, catalogue: Catalogue): string {
  const { protagonist, pins, others, runs, seed, length } = result.scenario;
  const decisions = new Map<string, DecisionInfo>(catalogue.decisions.map((d) => [d.id, d]));
  const pinned = Object.entries(pins).map(([id, n]) => {
    const decision = decisions.get(id);
    const choice = decision?.choices.find((c) => c.number === n);
    return `${decision?.title ?? id}: “${choice?.text ?? `choice ${String(n)}`}”`;
  });
  return [
    `As ${protagonist}`,
    pinned.length > 0 ? `pinned: ${pinned.join('; ')}` : 'nothing pinned',
    others === 'history' ? 'other decisions as history did' : 'other decisions at random',
    ...(length === 'short' ? ['the lesson-length run'] : []),
    `${number.format(runs)} histories, seed ${String(seed)}`,
  ].join(' · ');
}

/** A bar's parts, found in it by their classes (a missing one is a fault of this module). */
function barPart(bar: Element, name: string): HTMLElement {
  const part = bar.querySelector<HTMLElement>(`.${name}`);
  if (!part) throw new Error(`a bar has no ${name}`);
  return part;
}

/**
 * Writes one scenario's share of an ending into its bar: when the chart is built, and in place while a
 * run goes on. The fill is scaled rather than sized, so that a changing share is painted again without
 * laying the chart out again.
 */
function writeBar(bar: Element, k: number, done: number, stage: Stage): void {
  const n = Math.max(1, done);
  const interval = wilson(k, n);
  barPart(bar, 'bar-fill').style.transform = `scaleX(${String(k / n)})`;
  const whisker = barPart(bar, 'bar-whisker');
  whisker.hidden = stage === 'preview';
  whisker.style.left = `${String(100 * interval.low)}%`;
  whisker.style.width = `${String(100 * (interval.high - interval.low))}%`;
  setText(barPart(bar, 'bar-value'), stage === 'preview' ? NONE : percent(k / n));
}

function chart(list: Row[], results: readonly LabResult[], stage: Stage): HTMLElement {
  const bars = list.map((row) =>
    h(
      'div',
      { class: 'bar-row' },
      h('div', { class: 'bar-label' }, h('span', { class: 'bar-title' }, row.title)),
      h(
        'div',
        { class: 'bar-tracks' },
        ...results.map((result, i) => {
          const bar = h(
            'div',
            { class: `bar bar-${(LETTERS[i] ?? 'A').toLowerCase()}` },
            results.length > 1 ? h('span', { class: 'bar-letter' }, LETTERS[i] ?? '') : null,
            h(
              'span',
              { class: 'bar-track' },
              h('span', { class: 'bar-fill' }),
              h('span', { class: 'bar-whisker' }),
            ),
            h('span', { class: 'bar-value' }),
          );
          writeBar(bar, row.counts[i] ?? 0, result.done, stage);
          return bar;
        }),
      ),
    ),
  );
  return h(
    'div',
    {
      class: 'lab-chart',
      role: 'img',
      'aria-label': 'Bar chart of how often each ending came. The same numbers are in the table below.',
    },
    ...bars,
  );
}

/** The ending's name, and who holds power there. */
function endingHeader(row: Row): HTMLElement {
  return h(
    'th',
    { scope: 'row' },
    row.title,
    row.power ? h('span', { class: 'lab-power' }, row.power) : null,
  );
}

/** What one cell of the results table says. */
interface Cell {
  text: string;
  /** A number of histories, also given as `data-count` for the tests and tools that read the table. */
  count?: number;
  /** The comparison's last cell: whether the difference is beyond noise, in words after the figures. */
  verdict?: { tone: 'noise' | 'more' | 'less'; words: string };
}

const uncounted = (columns: number): Cell[] => Array.from({ length: columns }, () => ({ text: NONE }));

function singleCells(row: Row, result: LabResult, stage: Stage): Cell[] {
  if (stage === 'preview') return uncounted(3);
  const n = Math.max(1, result.done);
  const k = row.counts[0] ?? 0;
  return [{ text: number.format(k), count: k }, { text: percent(k / n) }, { text: range(wilson(k, n)) }];
}

function compareCells(row: Row, a: LabResult, b: LabResult, stage: Stage): Cell[] {
  if (stage === 'preview') return uncounted(5);
  const na = Math.max(1, a.done);
  const nb = Math.max(1, b.done);
  const ka = row.counts[0] ?? 0;
  const kb = row.counts[1] ?? 0;
  const d = differenceInterval(kb, nb, ka, na);
  const noise = withinNoise(d);
  return [
    { text: number.format(ka), count: ka },
    { text: `${percent(ka / na)} (${range(wilson(ka, na))})` },
    { text: number.format(kb), count: kb },
    { text: `${percent(kb / nb)} (${range(wilson(kb, nb))})` },
    {
      text: `${points(d.difference)} (${points(d.low)} to ${points(d.high)}): `,
      verdict: noise
        ? { tone: 'noise', words: 'within noise' }
        : d.difference > 0
          ? { tone: 'more', words: 'more often in B' }
          : { tone: 'less', words: 'less often in B' },
    },
  ];
}

/** The cells of an ending's row: one scenario's, or A's beside B's. */
function rowCells(row: Row, results: readonly LabResult[], stage: Stage): Cell[] {
  const [a, b] = results;
  if (!a) return [];
  return b ? compareCells(row, a, b, stage) : singleCells(row, a, stage);
}

/** Writes a cell's figures into its element: when the table is built, and in place while a run goes on. */
function writeCell(td: HTMLTableCellElement, cell: Cell): void {
  setAttribute(td, 'data-count', cell.count === undefined ? null : String(cell.count));
  setAttribute(td, 'class', cell.verdict?.tone ?? null);
  const figures = td.firstChild;
  if (figures instanceof Text) {
    if (figures.data !== cell.text) figures.data = cell.text;
  } else td.prepend(cell.text);
  const words = td.querySelector('strong');
  if (!cell.verdict) words?.remove();
  else setText(words ?? td.appendChild(h('strong')), cell.verdict.words);
}

/** A new cell element saying `cell`. */
function cellElement(cell: Cell): HTMLTableCellElement {
  const td = h('td');
  writeCell(td, cell);
  return td;
}

/** Writes figures into a row's cells (its header left as it is), in place. */
function writeRow(tr: HTMLTableRowElement, cells: readonly Cell[]): void {
  cells.forEach((cell, j) => {
    const td = tr.cells[j + 1];
    if (td) writeCell(td, cell);
  });
}

function bodyRow(row: Row, results: readonly LabResult[], stage: Stage): HTMLTableRowElement {
  return h(
    'tr',
    { 'data-ending-row': row.id },
    endingHeader(row),
    ...rowCells(row, results, stage).map(cellElement),
  );
}

/** The table's caption: what it counts, so far or in all. */
function caption(results: readonly LabResult[], stage: Stage): string {
  const [a, b] = results;
  if (!a) return '';
  if (stage === 'preview')
    return b
      ? `How often each ending comes: press Run to simulate ${number.format(a.scenario.runs)} histories of A and ${number.format(b.scenario.runs)} of B`
      : `How often each ending comes: press Run to simulate ${number.format(a.scenario.runs)} histories`;
  return b
    ? `How often each ending came: A (${histories(a)}) beside B (${histories(b)})`
    : `How often each ending came in ${histories(a)}`;
}

/** A single scenario's totals, under its table. */
function footCells(result: LabResult, stage: Stage): Cell[] {
  if (stage === 'preview') return [...uncounted(2), { text: '' }];
  return [{ text: number.format(Math.max(1, result.done)) }, { text: '100%' }, { text: '' }];
}

function table(list: Row[], results: readonly LabResult[], stage: Stage): HTMLTableElement | null {
  const [a, b] = results;
  if (!a) return null;
  const columns = b
    ? [
        'A: histories',
        'A: share (95% interval)',
        'B: histories',
        'B: share (95% interval)',
        'B − A (95% interval)',
      ]
    : ['Histories', 'Share', '95% interval'];
  return h(
    'table',
    { class: b ? 'lab-table lab-compare' : 'lab-table' },
    h('caption', {}, caption(results, stage)),
    h('thead', {}, h('tr', {}, ...['Ending', ...columns].map((name) => h('th', { scope: 'col' }, name)))),
    h('tbody', {}, ...list.map((row) => bodyRow(row, results, stage))),
    b
      ? null
      : h(
          'tfoot',
          {},
          h('tr', {}, h('th', { scope: 'row' }, 'All endings'), ...footCells(a, stage).map(cellElement)),
        ),
  );
}

/** In words, for a class: which endings B changes beyond noise. */
function verdict(list: Row[], a: LabResult, b: LabResult): string {
  const changed = list.flatMap((row) => {
    const d = differenceInterval(row.counts[1] ?? 0, b.done, row.counts[0] ?? 0, a.done);
    return withinNoise(d)
      ? []
      : [
          `${row.title}${row.power ? ` (${row.power.replace(/\.$/, '')})` : ''} ${d.difference > 0 ? 'more' : 'less'} ` +
            `often (${points(d.difference)})`,
        ];
  });
  if (changed.length === 0)
    return 'Every difference between A and B is within noise: with this many histories, these scenarios cannot be told apart.';
  const rest = changed.length < list.length ? ' Every other difference is within noise.' : '';
  return `Beyond noise, B brings ${changed.join('; ')}.${rest}`;
}

function notes(result: LabResult, letter: string, catalogue: Catalogue): HTMLElement[] {
  const title = (id: string): string => catalogue.decisions.find((d) => d.id === id)?.title ?? id;
  const lines = [
    ...result.unreachedPins.map(
      (id) =>
        `${letter}: the pinned decision “${title(id)}” was never reached; every history had already ended, or taken another road, before it.`,
    ),
    ...Object.entries(result.unavailablePins).map(
      ([id, n]) =>
        `${letter}: at “${title(id)}” the pinned choice was not on offer in ${number.format(n)} histories (the story's conditions did not hold), so those histories chose by the other rule.`,
    ),
  ];
  return lines.map((text) => h('li', {}, text));
}

/**
 * The results section. `seconds` is null while the histories are still running: the chart and table then
 * count the histories finished so far, and the verdict and notes wait for the end.
 */
export function renderResults(
  results: readonly LabResult[],
  catalogue: Catalogue,
  seconds: number | null,
): HTMLElement {
  return section(results, catalogue, seconds === null ? 'partial' : 'complete', seconds ?? 0);
}

/**
 * The same section before a run: the scenarios as set, and the endings their side can reach, not yet
 * counted. The Lab shows it below the form, so that a player sees what the bars will count, and a run's
 * first results fill it in place rather than laying out a new page section while the workers are busy.
 */
export function renderPreview(scenarios: readonly Scenario[], catalogue: Catalogue): HTMLElement {
  // Each scenario with none of its parts played yet.
  const results = scenarios.map((scenario) => mergeParts(scenario, []));
  return section(results, catalogue, 'preview', 0);
}

/** The endings listed, and those left out. */
function shownRows(
  results: readonly LabResult[],
  catalogue: Catalogue,
  stage: Stage,
): { list: Row[]; hidden: Row[] } {
  const all = rows(results, catalogue, stage === 'complete');
  // As history did, only the story's chances vary: most endings cannot come. List only those that came.
  const hidden =
    stage !== 'preview' && asHistory(results) ? all.filter((row) => row.counts.every((k) => k === 0)) : [];
  return { list: all.filter((row) => !hidden.includes(row)), hidden };
}

/** The line under the results: what Run will play, how far it is, or how long it took. */
function timing(results: readonly LabResult[], stage: Stage, seconds: number): string {
  const total = results.reduce((sum, r) => sum + r.scenario.runs, 0);
  const done = results.reduce((sum, r) => sum + r.done, 0);
  return stage === 'preview'
    ? `Not run yet: Run plays ${number.format(total)} histories and counts their endings here.`
    : stage === 'complete'
      ? `${number.format(total)} histories in ${seconds.toFixed(1)} s.`
      : `${number.format(done)} of ${number.format(total)} histories so far.`;
}

function section(
  results: readonly LabResult[],
  catalogue: Catalogue,
  stage: Stage,
  seconds: number,
): HTMLElement {
  const complete = stage === 'complete';
  const { list, hidden } = shownRows(results, catalogue, stage);
  const [a, b] = results;
  const noteItems = complete ? results.flatMap((r, i) => notes(r, LETTERS[i] ?? '', catalogue)) : [];
  if (complete && hidden.length > 0)
    noteItems.push(
      h(
        'li',
        { 'data-hidden-endings': hidden.map((row) => row.id).join(' ') },
        `Left out, as no history reached them: ${hidden.map((row) => row.title).join('; ')}. With every decision ` +
          'you did not pin made as history did, only the story’s chances (the votes and their swings) differ ' +
          'from one history to the next, so only a few endings can come.',
      ),
    );
  return h(
    'section',
    {
      class: stage === 'preview' ? 'lab-preview' : `lab-results${complete ? '' : ' lab-partial'}`,
      'aria-labelledby': 'lab-results-title',
      'aria-busy': String(stage === 'partial'),
    },
    h('h2', { id: 'lab-results-title', tabindex: -1 }, stage === 'partial' ? 'Results so far' : 'Results'),
    h(
      'p',
      { class: 'lab-explain' },
      'Each number counts simulated histories, played by the story’s own rules with your pins: it shows what is ' +
        'plausible under those rules, not what would certainly have happened. The 95% interval is the range the ' +
        'true share very probably lies in, given how many histories were played.',
    ),
    h(
      'ul',
      { class: 'scenario-summaries' },
      ...results.map((r, i) =>
        h(
          'li',
          {},
          h('span', { class: `scenario-badge badge-${(LETTERS[i] ?? 'A').toLowerCase()}` }, LETTERS[i] ?? ''),
          describeScenario(r, catalogue),
        ),
      ),
    ),
    complete && a && b ? h('p', { class: 'lab-verdict' }, verdict(list, a, b)) : null,
    chart(list, results, stage),
    h(
      'p',
      { class: 'lab-legend', 'aria-hidden': 'true' },
      results.length > 1
        ? 'Bars: the share of histories, A in red, B in black. The line across each bar: its 95% interval.'
        : 'Bars: the share of histories. The line across each bar: its 95% interval.',
    ),
    h(
      'div',
      { class: 'lab-table-wrap', tabindex: 0, role: 'region', 'aria-label': 'Results table' },
      table(list, results, stage),
    ),
    noteItems.length > 0 ? h('ul', { class: 'lab-notes' }, ...noteItems) : null,
    h('p', { class: 'lab-timing' }, timing(results, stage, seconds)),
  );
}

/**
 * Writes a run's counts so far into the partial results section on screen, in place: nothing is built,
 * so a redraw costs the page only the figures that changed. (Building the section afresh and morphing it
 * in was a main-thread task of 11–16 ms at every redraw, traced on a 2-core machine with both workers
 * busy, and every node built was garbage to collect.) Returns false, changing nothing, when
 * the section on screen cannot take them: it is not a partial section of these endings (an ending first
 * reached, or first named, by these histories), and must be drawn afresh.
 */
export function updateResults(
  current: Element,
  results: readonly LabResult[],
  catalogue: Catalogue,
): boolean {
  if (!current.classList.contains('lab-partial')) return false;
  const { list } = shownRows(results, catalogue, 'partial');
  const chartRows = [...current.querySelectorAll('.lab-chart > .bar-row')];
  const tableRows = [...current.querySelectorAll<HTMLTableRowElement>('.lab-table tbody tr')];
  const drawn = list.map((row, i) => ({
    row,
    title: chartRows[i]?.querySelector('.bar-title')?.textContent,
    bars: [...(chartRows[i]?.querySelectorAll('.bar') ?? [])],
    header: tableRows[i]?.cells[0],
    tr: tableRows[i],
    cells: rowCells(row, results, 'partial'),
  }));
  const fits =
    chartRows.length === list.length &&
    tableRows.length === list.length &&
    drawn.every(
      ({ row, title, bars, header, tr, cells }) =>
        tr?.dataset.endingRow === row.id &&
        title === row.title &&
        header?.firstChild?.textContent === row.title &&
        (header.querySelector('.lab-power')?.textContent ?? '') === row.power &&
        bars.length === results.length &&
        tr.cells.length === 1 + cells.length,
    );
  if (!fits) return false;
  for (const { row, bars, tr, cells } of drawn) {
    bars.forEach((bar, j) => {
      writeBar(bar, row.counts[j] ?? 0, results[j]?.done ?? 0, 'partial');
    });
    if (tr) writeRow(tr, cells);
  }
  const tableCaption = current.querySelector('.lab-table caption');
  if (tableCaption) setText(tableCaption, caption(results, 'partial'));
  const [a, b] = results;
  const foot = current.querySelector<HTMLTableRowElement>('.lab-table tfoot tr');
  if (a && !b && foot) writeRow(foot, footCells(a, 'partial'));
  const line = current.querySelector('.lab-timing');
  if (line) setText(line, timing(results, 'partial', 0));
  return true;
}
