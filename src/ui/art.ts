/**
 * The poster geometry, drawn here as SVG (nothing downloaded): the empty chair for the title screen, an
 * emblem for each protagonist, and small icons. Colours come from CSS classes (art-red, art-black,
 * art-cream), so the tokens and high-contrast mode recolour the art. All of it is decorative.
 */
const NS = 'http://www.w3.org/2000/svg';

type Attrs = Record<string, string | number>;

export function svg(tag: string, attrs: Attrs = {}, ...children: SVGElement[]): SVGElement {
  const el = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  el.append(...children);
  return el;
}

function root(viewBox: string, className: string, ...children: SVGElement[]): SVGElement {
  return svg(
    'svg',
    {
      viewBox,
      class: className,
      'aria-hidden': 'true',
      focusable: 'false',
      preserveAspectRatio: 'xMidYMid meet',
    },
    ...children,
  );
}

const rect = (
  x: number,
  y: number,
  width: number,
  height: number,
  cls: string,
  extra: Attrs = {},
): SVGElement => svg('rect', { x, y, width, height, class: cls, ...extra });
const poly = (points: string, cls: string): SVGElement => svg('polygon', { points, class: cls });
const circle = (cx: number, cy: number, r: number, cls: string): SVGElement =>
  svg('circle', { cx, cy, r, class: cls });

/** A plain straight-backed chair, seen from the front: the seat nobody is allowed to take. */
function chair(): SVGElement {
  return svg(
    'g',
    { class: 'art-chair' },
    rect(236, 132, 188, 196, 'art-black'),
    rect(258, 160, 144, 14, 'art-cream'),
    rect(258, 190, 144, 14, 'art-cream'),
    poly('228,328 432,328 458,372 202,372', 'art-black'),
    rect(250, 372, 14, 146, 'art-black'),
    rect(396, 372, 14, 146, 'art-black'),
    rect(204, 372, 20, 206, 'art-black'),
    rect(436, 372, 20, 206, 'art-black'),
    rect(224, 488, 212, 9, 'art-black'),
  );
}

/** The title poster: a red sun, a black diagonal, a red wedge, and the empty chair at the centre. */
export function titlePoster(): SVGElement {
  return root(
    '0 0 600 720',
    'poster-art',
    circle(330, 300, 222, 'art-red'),
    svg('circle', { cx: 330, cy: 300, r: 256, class: 'art-outline' }),
    svg('g', { transform: 'rotate(-24 320 560)' }, rect(40, 535, 560, 50, 'art-black')),
    chair(),
    poly('18,652 318,602 64,712', 'art-red'),
    circle(528, 84, 34, 'art-black'),
    rect(36, 52, 132, 12, 'art-black'),
    rect(36, 74, 88, 12, 'art-red'),
    rect(36, 96, 48, 12, 'art-black'),
  );
}

/** Trotsky: the red wedge of the Civil War poster, piercing the white circle. */
function trotskyEmblem(): SVGElement[] {
  return [
    circle(222, 80, 58, 'art-cream'),
    poly('24,28 24,132 214,80', 'art-red'),
    rect(268, 18, 16, 16, 'art-cream'),
    rect(290, 128, 10, 10, 'art-red'),
    rect(36, 140, 90, 6, 'art-cream'),
  ];
}

/** Stalin: the card index of the Secretariat, one drawer pulled out. */
function stalinEmblem(): SVGElement[] {
  const drawers: SVGElement[] = [];
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 6; col++) {
      const pulled = row === 1 && col === 4;
      const x = 26 + col * 46 + (pulled ? 8 : 0);
      const y = 24 + row * 40 + (pulled ? 6 : 0);
      drawers.push(rect(x, y, 38, 30, pulled ? 'art-red' : 'art-cream'));
      drawers.push(rect(x + 13, y + 12, 12, 5, 'art-black'));
    }
  }
  return [rect(18, 16, 290, 130, 'art-red-outline'), ...drawers];
}

/** The emblem on a protagonist's card; an empty chair for any protagonist the art does not know. */
export function protagonistEmblem(name: string): SVGElement {
  const shapes =
    name === 'Trotsky'
      ? trotskyEmblem()
      : name === 'Stalin'
        ? stalinEmblem()
        : [svg('g', { transform: 'translate(100 12) scale(0.3)' }, chair())];
  return root('0 0 320 160', 'emblem', ...shapes);
}

/** The settings icon: three sliders; it takes the colour of the text around it. */
export function slidersIcon(): SVGElement {
  return root(
    '0 0 24 24',
    'icon',
    rect(3, 5, 18, 2.5, 'icon-fill'),
    rect(3, 11, 18, 2.5, 'icon-fill'),
    rect(3, 17, 18, 2.5, 'icon-fill'),
    rect(14, 3, 4, 7, 'icon-fill'),
    rect(6, 9, 4, 7, 'icon-fill'),
    rect(12, 15, 4, 7, 'icon-fill'),
  );
}
