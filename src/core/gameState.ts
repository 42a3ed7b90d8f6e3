/** The state the views draw: plain data, written only by the controller. */
import type { Shift } from '../narrative/tags.ts';
import type { LedgerRow, MatteredResult } from '../model/analysis.ts';
import type { MeterGuide } from '../model/meterGuide.ts';
import { emptyMeters, type Meters } from '../model/meters.ts';
import type { RunLength, RunRecord } from '../model/record.ts';
import type { ChoiceOption, Entry, Portrait } from '../model/transcript.ts';
import type { SavedBranch } from '../persistence/SaveGame.ts';

export type { ChoiceOption, Entry, Portrait };

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
  /** The same story played as history went (played in a worker; null until it arrives). */
  history: RunRecord | null;
  ledger: LedgerRow[] | null;
  /** The decisions that mattered, found by re-simulation; null while it runs, or if it failed. */
  mattered: MatteredResult | null;
  matteredStatus: 'working' | 'done' | 'failed';
  /** The share link fragment for this run (#run=…). */
  shareFragment: string;
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
  /**
   * How the beat on screen came: the first of a new run, the next one in play, or a recorded run put
   * back on screen (Continue, a rewind, a loaded slot, a share link): the view lands the reader at the
   * start, at the new text, or at the current choices.
   */
  arrival: 'new' | 'next' | 'resumed';
  /** The screen a tool (Lab, gallery) was opened from, for its Back button. */
  toolReturn: Screen | null;
  meters: Meters;
  /** The meter shifts of the latest beat, for the table to animate (empty after a load). */
  shifts: Shift[];
  protagonist: string;
  /** The length of the run on screen: the lesson-length run (the story's `short_run`) or the full one. */
  length: RunLength;
  politburo: string[];
  candidates: string[];
  leninDead: boolean;
  generalSecretary: string;
  /** Who stands where towards the player, as story/alignment.ink computes it. */
  allied: string[];
  wavering: string[];
  hostile: string[];
  /** The story's guide to the meters and the forums (story/meters_explained.ink), once a forum is coming. */
  guide: MeterGuide | null;
  /** The kind of forum whose vote comes next (ink's `forum_ahead`: "Plenum"…), or null. */
  forumAhead: string | null;
  /** Who sat at the table when the run began (so that an ending can show who is gone). */
  firstTable: string[];
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
    arrival: 'new',
    toolReturn: null,
    meters: emptyMeters(),
    shifts: [],
    protagonist: '',
    length: 'full',
    politburo: [],
    candidates: [],
    leninDead: false,
    generalSecretary: '',
    allied: [],
    wavering: [],
    hostile: [],
    guide: null,
    forumAhead: null,
    firstTable: [],
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
