/**
 * The order in which Vitest starts test files: the longest first, so that the run does not end with one
 * worker busy on a long file and the other idle. Vitest orders by the durations in its cache, which a
 * clean clone (CI) does not have: there it fell back to the order of the glob, and CI ended with one lane
 * running the longest browser file alone for minutes. So the files' seconds in CI are kept here.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds each slow file took in a whole test run (Vitest's per-file times, rounded: `npm test` in a
 * worktree of 2026-12-07 at 38dfb8f, the machine shared with other sessions, load 4-9; only their order
 * counts). Files not listed took a few seconds or are new: they start first, as Vitest starts files it
 * does not know, so a new long file cannot end the run alone. Update this list from a run's per-file
 * times when a file's time changes much.
 */
export const SECONDS: Record<string, number> = {
  // The exactness comparisons at 2,000 histories a side (79 s each alone, both at once, 2026-12-07).
  'test/story/skipLookahead.trotsky.test.ts': 80,
  'test/story/skipLookahead.stalin.test.ts': 80,
  'test/browser/endingPoster.test.ts': 88,
  'test/story/paths.test.ts': 63,
  'test/story/votes.test.ts': 57,
  'test/browser/screens.test.ts': 57,
  'test/browser/seams.test.ts': 43,
  'src/core/liveRecord.test.ts': 60,
  'test/story/shortRun.test.ts': 34,
  'test/browser/a11y.test.ts': 33,
  'test/browser/play.test.ts': 31,
  'test/browser/lab.test.ts': 31,
  'test/browser/classroom.test.ts': 27,
  'test/browser/updates.test.ts': 24,
  'test/browser/board.test.ts': 23,
  'test/story/consequence.test.ts': 23,
  'test/story/continuity.test.ts': 23,
  'test/browser/shortRun.test.ts': 23,
  'test/story/history.test.ts': 22,
  'test/browser/recovery.test.ts': 21,
  'test/browser/saveSafety.test.ts': 21,
  'test/browser/runTools.test.ts': 21,
  'test/story/walk.trotsky.test.ts': 20,
  'test/browser/security.test.ts': 19,
  'test/browser/tableLayouts.test.ts': 19,
  'test/browser/meterBar.test.ts': 18,
  'test/browser/table.test.ts': 18,
  'test/story/ballots.test.ts': 16,
  'test/browser/saves.test.ts': 15,
  'test/browser/oneDecision.test.ts': 15,
  'test/browser/gallery.test.ts': 13,
  'test/story/walk.stalin.test.ts': 13,
  'test/browser/phoneEndingVote.test.ts': 13,
  'test/browser/tableEnding.test.ts': 12,
  'test/browser/offline.test.ts': 11,
  'src/core/saveFuzz.test.ts': 11,
  'test/browser/notices.test.ts': 11,
  'test/browser/workerPolicy.test.ts': 11,
  'test/browser/truthful.test.ts': 10,
  'test/story/debug.test.ts': 7,
  'src/classroom/board.test.ts': 6,
};

const UNKNOWN = 1e6;

export default class LongestFirst extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = `${this.ctx.config.root}/`;
    const seconds = (spec: TestSpecification): number =>
      SECONDS[spec.moduleId.startsWith(root) ? spec.moduleId.slice(root.length) : spec.moduleId] ?? UNKNOWN;
    // A stable sort: files alike keep the glob's order.
    return Promise.resolve([...files].sort((a, b) => seconds(b) - seconds(a)));
  }
}
