/**
 * The checked history behind the story's FACT tags, as `story/facts.json` holds it (generated from
 * FACTBASE by `npm run -s facts`). The file is large, so the browser loads it when a Source is first opened.
 */
export interface Fact {
  id: string;
  /** The claim as the revision notes made it (paraphrased in FACTBASE). */
  claim: string;
  verdict: 'accurate' | 'simplified' | 'inaccurate' | 'partly inaccurate';
  /** True when FACTBASE marks the claim as an interpretation or as contested. */
  debated: boolean;
  correction: string;
  /** The works, readable: "Stephen Kotkin, Stalin, vol. 1: Paradoxes of Power 1878–1928 (2014)". */
  sources: string[];
}

let loading: Promise<Map<string, Fact>> | null = null;

export function loadFacts(): Promise<Map<string, Fact>> {
  loading ??= import('../../story/facts.json').then(
    ({ default: facts }) => new Map((facts as Fact[]).map((f) => [f.id, f])),
  );
  return loading;
}

/** What the verdict means for a student reading the source notes. */
export const VERDICT_WORDS: Record<Fact['verdict'], string> = {
  accurate: 'The notes have this right.',
  simplified: 'The notes simplify this.',
  inaccurate: 'The notes get this wrong.',
  'partly inaccurate': 'The notes get part of this wrong.',
};
