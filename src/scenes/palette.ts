/** The table's colours, type and timings: the poster look in red, black and cream, and its high-contrast twin. */
import type { Contrast } from './art.ts';

export interface Colours {
  room: number;
  band: number;
  ink: number;
  cream: number;
  red: number;
  redDark: number;
  grey: number;
  table: number;
  panel: number;
  good: string;
  bad: string;
  text: string;
  dim: string;
  outline: number;
}

export const COLOURS: Record<Contrast, Colours> = {
  normal: {
    room: 0x231b18,
    band: 0x8c1020,
    ink: 0x1a1614,
    cream: 0xf1e6cf,
    red: 0xc8102e,
    redDark: 0x6e0c1b,
    grey: 0x8a7f74,
    table: 0xeee2c8,
    panel: 0x14100e,
    good: '#1a1614',
    bad: '#f1e6cf',
    text: '#f1e6cf',
    dim: '#a89c8e',
    outline: 4,
  },
  high: {
    room: 0x000000,
    band: 0x9e0016,
    ink: 0x000000,
    cream: 0xffffff,
    red: 0xd0021b,
    redDark: 0x5a0010,
    grey: 0xbbbbbb,
    table: 0xffffff,
    panel: 0x000000,
    good: '#000000',
    bad: '#ffffff',
    text: '#ffffff',
    dim: '#dddddd',
    outline: 6,
  },
};

export const HEAD_FONT =
  '"Arial Narrow", "Liberation Sans Narrow", "Roboto Condensed", "Helvetica Neue", Arial, sans-serif';
export const SERIF = 'Georgia, "Times New Roman", serif';

/** How long things take, in ms (no motion at all when the player asks for reduced motion). */
export const TIME = {
  walk: 1100,
  arrive: 800,
  stagger: 70,
  speaker: 220,
  meter: 900,
  cardUp: 360,
  cardHold: 1100,
};

export const hex = (colour: number): string => `#${colour.toString(16).padStart(6, '0')}`;

export function signed(delta: number): string {
  return `${delta > 0 ? '+' : '−'}${String(Math.abs(delta))}`;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
