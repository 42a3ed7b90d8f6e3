/**
 * The debrief's analysis of a run against the historical record: the causes ledger and the decision by
 * decision comparison, pure functions of two RunRecords; and the shape of the "decisions that mattered",
 * which a worker finds by re-simulation (sim/mattered.ts).
 */
import { isGoodShift } from './meters.ts';
import type { DatedShift, DecisionStep, RunRecord } from './record.ts';

export type Verdict = 'held' | 'stronger' | 'weaker' | 'reversed' | 'absent' | 'new';

export interface LedgerRow {
  cause: string;
  fact: string;
  /** The shifts this cause made in the run, in order. */
  shifts: DatedShift[];
  /** Net points in the protagonist's favour (a fall in suspicion counts for them). */
  net: number;
  /** The same for the historical run. */
  historyNet: number;
  verdict: Verdict;
}

function favour(shifts: readonly DatedShift[]): number {
  return shifts.reduce((sum, s) => sum + (isGoodShift(s.meter, s.delta) ? 1 : -1) * Math.abs(s.delta), 0);
}

function verdictOf(net: number, historyNet: number, inRun: boolean, inHistory: boolean): Verdict {
  if (!inRun) return 'absent';
  if (!inHistory) return 'new';
  if (Math.sign(net) !== Math.sign(historyNet) && net !== 0 && historyNet !== 0) return 'reversed';
  // Within a third either way counts as holding as it did in history.
  if (Math.abs(net) > Math.abs(historyNet) * 1.33) return 'stronger';
  if (Math.abs(net) < Math.abs(historyNet) * 0.67) return 'weaker';
  return 'held';
}

/** One row per cause that moved a meter in the run or in history, ordered by fact id. */
export function causesLedger(run: RunRecord, history: RunRecord): LedgerRow[] {
  const causes = new Map<string, string>();
  for (const s of [...run.shifts, ...history.shifts]) causes.set(s.cause, s.fact);
  return [...causes]
    .map(([cause, fact]) => {
      const shifts = run.shifts.filter((s) => s.cause === cause);
      const past = history.shifts.filter((s) => s.cause === cause);
      const net = favour(shifts);
      const historyNet = favour(past);
      return {
        cause,
        fact,
        shifts,
        net,
        historyNet,
        verdict: verdictOf(net, historyNet, shifts.length > 0, past.length > 0),
      };
    })
    .sort((a, b) => a.fact.localeCompare(b.fact));
}

export interface ComparedStep {
  step: DecisionStep;
  /** The option history took at this decision, if the decision has one. */
  historical: string | null;
  /** True when the run took history's option. */
  asHistory: boolean;
}

export function compareSteps(run: RunRecord): ComparedStep[] {
  return run.steps.map((step) => {
    const historical = step.options.find((o) => o.historical)?.text ?? null;
    return { step, historical, asHistory: step.options[step.chosen]?.historical ?? false };
  });
}

export interface Fall {
  member: string;
  date: string | null;
}

/** Members who left the full Politburo, with the date of the scene where they left. */
export function falls(record: RunRecord): Fall[] {
  return record.changes.flatMap((c) => c.left.map((member) => ({ member, date: c.date })));
}

export interface Alternative {
  option: string;
  /** Re-runs (of `samples`) that ended as the run did. */
  same: number;
  /** The most common ending of the re-runs, and its count. */
  commonEnding: string;
  commonCount: number;
}

export interface Mattered {
  stepIndex: number;
  id: string;
  title: string | null;
  date: string | null;
  chosen: string;
  /** How much more often the ending changes with another option than with the run's own (0–1). */
  weight: number;
  /** The option that changed the ending most. */
  best: Alternative;
}

export interface MatteredResult {
  samples: number;
  /** Re-runs of the run unchanged (only the story's chances differ) that ended as the run did. */
  baselineSame: number;
  top: Mattered[];
}
