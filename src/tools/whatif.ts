/**
 * The What-if Lab from the command line:
 *   npm run whatif -- --as stalin --pin s5_testament=2 --runs 1000 --seed 1 --json
 * Started by whatif.mjs from a plain-JavaScript bundle of this file; reads the compiled story (compiling
 * it only if an .ink file changed), simulates the histories in one process per core (started from a
 * snapshot of the engine with the story parsed: simPool.ts) and prints the endings.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';

import type { Protagonist, Scenario } from '../sim/whatIf.ts';
import { SimPool } from './simPool.ts';
import { compiledStory } from './storyCache.ts';

const USAGE = `usage: npm run whatif -- --as trotsky|stalin [--pin <decision id>=<choice number>]... [--others random|history] [--runs N] [--seed N] [--json]`;

export function parseScenario(argv: string[]): Scenario {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        as: { type: 'string' },
        pin: { type: 'string', multiple: true, default: [] },
        others: { type: 'string', default: 'random' },
        runs: { type: 'string', default: '1000' },
        seed: { type: 'string', default: '1' },
        json: { type: 'boolean', default: false },
      },
      strict: true,
    });
  } catch (error) {
    // An unknown or malformed option: say which, and how the command is used.
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, { cause: error });
  }
  const { values } = parsed;
  const who = (values.as ?? '').toLowerCase();
  if (who !== 'trotsky' && who !== 'stalin') throw new Error(`--as must be trotsky or stalin\n${USAGE}`);
  const protagonist: Protagonist = who === 'trotsky' ? 'Trotsky' : 'Stalin';
  const pins: Record<string, number> = {};
  for (const pin of values.pin) {
    const m = /^(\w+)=(\d+)$/.exec(pin);
    if (!m?.[1] || !m[2] || Number(m[2]) < 1)
      throw new Error(`--pin ${pin}: expected <decision id>=<choice number from 1>`);
    pins[m[1]] = Number(m[2]);
  }
  if (values.others !== 'random' && values.others !== 'history')
    throw new Error(`--others must be random or history`);
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  if (!Number.isInteger(runs) || runs < 1 || runs > 1_000_000)
    throw new Error('--runs must be a whole number from 1');
  if (!Number.isSafeInteger(seed)) throw new Error('--seed must be a whole number');
  return { protagonist, pins, others: values.others, runs, seed };
}

/**
 * Processes started from a snapshot of the engine with the story parsed (simPool.ts); should that fail
 * (a Node that cannot make one), worker threads, which parse the story themselves, and a note saying why.
 */
async function startPool(storyJson: string): Promise<SimPool> {
  try {
    return await SimPool.fromSnapshot(storyJson);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `note: the histories run on worker threads, without the engine's snapshot: ${why}\n`,
    );
    return SimPool.start(storyJson);
  }
}

export async function main(argv: string[], started = performance.now()): Promise<void> {
  // A reader that stops early (`npm run whatif | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let scenario: Scenario;
  try {
    scenario = parseScenario(argv.filter((a) => a !== '--json'));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
  const compiled = await compiledStory(path.resolve(import.meta.dirname, '../../story/main.ink'));
  if (compiled.json === undefined) {
    const { formatInkMessage } = await import('./inkCompile.ts');
    for (const m of compiled.messages) process.stderr.write(`${formatInkMessage(m)}\n`);
    process.exit(1);
  }
  const pool = await startPool(compiled.json);
  const result = await pool.run(scenario);
  await pool.close();
  // From the start of the process (node's own start-up aside), as a user waits for it.
  const seconds = (performance.now() - started) / 1000;
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ ...result, storyHash: compiled.hash, seconds }, null, 2)}\n`);
    return;
  }
  process.stdout.write(
    `${String(scenario.runs)} histories as ${scenario.protagonist} in ${seconds.toFixed(2)} s\n`,
  );
  for (const [ending, n] of Object.entries(result.endings).sort((a, b) => b[1] - a[1])) {
    process.stdout.write(
      `${((100 * n) / scenario.runs).toFixed(1).padStart(6)}%  ${ending} (${String(n)})\n`,
    );
  }
  for (const id of result.unreachedPins)
    process.stdout.write(`note: the pinned decision ${id} was never reached\n`);
  if (result.fallback !== undefined)
    process.stdout.write(`note: some histories were played in inkjs's standard mode: ${result.fallback}\n`);
}
