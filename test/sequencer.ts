/**
 * The order in which Vitest starts test files: the longest first, so that the run does not end with one
 * worker busy on a long file and the other idle. Vitest orders by the durations in its cache, which a
 * clean clone (CI) does not have: there it fell back to the order of the glob, and CI ended with one lane
 * running the longest browser file alone for minutes. So the files' seconds in CI are kept here.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds each slow file took in a CI run (the log's per-file times, rounded; `.ci/run` on a clean clone
 * of 2026-12-06, before that day's cuts: only their order counts). Files not listed took a few seconds or
 * are new: they start first, as Vitest starts files it does not know, so a new long file cannot end the
 * run alone. Update this list from a CI log when a file's time changes much.
 */
export const SECONDS: Record<string, number> = {
  'test/browser/endingPoster.test.ts': 239,
  'test/browser/seams.test.ts': 109,
  'test/browser/screens.test.ts': 107,
  'test/browser/a11y.test.ts': 96,
  'test/story/walk.stalin.test.ts': 89,
  'test/browser/lab.test.ts': 88,
  'test/story/skipLookahead.stalin.test.ts': 87,
  'test/browser/play.test.ts': 85,
  'src/core/liveRecord.test.ts': 82,
  'test/story/skipLookahead.trotsky.test.ts': 78,
  'test/browser/board.test.ts': 73,
  'test/browser/runTools.test.ts': 72,
  'test/story/walk.trotsky.test.ts': 61,
  'test/browser/updates.test.ts': 59,
  'test/browser/tableLayouts.test.ts': 52,
  'test/browser/shortRun.test.ts': 50,
  'test/browser/saveSafety.test.ts': 48,
  'test/browser/saves.test.ts': 45,
  'test/story/votes.test.ts': 45,
  'test/browser/recovery.test.ts': 42,
  'test/story/paths.test.ts': 39,
  'test/browser/classroom.test.ts': 37,
  'test/browser/table.test.ts': 36,
  'test/browser/security.test.ts': 32,
  'test/story/shortRun.test.ts': 28,
  'test/browser/notices.test.ts': 27,
  'test/browser/gallery.test.ts': 26,
  'test/browser/oneDecision.test.ts': 25,
  'test/browser/truthful.test.ts': 18,
  'test/browser/workerPolicy.test.ts': 17,
  'test/browser/offline.test.ts': 17,
  'src/core/saveFuzz.test.ts': 15,
  'test/story/history.test.ts': 14,
  'test/browser/hostPolicy.test.ts': 13,
  'test/story/continuity.test.ts': 13,
  'test/story/consequence.test.ts': 11,
  'test/story/ballots.test.ts': 7,
  'test/browser/devOverlay.test.ts': 7,
  'src/tools/inkCatalogue.test.ts': 6,
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
