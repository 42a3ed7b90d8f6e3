/**
 * The fast simulation mode (inkjs's skipLookahead, from patches/inkjs+2.4.0.patch) on small stories: it
 * gives the standard mode's lines, or refuses loudly where the lookahead would have joined two lines, and
 * the What-if engine then falls back to the standard mode with the same results.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { type Beat, InkRunner, isSkipLookaheadError } from '../narrative/InkRunner.ts';
import { compileInk } from '../tools/inkCompile.ts';
import { simulate } from './whatIf.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'skip-lookahead-'));
let count = 0;

function compile(source: string): string {
  const file = path.join(folder, `story${String(++count)}.ink`);
  writeFileSync(file, source);
  const { json, messages } = compileInk(file);
  if (json === undefined) throw new Error(messages.map((m) => m.text).join('\n'));
  return json;
}

/** Every beat to the end, always taking the first choice. */
function play(json: string, skipLookahead: boolean): Beat[] {
  const runner = new InkRunner(json, undefined, { skipLookahead });
  const beats: Beat[] = [];
  for (;;) {
    const beat = runner.continue();
    beats.push(beat);
    if (beat.ended) return beats;
    runner.choose(beat.choices[0]?.index ?? 0);
  }
}

const failure = (json: string): unknown => {
  try {
    play(json, true);
  } catch (error) {
    return error;
  }
  return null;
};

describe('the fast simulation mode', () => {
  it.each([
    ['lines, tags and choices', 'One\nTwo # t\n* [a] A\n  Three\n* [b] B\n- Four # u\n-> END'],
    [
      "a function's line followed by a newline",
      '~ temp carried = vote()\n{carried: -> won}\n== won\nCarried. # RESULT\n-> END\n== function vote\nFor: 3. Against: 1. # VOTE: x 3 1\n~ return true\n',
    ],
    ['glue inside a line', 'Hello <>\nworld\n-> END'],
    ['a tag before glue', 'Hello\n# tag\n<> world\n-> END'],
  ])('gives the standard lines for %s', (_name, source) => {
    const json = compile(source);
    expect(play(json, true)).toEqual(play(json, false));
  });

  it.each([
    ['glue after a line', 'Hello\n<> world\n-> END', 'glue'],
    ['text after a function that ended a line', 'A {f()} B\n== function f\nin f\n~ return\n', 'text'],
    [
      "a function's line joined to what the caller prints",
      '{vote(): -> won}\n== won\nCarried.\n-> END\n== function vote\nFor: 3. Against: 1.\n~ return true\n',
      'text',
    ],
  ])('refuses %s, which the lookahead would have joined', (_name, source, what) => {
    const error = failure(compile(source));
    expect(isSkipLookaheadError(error)).toBe(true);
    expect(String(error)).toContain(`${what} followed a line`);
  });

  it('falls back to the standard mode in the What-if engine, with the same results', () => {
    const json = compile(
      'VAR protagonist = ""\n* [Trotsky # PROTAGONIST: Trotsky] -> go\n== go\n~ protagonist = "Trotsky"\n' +
        'Hello\n<> world\n{RANDOM(1, 2) == 1: -> a | -> b}\n== a\nA. # ENDING: a\n-> END\n== b\nB. # ENDING: b\n-> END\n',
    );
    const scenario = {
      protagonist: 'Trotsky' as const,
      pins: {},
      others: 'random' as const,
      runs: 40,
      seed: 5,
    };
    const fast = simulate(json, scenario);
    const standard = simulate(json, scenario, undefined, { fast: false });
    expect(fast.fallback).toContain('glue');
    expect(standard.fallback).toBeUndefined();
    expect(fast.endings).toEqual(standard.endings);
    expect(Object.keys(fast.endings).sort()).toEqual(['a', 'b']);
    expect(() => simulate(json, scenario, undefined, { fast: 'strict' })).toThrow('glue');
  });
});
