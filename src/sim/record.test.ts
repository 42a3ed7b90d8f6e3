import storyJson from '../../story/main.ink';
import { describe, expect, it } from 'vitest';

import { causesLedger, compareSteps, falls } from '../model/analysis.ts';
import { decisionsThatMattered } from './mattered.ts';
import { recordHistory, recordRun } from './record.ts';

describe('run records', () => {
  const history = recordHistory(storyJson, 'Trotsky', 5);

  it('records history as history went: every decision as history took it, and the historical ending', () => {
    expect(history.protagonist).toBe('Trotsky');
    expect(history.ending).toBe('trotsky_deported');
    expect(history.steps.length).toBeGreaterThanOrEqual(10);
    expect(compareSteps(history).every((c) => c.asHistory)).toBe(true);
    expect(history.steps.every((s) => s.date !== null)).toBe(true);
    // Each fall is dated by the scene in which it happened, not by the end of its beat (which had put
    // Zinoviev's fall in October 1926 and Trotsky's in July 1927): FACTBASE, Politburo by date.
    const fell = (record: typeof history): string[] =>
      record.changes.flatMap((c) => c.left.map((member) => `${member}: ${c.date ?? ''}`));
    expect(fell(history)).toEqual([
      'Lenin: 21 January 1924',
      'Kamenev: January 1926',
      'Zinoviev: July 1926',
      'Trotsky: 23 October 1926',
    ]);
    // Bukharin falls at the November 1929 plenum, not at the April conference whose scene tells of it.
    const stalinFalls = [
      'Lenin: 21 January 1924',
      'Kamenev: January 1926',
      'Zinoviev: 14–23 July 1926',
      'Trotsky: 23 October 1926',
      'Bukharin: 17 November 1929',
    ];
    expect(fell(recordHistory(storyJson, 'Stalin', 5))).toEqual(stalinFalls);
    // The lesson-length runs tell the same falls in fewer words, on the same dates.
    expect(fell(recordHistory(storyJson, 'Trotsky', 5, 'short'))).toEqual(fell(history));
    expect(fell(recordHistory(storyJson, 'Stalin', 5, 'short'))).toEqual(stalinFalls);
    expect(falls(history).map((f) => f.member)).toContain('Trotsky');
  });

  it('replays a choice log to the same record, and stops where the log stops', () => {
    const again = recordRun(storyJson, 5, history.choiceLog);
    expect(again.steps).toEqual(history.steps);
    expect(again.ending).toBe(history.ending);
    const half = recordRun(storyJson, 5, history.choiceLog.slice(0, 6));
    expect(half.ending).toBeNull();
    expect(half.choiceLog).toEqual(history.choiceLog.slice(0, 6));
  });

  it('refuses a log the story does not offer', () => {
    expect(() => recordRun(storyJson, 5, [0, 9])).toThrow(/no longer offered/);
  });

  it('puts every cause in the ledger with a fact id, and the historical run holds as in history', () => {
    const ledger = causesLedger(history, history);
    expect(ledger.length).toBeGreaterThan(5);
    expect(ledger.every((row) => /^F0(7[3-9]|8\d|9[0-8])$/.test(row.fact))).toBe(true);
    expect(ledger.every((row) => row.verdict === 'held')).toBe(true);
  });

  it('marks causes a different run never used as absent', () => {
    const other = recordRun(storyJson, 5, history.choiceLog.slice(0, 2));
    const ledger = causesLedger(other, history);
    expect(ledger.some((row) => row.verdict === 'absent')).toBe(true);
  });

  it('finds the decisions that mattered reproducibly', () => {
    const run = recordHistory(storyJson, 'Stalin', 2);
    const a = decisionsThatMattered(storyJson, run, { samples: 2 });
    const b = decisionsThatMattered(storyJson, run, { samples: 2 });
    expect(a).toEqual(b);
    expect(a.top).toHaveLength(3);
    expect(a.top[0]?.weight).toBeGreaterThanOrEqual(a.top[2]?.weight ?? 0);
    expect(a.top.every((m) => run.steps[m.stepIndex]?.id === m.id)).toBe(true);
  }, 120_000);
});
