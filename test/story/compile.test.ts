import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { compileInk, formatInkMessage } from '../../src/tools/inkCompile.ts';
import { STORY_DIR } from './storySource.ts';

describe('the ink compiler at build time', () => {
  it('compiles story/main.ink and its INCLUDEs with no errors and no warnings', () => {
    const result = compileInk(path.join(STORY_DIR, 'main.ink'));
    const problems = result.messages.filter((m) => m.severity !== 'todo').map((m) => formatInkMessage(m));
    expect(problems).toEqual([]);
    expect(result.json).toBeDefined();
    expect(result.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(result.files.map((f) => path.basename(f))).toEqual(
      expect.arrayContaining(['main.ink', 'globals.ink', 'functions.ink', 'endings.ink']),
    );
  });

  it('reports an error with its file and line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ink-'));
    writeFileSync(path.join(dir, 'main.ink'), 'INCLUDE part.ink\n-> start\n');
    writeFileSync(path.join(dir, 'part.ink'), '=== start\nHello.\n-> nowhere\n');
    const result = compileInk(path.join(dir, 'main.ink'));
    expect(result.json).toBeUndefined();
    const error = result.messages.find((m) => m.severity === 'error');
    expect(error?.file).toBe(path.join(dir, 'part.ink'));
    expect(error?.line).toBe(3);
    expect(error?.text).toContain('nowhere');
  });

  it('reports warnings separately, so the test command can fail on them', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ink-'));
    writeFileSync(path.join(dir, 'main.ink'), 'Hello.\n* \n-> END\n');
    const result = compileInk(path.join(dir, 'main.ink'));
    expect(result.messages.some((m) => m.severity === 'warning' && m.line === 2)).toBe(true);
  });
});
