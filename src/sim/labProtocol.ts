/** Messages between the What-if Lab's page and its workers (src/sim/lab.worker.ts). */
import type { Catalogue } from './catalogue.ts';
import type { RangeResult, Scenario } from './whatIf.ts';

export type LabRequest =
  | { type: 'catalogue'; storyJson: string }
  | { type: 'run'; storyJson: string; scenario: Scenario; from: number; to: number };

export type LabReply =
  | { type: 'catalogue'; catalogue: Catalogue }
  /** Runs finished so far in the current range. */
  | { type: 'progress'; done: number }
  | { type: 'done'; result: RangeResult }
  | { type: 'error'; message: string };
