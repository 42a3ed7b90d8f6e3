import storyJson from '../../story/main.ink';
import { describe, expect, it } from 'vitest';

import { parseScenario } from '../tools/whatif.ts';
import { simulate, simulateRange, warmUp } from './whatIf.ts';

describe('the What-if engine', () => {
  it('is reproducible from its seed', () => {
    const scenario = {
      protagonist: 'Stalin' as const,
      pins: {},
      others: 'random' as const,
      runs: 40,
      seed: 7,
    };
    expect(simulate(storyJson, scenario).endings).toEqual(simulate(storyJson, scenario).endings);
  });

  it('warms up a few histories at a time, changing no later result', () => {
    const scenario = {
      protagonist: 'Trotsky' as const,
      pins: {},
      others: 'random' as const,
      runs: 20,
      seed: 5,
    };
    const before = simulateRange(storyJson, scenario, 0, 20);
    const pauses = [...warmUp(storyJson)].length;
    // Two protagonists' warm-up histories, in steps of a few: a run asked for meanwhile waits for one step.
    expect(pauses).toBeGreaterThanOrEqual(10);
    expect(simulateRange(storyJson, scenario, 0, 20)).toEqual(before);
  });

  it('counts every run once', () => {
    const result = simulate(storyJson, {
      protagonist: 'Trotsky',
      pins: {},
      others: 'random',
      runs: 30,
      seed: 1,
    });
    expect(Object.values(result.endings).reduce((a, b) => a + b, 0)).toBe(30);
    expect(result.endings.no_ending).toBeUndefined();
  });

  it('plays history when told to, the same ending every time', () => {
    const result = simulate(storyJson, {
      protagonist: 'Stalin',
      pins: {},
      others: 'history',
      runs: 10,
      seed: 3,
    });
    expect(Object.keys(result.endings)).toHaveLength(1);
  });

  it('reports pins that no run reached', () => {
    const result = simulate(storyJson, {
      protagonist: 'Stalin',
      pins: { t3_funeral: 1, no_such_decision: 2 },
      others: 'history',
      runs: 3,
      seed: 1,
    });
    expect(result.unreachedPins.sort()).toEqual(['no_such_decision', 't3_funeral']);
  });
});

describe('the whatif command line', () => {
  it('reads a scenario', () => {
    expect(
      parseScenario(['--as', 'Stalin', '--pin', 's5_testament=2', '--runs', '500', '--seed', '9']),
    ).toEqual({
      protagonist: 'Stalin',
      pins: { s5_testament: 2 },
      others: 'random',
      runs: 500,
      seed: 9,
    });
  });

  it.each([
    [['--pin', 'x=1'], '--as'],
    [['--as', 'lenin'], '--as'],
    [['--as', 'stalin', '--pin', 's5_testament=0'], '--pin'],
    [['--as', 'stalin', '--pin', 'oops'], '--pin'],
    [['--as', 'stalin', '--runs', '-3'], '--runs'],
    [['--as', 'stalin', '--others', 'fate'], '--others'],
  ])('refuses %j with a message about %s', (args, flag) => {
    expect(() => parseScenario(args)).toThrow(flag);
  });

  it('names an unknown option and shows how the command is used', () => {
    expect(() => parseScenario(['--side', 'stalin'])).toThrow(
      /Unknown option '--side'[\s\S]*usage: npm run whatif/,
    );
  });
});
