/**
 * The order in which Vitest starts test files: the longest first, so that the run does not end with one
 * worker busy on a long file and the other idle. Vitest orders by the durations in its cache, which a
 * clean clone (CI) does not have: there it fell back to the order of the glob, and CI ended with one lane
 * running the longest browser file alone for minutes. So the files' seconds in CI are kept here.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds each slow file took in a whole test run (Vitest's per-file times, rounded: the mean of two runs of
 * `vitest run` in a worktree on 2026-12-07 at 66020d4 and 79d577e, load 4-6; only their order counts).
 * Files not listed took a few seconds or are new: they start first, as Vitest starts files it does not
 * know, so a new long file cannot end the run alone. Update this list from a run's per-file times when a
 * file's time changes much.
 */
export const SECONDS: Record<string, number> = {
  'test/browser/endingPoster.test.ts': 127,
  'test/story/skipLookahead.stalin.test.ts': 100,
  'test/story/skipLookahead.trotsky.test.ts': 83,
  'test/browser/seams.test.ts': 83,
  'test/browser/play.test.ts': 69,
  'test/browser/screens.test.ts': 67,
  'test/browser/a11y.test.ts': 64,
  'test/browser/lab.test.ts': 60,
  'src/core/liveRecord.test.ts': 53,
  'test/browser/board.test.ts': 39,
  'test/browser/runTools.test.ts': 37,
  'test/browser/tableLayouts.test.ts': 37,
  'test/browser/saveSafety.test.ts': 36,
  'test/browser/updates.test.ts': 35,
  'test/story/votes.test.ts': 30,
  'test/browser/classroom.test.ts': 30,
  'test/browser/meterBar.test.ts': 29,
  'test/browser/shortRun.test.ts': 27,
  'test/browser/recovery.test.ts': 25,
  'test/browser/saves.test.ts': 24,
  'test/browser/table.test.ts': 24,
  'test/browser/security.test.ts': 23,
  'test/story/history.test.ts': 21,
  'test/story/walk.stalin.test.ts': 19,
  'test/story/continuity.test.ts': 18,
  'test/story/paths.test.ts': 18,
  'test/browser/notices.test.ts': 18,
  'test/browser/oneDecision.test.ts': 18,
  'src/core/saveFuzz.test.ts': 18,
  'test/story/consequence.test.ts': 17,
  'test/story/shortRun.test.ts': 17,
  'test/browser/offline.test.ts': 17,
  'test/browser/gallery.test.ts': 16,
  'test/browser/phoneWalkout.test.ts': 15,
  'test/browser/tableEnding.test.ts': 15,
  'test/story/walk.trotsky.test.ts': 14,
  'test/browser/phoneEndingVote.test.ts': 14,
  'test/browser/workerPolicy.test.ts': 13,
  'test/story/ballots.test.ts': 10,
  'test/browser/truthful.test.ts': 10,
  'test/browser/hostPolicy.test.ts': 8,
  'test/browser/tableFaces.test.ts': 6,
  'src/tools/inkCatalogue.test.ts': 5,
  'src/tools/simPool.test.ts': 5,
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
