/**
 * How each member of the 1922–1929 Politburo is drawn: the few features a poster artist would keep so
 * that a face is known by its silhouette alone (Trotsky's shock of hair and pince-nez, Stalin's
 * moustache and tunic, Lenin's dome and beard…). Pure data.
 */

/** The members of 1922–1929, in the order of ink's `LIST Member` (story/globals.ink; a test ties them). */
export const MEMBERS = [
  'Lenin',
  'Trotsky',
  'Stalin',
  'Zinoviev',
  'Kamenev',
  'Rykov',
  'Tomsky',
  'Bukharin',
  'Kalinin',
  'Molotov',
  'Rudzutak',
  'Voroshilov',
  'Kuibyshev',
] as const;

export type Member = (typeof MEMBERS)[number];

export function isMember(name: string): name is Member {
  return (MEMBERS as readonly string[]).includes(name);
}

export type Hair =
  | 'shock' // Trotsky: a tall, wild mass thrown back
  | 'swept' // Stalin: thick, combed straight back
  | 'dome' // Lenin: bald crown, a fringe at the sides
  | 'curly' // Zinoviev: a mane of curls
  | 'receding' // Kamenev: high forehead, wavy at the back
  | 'balding' // Bukharin: bald top, tufts at the temples
  | 'parted' // Rykov: side parting falling on the brow
  | 'cap' // Tomsky: a worker's cap
  | 'combed' // Molotov: neat and flat, side parting
  | 'thin' // Kalinin: thin, combed back
  | 'cropped' // Voroshilov: short military crop
  | 'neat' // Rudzutak: short, neat parting
  | 'mane'; // Kuibyshev: a big wavy mane

export type Beard = 'goatee' | 'pointed' | 'full' | 'short' | 'tuft' | 'wedge';
export type Moustache = 'heavy' | 'plain' | 'brush' | 'walrus' | 'trim' | 'wisp';
export type Glasses = 'pince-nez' | 'round' | 'oval' | 'square';
export type Clothes =
  | 'jacket' // dark jacket, wing collar and tie
  | 'tunic' // a plain party tunic, buttoned to the neck
  | 'suit' // jacket, shirt and tie
  | 'waistcoat' // suit with waistcoat and spotted tie
  | 'military' // army tunic with collar tabs and a shoulder belt
  | 'blouse' // soft open-collared shirt
  | 'workman' // work jacket over an open shirt
  | 'peasant' // embroidered peasant shirt under a jacket
  | 'tolstovka'; // dark high-buttoned shirt

export interface Look {
  /** Half-width of the face at the cheekbones, in portrait units (the portrait is 120 × 150). */
  faceWidth: number;
  /** Extra height of the skull above an ordinary head (Lenin's dome). */
  crown: number;
  /** 0 = a pointed chin, 1 = a square jaw. */
  jaw: number;
  hair: Hair;
  beard?: Beard;
  moustache?: Moustache;
  glasses?: Glasses;
  clothes: Clothes;
  /** Broad shoulders and a thick neck. */
  stocky?: boolean;
  /** Youthful: larger eyes, a smaller face. */
  boyish?: boolean;
  /** Heavy eyebrows. */
  brows?: 'heavy' | 'light';
}

export const LOOKS: Record<Member, Look> = {
  Lenin: {
    faceWidth: 21,
    crown: 9,
    jaw: 0.55,
    hair: 'dome',
    beard: 'pointed',
    moustache: 'plain',
    clothes: 'waistcoat',
  },
  Trotsky: {
    faceWidth: 19,
    crown: 3,
    jaw: 0.45,
    hair: 'shock',
    beard: 'goatee',
    moustache: 'plain',
    glasses: 'pince-nez',
    clothes: 'jacket',
  },
  Stalin: {
    faceWidth: 21,
    crown: 2,
    jaw: 0.7,
    hair: 'swept',
    moustache: 'heavy',
    clothes: 'tunic',
    brows: 'heavy',
  },
  Zinoviev: { faceWidth: 24, crown: 2, jaw: 0.95, hair: 'curly', clothes: 'suit' },
  Kamenev: {
    faceWidth: 21,
    crown: 5,
    jaw: 0.7,
    hair: 'receding',
    beard: 'full',
    moustache: 'plain',
    glasses: 'pince-nez',
    clothes: 'suit',
  },
  Bukharin: {
    faceWidth: 19,
    crown: 6,
    jaw: 0.5,
    hair: 'balding',
    beard: 'tuft',
    moustache: 'wisp',
    clothes: 'blouse',
    boyish: true,
    brows: 'light',
  },
  Rykov: {
    faceWidth: 20,
    crown: 3,
    jaw: 0.6,
    hair: 'parted',
    beard: 'short',
    moustache: 'plain',
    glasses: 'oval',
    clothes: 'suit',
  },
  Tomsky: {
    faceWidth: 23,
    crown: 1,
    jaw: 1,
    hair: 'cap',
    moustache: 'walrus',
    clothes: 'workman',
    stocky: true,
    brows: 'heavy',
  },
  Molotov: {
    faceWidth: 22,
    crown: 3,
    jaw: 0.85,
    hair: 'combed',
    moustache: 'brush',
    glasses: 'pince-nez',
    clothes: 'suit',
  },
  Kalinin: {
    faceWidth: 20,
    crown: 3,
    jaw: 0.55,
    hair: 'thin',
    beard: 'wedge',
    moustache: 'plain',
    glasses: 'round',
    clothes: 'peasant',
  },
  Voroshilov: {
    faceWidth: 21,
    crown: 1,
    jaw: 0.9,
    hair: 'cropped',
    moustache: 'trim',
    clothes: 'military',
    brows: 'heavy',
  },
  Rudzutak: { faceWidth: 20, crown: 3, jaw: 0.75, hair: 'neat', glasses: 'square', clothes: 'suit' },
  Kuibyshev: {
    faceWidth: 23,
    crown: 2,
    jaw: 0.95,
    hair: 'mane',
    clothes: 'tolstovka',
    stocky: true,
    brows: 'heavy',
  },
};
