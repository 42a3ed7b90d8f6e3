/** Messages between the What-if Lab's page and its workers (src/sim/lab.worker.ts). */
import type { RangeResult, Scenario } from './whatIf.ts';

export type LabRequest =
  /** Once per worker: the story it plays from then on (parsed once, kept between runs). */
  | { type: 'story'; storyJson: string }
  /** Play runs [from, to) of the scenario and reply with their result. */
  | { type: 'run'; scenario: Scenario; from: number; to: number };

/** A worker's answer to a run. */
export type RunReply = { type: 'done'; result: RangeResult } | { type: 'error'; message: string };

export type LabReply =
  | RunReply
  /** Unasked, once: the worker has parsed the story and warmed its engine up (a run started meanwhile stops that). */
  | { type: 'ready' };
