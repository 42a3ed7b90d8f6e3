/**
 * How long the historical run reads, full and lesson-length (story/short_run.ink): plays every
 * HISTORICAL choice for each protagonist and counts the
 * words a player reads (story lines, history notes, tallies and the choice labels offered), not the
 * discussion questions, which belong to the debrief.
 *   npm run story:words            (a table per side)
 *   npm run story:words -- --scenes   (and the words of each scene)
 *   npm run story:words -- --text     (and the text itself)
 *   npm run story:words -- --json
 */
import path from 'node:path';

import type { Reading } from '../classroom/readingTime.ts';
import { hasShortRun } from '../classroom/shortRun.ts';
import type { RunLength } from '../model/record.ts';
import type { Beat } from '../narrative/InkRunner.ts';
import { historicalPolicy, playthrough } from '../sim/playthrough.ts';
import { compileInk, formatInkMessage } from './inkCompile.ts';

export interface RunWords {
  protagonist: string;
  length: RunLength;
  /** Every word a player reads on the historical path. */
  words: number;
  /** Of which: the "In history:" notes (lines tagged FACT). */
  historyNotes: number;
  /** Of which: the labels of the choices offered. */
  choiceLabels: number;
  decisions: number;
  /** The most words read between two decisions. */
  longestStretch: number;
  ending: string | null;
  /** Words per scene (a line tagged DATE opens a scene), in reading order. */
  scenes: { date: string; words: number }[];
  /** What the player reads, line by line ("> " marks a choice label, "* " the one taken). */
  text: string[];
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function historicalRunWords(
  storyJson: string,
  protagonist: string,
  length: RunLength = 'full',
): RunWords {
  const result: RunWords = {
    protagonist,
    length,
    words: 0,
    historyNotes: 0,
    choiceLabels: 0,
    decisions: 0,
    longestStretch: 0,
    ending: null,
    scenes: [],
    text: [],
  };
  let stretch = 0;
  const onBeat = (beat: Beat): void => {
    for (const line of beat.lines) {
      if (line.question || line.portrait !== undefined) continue;
      const n = countWords(line.text);
      result.text.push(line.text.trim());
      const date = line.date;
      if (date !== undefined) result.scenes.push({ date, words: 0 });
      const scene = result.scenes.at(-1);
      if (scene) scene.words += n;
      result.words += n;
      stretch += n;
      if (line.facts !== undefined) result.historyNotes += n;
    }
    // The protagonist screen is not part of either side's run.
    if (beat.choices.some((c) => c.protagonist !== null)) {
      result.words = 0;
      result.historyNotes = 0;
      result.scenes = [];
      result.text = [];
      stretch = 0;
      return;
    }
    const taken = historicalPolicy(protagonist)(beat, Math.random);
    for (const [i, choice] of beat.choices.entries()) {
      result.text.push(`${i === taken ? '*' : '>'} ${choice.text}`);
      const n = countWords(choice.text);
      result.words += n;
      result.choiceLabels += n;
      const scene = result.scenes.at(-1);
      if (scene) scene.words += n;
    }
    if (beat.lines.some((l) => l.decision !== undefined)) {
      result.decisions += 1;
      result.longestStretch = Math.max(result.longestStretch, stretch);
      stretch = 0;
    }
  };
  const run = playthrough(storyJson, { seed: 1922, policy: historicalPolicy(protagonist), length, onBeat });
  result.longestStretch = Math.max(result.longestStretch, stretch);
  result.ending = run.ending;
  return result;
}

/** Each side's historical run in words and decisions, full and short: the reading times' measure. */
export function storyReading(storyJson: string): Reading {
  const reading: Reading = { full: {}, short: {} };
  // A story without the flag has only the full run.
  const lengths = hasShortRun(storyJson) ? (['full', 'short'] as const) : (['full'] as const);
  for (const length of lengths)
    for (const side of ['Trotsky', 'Stalin']) {
      const run = historicalRunWords(storyJson, side, length);
      reading[length][side] = { words: run.words, decisions: run.decisions };
    }
  return reading;
}

function main(): void {
  const compiled = compileInk(path.resolve(import.meta.dirname, '../../story/main.ink'));
  if (compiled.json === undefined) {
    for (const m of compiled.messages) process.stderr.write(`${formatInkMessage(m)}\n`);
    process.exit(1);
  }
  const json = compiled.json;
  const runs = (['full', 'short'] as const).flatMap((length) =>
    ['Trotsky', 'Stalin'].map((p) => historicalRunWords(json, p, length)),
  );
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ storyHash: compiled.hash, runs }, null, 2)}\n`);
    return;
  }
  for (const r of runs) {
    process.stdout.write(
      `${r.protagonist}, ${r.length} run: ${String(r.words)} words in the historical run (${String(r.historyNotes)} in history notes, ` +
        `${String(r.choiceLabels)} in choice labels), ${String(r.decisions)} decisions, ` +
        `at most ${String(r.longestStretch)} words between two decisions, ending ${r.ending ?? 'none'}\n`,
    );
    if (process.argv.includes('--scenes'))
      for (const s of r.scenes) process.stdout.write(`${String(s.words).padStart(6)}  ${s.date}\n`);
    if (process.argv.includes('--text')) process.stdout.write(`${r.text.join('\n')}\n\n`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
