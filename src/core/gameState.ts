/** The state the views draw: plain data, written only by the GameController. */
import type { Shift, Vote } from '../narrative/tags.ts';
import type { SavedBranch } from '../persistence/SaveGame.ts';
import type { LedgerRow } from '../sim/debrief.ts';
import type { MatteredResult } from '../sim/mattered.ts';
import type { RunRecord } from '../sim/record.ts';
import { emptyMeters, type Meters } from './meters.ts';

export type Screen = 'title' | 'protagonist' | 'story' | 'timeline' | 'debrief' | ToolScreen;

/**
 * Screens beside the story: the What-if Lab, the Endings gallery, and the classroom's (the teacher's
 * guide, the codex, class set-up, the class board, and the privacy and accessibility statements).
 */
export const TOOL_SCREENS = ['lab', 'gallery', 'guide', 'codex', 'class', 'board', 'about'] as const;
export type ToolScreen = (typeof TOOL_SCREENS)[number];

export function isToolScreen(screen: Screen): screen is ToolScreen {
  return (TOOL_SCREENS as readonly string[]).includes(screen);
}

/** The timeline screen: the run so far, the roads not taken, and optionally two runs side by side. */
export interface TimelineView {
  current: RunRecord;
  branches: SavedBranch[];
  /** The branch (by position in `branches`) shown beside the current run, with its record. */
  compare: { branch: number; record: RunRecord } | null;
}

/** The debrief at an ending: the run against the historical record. */
export interface DebriefView {
  run: RunRecord;
  history: RunRecord;
  ledger: LedgerRow[];
  /** The decisions that mattered, found by re-simulation; null while it runs, or if it failed. */
  mattered: MatteredResult | null;
  matteredStatus: 'working' | 'done' | 'failed';
  /** The share link fragment for this run (#run=…). */
  shareFragment: string;
}

/** One item of the transcript, in reading order. */
export type Entry =
  | { kind: 'scene'; date: string | null; place: string | null }
  /** An act opens (ACT tag): its title, and the date and place of its first scene. A scene entry follows. */
  | { kind: 'act'; title: string; date: string | null; place: string | null }
  | { kind: 'text'; text: string; speaker: string | null }
  | { kind: 'note'; text: string; facts: string[] }
  | { kind: 'content-note'; text: string }
  | { kind: 'shift'; shift: Shift }
  | { kind: 'vote'; text: string; vote: Vote }
  | { kind: 'choice'; text: string }
  | { kind: 'ending'; text: string; id: string };

export interface Portrait {
  /** The protagonist's name as the story tags it (PORTRAIT: Trotsky). */
  name: string;
  text: string;
}

export interface ChoiceOption {
  index: number;
  text: string;
  /** The choice history took (HISTORICAL tag). */
  historical: boolean;
  /** For the protagonist screen: which protagonist the choice picks (PROTAGONIST tag). */
  protagonist: string | null;
}

export interface Notice {
  level: 'info' | 'warning';
  text: string;
}

export interface GameState {
  screen: Screen;
  /** Text shown above the protagonist choices (the story's opening lines). */
  intro: string[];
  portraits: Portrait[];
  transcript: Entry[];
  choices: ChoiceOption[];
  /** The DECISION id of the current choice point, if it is one. */
  decision: string | null;
  /** Increases with every beat, so views can tell new text from a redraw. */
  beat: number;
  meters: Meters;
  /** The meter shifts of the latest beat, for the table to animate (empty after a load). */
  shifts: Shift[];
  protagonist: string;
  politburo: string[];
  candidates: string[];
  leninDead: boolean;
  generalSecretary: string;
  speaker: string | null;
  date: string | null;
  place: string | null;
  ending: string | null;
  hasAutosave: boolean;
  savingEnabled: boolean;
  notice: Notice | null;
  timeline: TimelineView | null;
  debrief: DebriefView | null;
  /** True while the run on screen came from a share link and the player has not played on. */
  shared: boolean;
}

export function initialState(): GameState {
  return {
    screen: 'title',
    intro: [],
    portraits: [],
    transcript: [],
    choices: [],
    decision: null,
    beat: 0,
    meters: emptyMeters(),
    shifts: [],
    protagonist: '',
    politburo: [],
    candidates: [],
    leninDead: false,
    generalSecretary: '',
    speaker: null,
    date: null,
    place: null,
    ending: null,
    hasAutosave: false,
    savingEnabled: true,
    notice: null,
    timeline: null,
    debrief: null,
    shared: false,
  };
}
