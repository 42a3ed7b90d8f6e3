/**
 * The lesson-length run: the story declares `VAR short_run` and the game sets it before the first line
 * when a player or a class link asks for the short run; the story then skips or condenses the minor
 * decisions. A story without the variable has only the full run, and the game says so.
 */
import { SHORT_RUN_FLAG } from '../model/record.ts';

export const SHORT_RUN_VARIABLE = SHORT_RUN_FLAG;

/** Whether the compiled story declares the short-run variable (a global `VAR short_run`). */
export function hasShortRun(storyJson: string): boolean {
  return storyJson.includes(`"VAR=":"${SHORT_RUN_VARIABLE}"`);
}
