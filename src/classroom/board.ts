/**
 * The class board's model: each result code is replayed once into a run record (the story is
 * deterministic), kept as a small summary, and the summaries are added up for the class: how the runs
 * ended, each decision's choices beside history's, and the causes that moved most. Headless: the board
 * screen runs it in a Web Worker, the tests in Node.
 */
import { isGoodShift } from '../model/meters.ts';
import type { RunRecord } from '../model/record.ts';
import { recordRun } from '../sim/record.ts';
import type { RunLength, Side } from './classLink.ts';
import { asLabel, whoHoldsPower } from './endings.ts';
import { parseResultCode, type ResultCode } from './resultCode.ts';

export interface BoardStep {
  id: string;
  title: string | null;
  date: string | null;
  options: string[];
  chosen: number;
  /** The option history took, or -1. */
  historical: number;
}

export interface BoardCause {
  cause: string;
  /** Points moved on any meter, either way. */
  moved: number;
  /** Points for the side played (a fall in suspicion counts for it). */
  net: number;
}

/** One pupil's run on the board. */
export interface BoardRun {
  code: string;
  protagonist: Side;
  length: RunLength;
  /** The ending's id, or null for a run handed in before it ended. */
  ending: string | null;
  /** The ending's title as the story wrote it, or NOT_FINISHED. */
  endingTitle: string;
  steps: BoardStep[];
  causes: BoardCause[];
  /** False when the code came from another version of the story (it replayed all the same). */
  sameStory: boolean;
}

export const NOT_FINISHED = 'Not finished yet';

export type Checked = { ok: true; run: BoardRun } | { ok: false; reason: string };

/** The summary of a replayed run, or why the record does not match its code. */
export function summarise(code: string, parsed: ResultCode, record: RunRecord, sameStory: boolean): Checked {
  const other = sameStory ? '' : ' (it was made with another version of the game)';
  if (parsed.ending !== null && (record.ending === null || record.endingTitle === null))
    return { ok: false, reason: `its run does not reach an ending in this version of the story${other}` };
  if (record.ending !== parsed.ending || record.protagonist !== parsed.side)
    return { ok: false, reason: `it does not match the run it describes${other}` };
  if (record.length !== parsed.length)
    return { ok: false, reason: `its length of run does not match the run it describes${other}` };
  const causes = new Map<string, BoardCause>();
  for (const s of record.shifts) {
    if (s.delta === 0) continue;
    const c = causes.get(s.cause) ?? { cause: s.cause, moved: 0, net: 0 };
    c.moved += Math.abs(s.delta);
    c.net += (isGoodShift(s.meter, s.delta) ? 1 : -1) * Math.abs(s.delta);
    causes.set(s.cause, c);
  }
  return {
    ok: true,
    run: {
      code,
      protagonist: parsed.side,
      length: parsed.length,
      ending: record.ending,
      endingTitle: record.endingTitle === null ? NOT_FINISHED : asLabel(record.endingTitle),
      steps: record.steps.map((s) => ({
        id: s.id,
        title: s.title,
        date: s.date,
        options: s.options.map((o) => o.text),
        chosen: s.chosen,
        historical: s.options.findIndex((o) => o.historical),
      })),
      causes: [...causes.values()],
      sameStory,
    },
  };
}

/** Reads one pasted code and replays it against the story. */
export function checkCode(storyJson: string, storyHash: string, text: string): Checked {
  const parsed = parseResultCode(text);
  if (!parsed.ok) return parsed;
  const code = text.trim().toLowerCase();
  const sameStory = storyHash.startsWith(parsed.value.story);
  let record: RunRecord;
  try {
    record = recordRun(storyJson, parsed.value.seed, parsed.value.choiceLog, {
      full: false,
      length: parsed.value.length,
    });
  } catch {
    return {
      ok: false,
      reason: sameStory
        ? 'its choices do not fit the story (the code is damaged)'
        : 'it was made with another version of the game, whose choices this one cannot replay',
    };
  }
  return summarise(normalCode(code), parsed.value, record, sameStory);
}

