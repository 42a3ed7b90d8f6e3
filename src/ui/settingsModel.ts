/**
 * The player's display and sound settings as plain data: defaults, validation of what storage holds,
 * serialisation, and the attributes they put on <html>. No DOM here, so Node tests check every rule.
 */
export const SETTINGS_KEY = 'the-empty-chair/settings';
export const SETTINGS_VERSION = 1;

export const TEXT_SIZES = ['small', 'normal', 'large', 'larger'] as const;
/** 'system' follows the device (prefers-reduced-motion, prefers-contrast) until the player chooses. */
export const MOTIONS = ['system', 'full', 'reduced'] as const;
export const CONTRASTS = ['system', 'normal', 'high'] as const;

/** 'legible' is Atkinson Hyperlegible (self-hosted, SIL Open Font License), designed for low-vision readers. */
export const FONTS = ['standard', 'legible'] as const;
export const SPACINGS = ['normal', 'relaxed'] as const;
/** 'projector': large type and a large table, for one screen in front of a class. */
export const DISPLAYS = ['normal', 'projector'] as const;

export type TextSize = (typeof TEXT_SIZES)[number];
export type Font = (typeof FONTS)[number];
export type Spacing = (typeof SPACINGS)[number];
export type Display = (typeof DISPLAYS)[number];
export type Motion = (typeof MOTIONS)[number];
export type Contrast = (typeof CONTRASTS)[number];

export interface Settings {
  textSize: TextSize;
  motion: Motion;
  contrast: Contrast;
  font: Font;
  spacing: Spacing;
  display: Display;
  /** Off by default: a classroom of laptops should not start clicking at once. */
  sound: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  textSize: 'normal',
  motion: 'system',
  contrast: 'system',
  font: 'standard',
  spacing: 'normal',
  display: 'normal',
  sound: false,
});

/** The settings chosen from a list of options (every one but sound). */
export type ChoiceSetting = 'textSize' | 'motion' | 'contrast' | 'font' | 'spacing' | 'display';

export interface ParsedSettings {
  settings: Settings;
  /** Why the stored value was not used as it is (null when it was fine or absent). */
  problem: string | null;
}

const isOneOf = <T extends string>(options: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (options as readonly string[]).includes(value);

/**
 * Reads a stored value. Anything wrong falls back to the defaults field by field and is reported, so
 * the caller can keep the original rather than overwrite it unseen. Missing fields are not a problem
 * (an older version wrote fewer).
 */
export function parseSettings(raw: string | null): ParsedSettings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  if (raw === null) return { settings, problem: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { settings, problem: 'the stored settings are not valid JSON' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { settings, problem: 'the stored settings are not an object' };
  }
  const record = data as Record<string, unknown>;
  const problems: string[] = [];
  if (record.version !== undefined && record.version !== SETTINGS_VERSION) {
    problems.push(`version ${JSON.stringify(record.version)} is not ${String(SETTINGS_VERSION)}`);
  }
  const field = <K extends ChoiceSetting>(key: K, options: readonly Settings[K][]): void => {
    const value = record[key];
    if (value === undefined) return;
    if (isOneOf(options, value)) settings[key] = value;
    else problems.push(`${key} ${JSON.stringify(value)} is not one of ${options.join(', ')}`);
  };
  field('textSize', TEXT_SIZES);
  field('motion', MOTIONS);
  field('contrast', CONTRASTS);
  field('font', FONTS);
  field('spacing', SPACINGS);
  field('display', DISPLAYS);
  if (typeof record.sound === 'boolean') settings.sound = record.sound;
  else if (record.sound !== undefined)
    problems.push(`sound ${JSON.stringify(record.sound)} is not true or false`);
  return { settings, problem: problems.length > 0 ? problems.join('; ') : null };
}

export function serializeSettings(settings: Settings): string {
  const { textSize, motion, contrast, font, spacing, display, sound } = settings;
  return JSON.stringify({
    version: SETTINGS_VERSION,
    textSize,
    motion,
    contrast,
    font,
    spacing,
    display,
    sound,
  });
}

/** What the device asks for, read by the DOM layer from media queries. */
export interface DevicePreferences {
  reducedMotion: boolean;
  moreContrast: boolean;
}

export interface SettingsAttributes {
  'data-text-size': TextSize;
  'data-motion': 'reduced' | 'full';
  'data-contrast': 'high' | 'normal';
  'data-sound': 'on' | 'off';
  'data-font': Font;
  'data-spacing': Spacing;
  'data-display': Display;
}

/** The attributes on <html> that the styles and the table read. */
export function settingsAttributes(settings: Settings, device: DevicePreferences): SettingsAttributes {
  const reduced = settings.motion === 'system' ? device.reducedMotion : settings.motion === 'reduced';
  const high = settings.contrast === 'system' ? device.moreContrast : settings.contrast === 'high';
  return {
    'data-text-size': settings.textSize,
    'data-motion': reduced ? 'reduced' : 'full',
    'data-contrast': high ? 'high' : 'normal',
    'data-sound': settings.sound ? 'on' : 'off',
    'data-font': settings.font,
    'data-spacing': settings.spacing,
    'data-display': settings.display,
  };
}
