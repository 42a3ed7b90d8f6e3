/** Messages between the What-if Lab's page and its workers (src/sim/lab.worker.ts). */
import type { RangeResult, Scenario } from './whatIf.ts';

export type LabRequest =
  /** Once per worker: the story it plays from then on (parsed once, kept between runs). */
  | { type: 'story'; storyJson: string }
  /** Play runs [from, to) of the scenario and reply with their result. */
  | { type: 'run'; scenario: Scenario; from: number; to: number };

export type LabReply = { type: 'done'; result: RangeResult } | { type: 'error'; message: string };
