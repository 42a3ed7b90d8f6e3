/**
 * The class board's Web Worker: replays each pasted result code against the story (a tenth of a second
 * or more each), off the main thread, and posts each answer as it comes so the board shows progress.
 */
import { checkCode, type Checked } from './board.ts';

export interface BoardRequest {
  storyJson: string;
  storyHash: string;
  entries: string[];
}

export type BoardReply = { done: number; total: number; text: string; checked: Checked } | { error: string };

self.addEventListener('message', (event: MessageEvent<BoardRequest>) => {
  const { storyJson, storyHash, entries } = event.data;
  try {
    entries.forEach((text, i) => {
      const reply: BoardReply = {
        done: i + 1,
        total: entries.length,
        text,
        checked: checkCode(storyJson, storyHash, text),
      };
      self.postMessage(reply);
    });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
