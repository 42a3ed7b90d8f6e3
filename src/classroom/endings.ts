/**
 * The endings as a class meets them: one name each (the ink title line, without its full stop), who
 * holds power, and what it means in two sentences, from `story/endings.json` (checked against the story
 * by a unit test). An ending whose title depends on the road to it has one entry per title.
 */
import data from '../../story/endings.json';

export interface EndingNote {
  id: string;
  title: string;
  /** The protagonists who can reach this title. */
  as: string[];
  /** True for the endings history took. */
  history: boolean;
  /** One line: who holds power. */
  power: string;
  /** Two sentences for the teacher's guide. */
  meaning: string;
}

export const ENDING_NOTES: readonly EndingNote[] = data;

/** "The General Secretary." → "The General Secretary". */
export const asLabel = (title: string): string => title.trim().replace(/\.$/, '');

/** The notes for an ending: the one for its title when the title is known, else every title of it. */
export function endingNotes(id: string | null, title?: string | null, protagonist?: string): EndingNote[] {
  const all = ENDING_NOTES.filter((n) => n.id === id);
  if (title) {
    const exact = all.filter((n) => n.title === asLabel(title));
    if (exact.length > 0) return exact;
  }
  const mine = protagonist ? all.filter((n) => n.as.includes(protagonist)) : all;
  return mine.length > 0 ? mine : all;
}

/**
 * The ending's name: its title in this run when known; otherwise its title for this protagonist, or
 * its titles (some endings are titled by the road to them).
 */
export function endingName(id: string | null, title?: string | null, protagonist?: string): string {
  if (title) return asLabel(title);
  if (id === null) return 'Not finished';
  const notes = endingNotes(id, null, protagonist);
  if (notes.length === 0) return id.replace(/_/g, ' ');
  return notes.map((n) => n.title).join(' / ');
}

/** Who holds power at the ending, in one line (several lines joined when the title is not known). */
export function whoHoldsPower(id: string, title?: string | null, protagonist?: string): string {
  const notes = endingNotes(id, title, protagonist);
  if (notes.length <= 1) return notes[0]?.power ?? '';
  return notes.map((n) => `${n.title}: ${n.power}`).join(' ');
}
