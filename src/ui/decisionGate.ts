/**
 * One decision per choice set. From the moment a choice is taken, input is ignored until the next
 * choices have been painted and a short guard has passed: a 40 ms double press, a double click or a
 * held key takes one decision, never a second one the player has not seen. The protagonist screen and
 * the story share one gate, so a double press cannot cross from one to the other either.
 *
 * Times are the input events' own (event.timeStamp, on performance.now()'s clock), not the time they
 * are handled: a second press queued while the first decision was still being played out is judged by
 * when the player made it.
 */

/**
 * Longer than a key bounce, an OS double click or two quick presses, far shorter than anyone takes to
 * read a new set of choices.
 */
export const DECISION_GUARD_MS = 250;

export class DecisionGate {
  private takenAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly guardMs = DECISION_GUARD_MS) {}

  /** Milliseconds from `now` until input is accepted again (0: open). */
  remaining(now: number): number {
    return Math.max(0, this.takenAt + this.guardMs - now);
  }

  /** Takes a decision made at `at` if the gate is open then; false means the input is ignored. */
  take(at: number): boolean {
    if (this.remaining(at) > 0) return false;
    this.takenAt = at;
    return true;
  }
}
