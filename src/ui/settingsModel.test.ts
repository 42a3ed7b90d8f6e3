import { describe, expect, it } from 'vitest';

import {
  DEFAULT_SETTINGS,
  parseSettings,
  serializeSettings,
  type Settings,
  settingsAttributes,
} from './settingsModel.ts';

const device = { reducedMotion: false, moreContrast: false };

describe('the settings model', () => {
  it('has quiet, device-following defaults', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      textSize: 'normal',
      motion: 'system',
      contrast: 'system',
      font: 'standard',
      spacing: 'normal',
      display: 'normal',
      sound: false,
    });
    expect(settingsAttributes(DEFAULT_SETTINGS, device)).toEqual({
      'data-text-size': 'normal',
      'data-motion': 'full',
      'data-contrast': 'normal',
      'data-sound': 'off',
      'data-font': 'standard',
      'data-spacing': 'normal',
      'data-display': 'normal',
    });
  });

  it('follows the device until the player chooses', () => {
    const asked = { reducedMotion: true, moreContrast: true };
    expect(settingsAttributes(DEFAULT_SETTINGS, asked)['data-motion']).toBe('reduced');
    expect(settingsAttributes(DEFAULT_SETTINGS, asked)['data-contrast']).toBe('high');
    const chosen: Settings = { ...DEFAULT_SETTINGS, motion: 'full', contrast: 'normal' };
    expect(settingsAttributes(chosen, asked)['data-motion']).toBe('full');
    expect(settingsAttributes(chosen, asked)['data-contrast']).toBe('normal');
    const reduced: Settings = { ...DEFAULT_SETTINGS, motion: 'reduced', contrast: 'high', sound: true };
    expect(settingsAttributes(reduced, device)).toMatchObject({
      'data-motion': 'reduced',
      'data-contrast': 'high',
      'data-sound': 'on',
    });
  });

  it('round-trips through storage', () => {
    const settings: Settings = {
      textSize: 'larger',
      motion: 'reduced',
      contrast: 'high',
      font: 'legible',
      spacing: 'relaxed',
      display: 'projector',
      sound: true,
    };
    expect(parseSettings(serializeSettings(settings))).toEqual({ settings, problem: null });
    expect(JSON.parse(serializeSettings(settings))).toMatchObject({ version: 1 });
  });

  it('refuses a font, spacing or display it does not know, keeping the rest', () => {
    const parsed = parseSettings('{"font":"comic","spacing":"relaxed","display":"cinema"}');
    expect(parsed.settings).toMatchObject({ font: 'standard', spacing: 'relaxed', display: 'normal' });
    expect(parsed.problem).toMatch(/font "comic" is not one of standard, legible/);
    expect(parsed.problem).toMatch(/display "cinema"/);
  });

  it('uses the defaults, with no problem, when nothing is stored', () => {
    expect(parseSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problem: null });
  });

  it('accepts a value that an older version wrote with fewer fields', () => {
    expect(parseSettings('{"textSize":"large"}')).toEqual({
      settings: { ...DEFAULT_SETTINGS, textSize: 'large' },
      problem: null,
    });
  });

  it.each([
    ['{"textSize":"lar', 'not valid JSON'],
    ['null', 'not an object'],
    ['[1,2]', 'not an object'],
    ['"large"', 'not an object'],
  ])('falls back to the defaults and says why for %s', (raw, why) => {
    const parsed = parseSettings(raw);
    expect(parsed.settings).toEqual(DEFAULT_SETTINGS);
    expect(parsed.problem).toContain(why);
  });

  it('keeps the good fields of a damaged value and names the bad ones', () => {
    const parsed = parseSettings('{"textSize":"huge","motion":"reduced","contrast":7,"sound":"yes"}');
    expect(parsed.settings).toEqual({ ...DEFAULT_SETTINGS, motion: 'reduced' });
    expect(parsed.problem).toContain('textSize "huge"');
    expect(parsed.problem).toContain('contrast 7');
    expect(parsed.problem).toContain('sound "yes"');
  });

  it('reports a value from another version, rather than silently reinterpreting it', () => {
    const parsed = parseSettings('{"version":2,"textSize":"large"}');
    expect(parsed.settings.textSize).toBe('large');
    expect(parsed.problem).toContain('version 2');
  });

  it('does not share the frozen defaults with what it returns', () => {
    const parsed = parseSettings(null);
    parsed.settings.sound = true;
    expect(DEFAULT_SETTINGS.sound).toBe(false);
  });
});