/** The code itself, from a code or a link, as the board keeps it. */
export function normalCode(text: string): string {
  const link = /[#?&]result=([^\s&#]+)/i.exec(text);
  return (link?.[1] ?? text).trim().toLowerCase();
}

/**
 * The entries of a pasted text or file: one per line, or each code-like word of a line when it has
 * some (so "Anna: ec1-…" gives the code, and the name is neither kept nor sent anywhere).
 */
export function entriesIn(text: string): string[] {
  const entries: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const words = line.split(/[\s,;]+/).filter((w) => w !== '');
    if (words.length === 0) continue;
    const codes = words.filter((w) => /(^|[#?&]result=)ec\d/i.test(w) || /[#?&]run=/.test(w));
    entries.push(...(codes.length > 0 ? codes : [line.trim()]));
  }
  return entries;
}

// ─── The class, added up ───────────────────────────────────────────────────────────────────────

export interface EndingCount {
  /** null for the runs not finished yet. */
  ending: string | null;
  title: string;
  power: string;
  protagonists: Side[];
  count: number;
}

export interface OptionCount {
  text: string;
  count: number;
  historical: boolean;
}

export interface DecisionCount {
  id: string;
  protagonist: Side;
  title: string | null;
  date: string | null;
  /** How many runs met this decision. */
  met: number;
  options: OptionCount[];
}

export interface CauseCount extends BoardCause {
  /** How many runs it moved a meter in. */
  runs: number;
}

export interface ClassTotals {
  runs: number;
  bySide: Record<Side, number>;
  byLength: Record<RunLength, number>;
  endings: EndingCount[];
  decisions: DecisionCount[];
  causes: CauseCount[];
}

export function classTotals(runs: readonly BoardRun[]): ClassTotals {
  const endings = new Map<string, EndingCount>();
  const decisions = new Map<string, DecisionCount>();
  // Story order, merged from every run's order (a short run meets fewer decisions).
  const order: string[] = [];
  const causes = new Map<string, CauseCount>();
  for (const run of runs) {
    const key = `${run.ending}|${run.endingTitle}`;
    const ending = endings.get(key) ?? {
      ending: run.ending,
      title: run.endingTitle,
      power:
        run.ending === null
          ? 'Handed in before an ending: its decisions so far are counted below.'
          : whoHoldsPower(run.ending, run.endingTitle, run.protagonist),
      protagonists: [],
      count: 0,
    };
    ending.count += 1;
    if (!ending.protagonists.includes(run.protagonist)) ending.protagonists.push(run.protagonist);
    endings.set(key, ending);

    let after = -1;
    for (const step of run.steps) {
      let at = order.indexOf(step.id);
      if (at < 0) {
        at = after + 1;
        order.splice(at, 0, step.id);
      }
      after = at;
      let decision = decisions.get(step.id);
      if (!decision) {
        decision = {
          id: step.id,
          protagonist: run.protagonist,
          title: step.title,
          date: step.date,
          met: 0,
          options: [],
        };
        decisions.set(step.id, decision);
      }
      decision.met += 1;
      // Options are matched by their words: a conditional option changes the others' positions.
      step.options.forEach((text, i) => {
        let option = decision.options.find((o) => o.text === text);
        if (!option) {
          option = { text, count: 0, historical: i === step.historical };
          decision.options.push(option);
        }
        if (i === step.chosen) option.count += 1;
      });
    }

    for (const c of run.causes) {
      const total = causes.get(c.cause) ?? { cause: c.cause, moved: 0, net: 0, runs: 0 };
      total.moved += c.moved;
      total.net += c.net;
      total.runs += 1;
      causes.set(c.cause, total);
    }
  }
  const count = <T extends string>(values: T[], pick: (r: BoardRun) => T): Record<T, number> =>
    Object.fromEntries(values.map((v) => [v, runs.filter((r) => pick(r) === v).length])) as Record<T, number>;
  return {
    runs: runs.length,
    bySide: count<Side>(['Trotsky', 'Stalin'], (r) => r.protagonist),
    byLength: count<RunLength>(['short', 'full'], (r) => r.length),
    // The endings by how many reached them; the unfinished runs last.
    endings: [...endings.values()].sort(
      (a, b) =>
        Number(a.ending === null) - Number(b.ending === null) ||
        b.count - a.count ||
        a.title.localeCompare(b.title),
    ),
    // Trotsky's decisions, then Stalin's, each in story order.
    decisions: [...decisions.values()].sort(
      (a, b) =>
        Number(a.protagonist === 'Stalin') - Number(b.protagonist === 'Stalin') ||
        order.indexOf(a.id) - order.indexOf(b.id),
    ),
    causes: [...causes.values()].sort((a, b) => b.moved - a.moved || a.cause.localeCompare(b.cause)),
  };
}
