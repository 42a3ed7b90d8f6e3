/**
 * The "Why did Stalin win?" factors that tag every meter shift, in a student's words: a short name and a
 * one-line explanation, from `story/causes.json` (checked against ink's LIST Cause by a unit test).
 */
import { causeLabel } from '../model/meters.ts';
import data from '../../story/causes.json';

export interface CauseNote {
  cause: string;
  name: string;
  line: string;
}

export const CAUSE_NOTES: readonly CauseNote[] = data;

export function causeNote(cause: string): CauseNote {
  return CAUSE_NOTES.find((c) => c.cause === cause) ?? { cause, name: causeLabel(cause), line: '' };
}
