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
import { h } from './dom.ts';

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
          const n = Math.max(1, result.done);
          const k = row.counts[i] ?? 0;
          const interval = wilson(k, n);
          const fill = h('span', { class: 'bar-fill' });
          fill.style.width = `${String((100 * k) / n)}%`;
          const whisker = h('span', { class: 'bar-whisker', hidden: stage === 'preview' });
          whisker.style.left = `${String(100 * interval.low)}%`;
          whisker.style.width = `${String(100 * (interval.high - interval.low))}%`;
          return h(
            'div',
            { class: `bar bar-${(LETTERS[i] ?? 'A').toLowerCase()}` },
            results.length > 1 ? h('span', { class: 'bar-letter' }, LETTERS[i] ?? '') : null,
            h('span', { class: 'bar-track' }, fill, whisker),
            h('span', { class: 'bar-value' }, stage === 'preview' ? NONE : percent(k / n)),
          );
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

function singleTable(list: Row[], result: LabResult, stage: Stage): HTMLTableElement {
  const n = Math.max(1, result.done);
  const counted = stage !== 'preview';
  return h(
    'table',
    { class: 'lab-table' },
    h(
      'caption',
      {},
      counted
        ? `How often each ending came in ${histories(result)}`
        : `How often each ending comes: press Run to simulate ${number.format(result.scenario.runs)} histories`,
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Ending'),
        h('th', { scope: 'col' }, 'Histories'),
        h('th', { scope: 'col' }, 'Share'),
        h('th', { scope: 'col' }, '95% interval'),
      ),
    ),
    h(
      'tbody',
      {},
      ...list.map((row) => {
        const k = row.counts[0] ?? 0;
        return h(
          'tr',
          { 'data-ending-row': row.id },
          endingHeader(row),
          h('td', { 'data-count': counted ? k : undefined }, counted ? number.format(k) : NONE),
          h('td', {}, counted ? percent(k / n) : NONE),
          h('td', {}, counted ? range(wilson(k, n)) : NONE),
        );
      }),
    ),
    h(
      'tfoot',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, 'All endings'),
        h('td', {}, counted ? number.format(n) : NONE),
        h('td', {}, counted ? '100%' : NONE),
        h('td', {}, ''),
      ),
    ),
  );
}

function compareTable(list: Row[], a: LabResult, b: LabResult, stage: Stage): HTMLTableElement {
  const na = Math.max(1, a.done);
  const nb = Math.max(1, b.done);
  const counted = stage !== 'preview';
  return h(
    'table',
    { class: 'lab-table lab-compare' },
    h(
      'caption',
      {},
      counted
        ? `How often each ending came: A (${histories(a)}) beside B (${histories(b)})`
        : `How often each ending comes: press Run to simulate ${number.format(a.scenario.runs)} histories of A and ${number.format(b.scenario.runs)} of B`,
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Ending'),
        h('th', { scope: 'col' }, 'A: histories'),
        h('th', { scope: 'col' }, 'A: share (95% interval)'),
        h('th', { scope: 'col' }, 'B: histories'),
        h('th', { scope: 'col' }, 'B: share (95% interval)'),
        h('th', { scope: 'col' }, 'B − A (95% interval)'),
      ),
    ),
    h(
      'tbody',
      {},
      ...list.map((row) => {
        const ka = row.counts[0] ?? 0;
        const kb = row.counts[1] ?? 0;
        if (!counted)
          return h(
            'tr',
            { 'data-ending-row': row.id },
            endingHeader(row),
            ...[1, 2, 3, 4, 5].map(() => h('td', {}, NONE)),
          );
        const d = differenceInterval(kb, nb, ka, na);
        const noise = withinNoise(d);
        return h(
          'tr',
          { 'data-ending-row': row.id },
          endingHeader(row),
          h('td', { 'data-count': ka }, number.format(ka)),
          h('td', {}, `${percent(ka / na)} (${range(wilson(ka, na))})`),
          h('td', { 'data-count': kb }, number.format(kb)),
          h('td', {}, `${percent(kb / nb)} (${range(wilson(kb, nb))})`),
          h(
            'td',
            { class: noise ? 'noise' : d.difference > 0 ? 'more' : 'less' },
            `${points(d.difference)} (${points(d.low)} to ${points(d.high)}): `,
            h(
              'strong',
              {},
              noise ? 'within noise' : d.difference > 0 ? 'more often in B' : 'less often in B',
            ),
          ),
        );
      }),
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

function section(
  results: readonly LabResult[],
  catalogue: Catalogue,
  stage: Stage,
  seconds: number,
): HTMLElement {
  const complete = stage === 'complete';
  const all = rows(results, catalogue, complete);
  // As history did, only the story's chances vary: most endings cannot come. List only those that came.
  const hidden =
    stage !== 'preview' && asHistory(results) ? all.filter((row) => row.counts.every((k) => k === 0)) : [];
  const list = all.filter((row) => !hidden.includes(row));
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
  const total = results.reduce((sum, r) => sum + r.scenario.runs, 0);
  const done = results.reduce((sum, r) => sum + r.done, 0);
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
      a && b ? compareTable(list, a, b, stage) : a ? singleTable(list, a, stage) : null,
    ),
    noteItems.length > 0 ? h('ul', { class: 'lab-notes' }, ...noteItems) : null,
    h(
      'p',
      { class: 'lab-timing' },
      stage === 'preview'
        ? `Not run yet: Run plays ${number.format(total)} histories and counts their endings here.`
        : complete
          ? `${number.format(total)} histories in ${seconds.toFixed(1)} s.`
          : `${number.format(done)} of ${number.format(total)} histories so far.`,
    ),
  );
}
