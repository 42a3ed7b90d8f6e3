import { describe, expect, it } from 'vitest';

import { DECISION_GUARD_MS, DecisionGate } from './decisionGate.ts';

describe('DecisionGate', () => {
  it('takes one decision per guard period, whatever comes in between', () => {
    const gate = new DecisionGate();
    expect(gate.remaining(1_000)).toBe(0);
    expect(gate.take(1_000)).toBe(true);
    // A double press 40 ms later, and key repeats every 33 ms for the rest of the guard.
    for (let at = 1_040; at < 1_000 + DECISION_GUARD_MS; at += 33) expect(gate.take(at)).toBe(false);
    expect(gate.remaining(1_000 + DECISION_GUARD_MS)).toBe(0);
    expect(gate.take(1_000 + DECISION_GUARD_MS)).toBe(true);
    expect(gate.remaining(1_000 + DECISION_GUARD_MS)).toBe(DECISION_GUARD_MS);
  });

  it('judges an input by when it was made, not when it is handled', () => {
    const gate = new DecisionGate();
    expect(gate.take(1_000)).toBe(true);
    // Pressed 40 ms after the first, handled 600 ms later because the first decision was being played out.
    expect(gate.take(1_040)).toBe(false);
  });
});
