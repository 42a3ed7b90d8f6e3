/**
 * The catalogue of what the story offers: each protagonist's decisions (id, date, title, choices, which
 * one history took) and the endings (id, title, who can reach them). The ink compiler writes it at build
 * time (src/tools/inkCatalogue.ts; `import catalogue from '…/main.ink?catalogue'`); the What-if Lab
 * lists these to pin and the Endings gallery shows them.
 */

export type Protagonist = 'Trotsky' | 'Stalin';

export const PROTAGONISTS: readonly Protagonist[] = ['Trotsky', 'Stalin'];

export interface DecisionChoice {
  /** As the player sees it, counting from 1 (what a pin names). */
  number: number;
  text: string;
  historical: boolean;
  /** Offered only when the story's condition holds, so not in every history. */
  conditional: boolean;
}

export interface DecisionInfo {
  id: string;
  protagonists: Protagonist[];
  date: string | null;
  place: string | null;
  title: string;
  choices: DecisionChoice[];
}

export interface EndingInfo {
  id: string;
  /**
   * The ending's title as ink writes it, one per title line: most endings have one; a few are titled by
   * the road to them (a conditional title, or one title line per road).
   */
  titles: string[];
  protagonists: Protagonist[];
}

export interface Catalogue {
  /** In story order: prologue to act 3, Trotsky's then Stalin's within each part. */
  decisions: DecisionInfo[];
  endings: EndingInfo[];
}

export function decisionsOf(catalogue: Catalogue, protagonist: Protagonist): DecisionInfo[] {
  return catalogue.decisions.filter((d) => d.protagonists.includes(protagonist));
}
