/**
 * Poster portraits of the Politburo as SVG strings: flat shapes in red, black and cream, one face per
 * member (see looks.ts), in three poses. Pure functions with no DOM and no Phaser, so the table, the
 * DOM screens and the endings can all show the same faces.
 */
import {
  type Beard,
  type Clothes,
  type Glasses,
  type Look,
  LOOKS,
  type Member,
  type Moustache,
} from './looks.ts';
import { type Attrs, d, el, escapeText, g, path, type Seg } from './svg.ts';

export type Pose = 'neutral' | 'speaking' | 'hostile';
export const POSES: readonly Pose[] = ['neutral', 'speaking', 'hostile'];

export type Contrast = 'normal' | 'high';

export interface PortraitOptions {
  /** Rendered size in CSS or texture pixels; the drawing keeps its 120 × 150 proportions. */
  width?: number;
  height?: number;
  /** Stronger outlines and flat, pure colours (data-contrast="high"). */
  contrast?: Contrast;
}

export const PORTRAIT_VIEW = { width: 120, height: 150 } as const;

interface Palette {
  red: string;
  redLight: string;
  redDark: string;
  ink: string;
  cream: string;
  face: string;
  shade: string;
  disc: string;
  grey: string;
  khaki: string;
  olive: string;
  greyHair: string;
  seam: string;
  /** Outline drawn around shapes in high contrast; none otherwise. */
  outline: Attrs;
}

const PALETTES: Record<Contrast, Palette> = {
  normal: {
    red: '#c8102e',
    redLight: '#e2424f',
    redDark: '#6e0c1b',
    ink: '#1a1614',
    cream: '#f1e6cf',
    face: '#f1e6cf',
    shade: '#d9a58a',
    disc: '#b3a487',
    grey: '#4d4540',
    khaki: '#a99b7b',
    olive: '#3f3b2d',
    greyHair: '#8d8378',
    seam: '#5a504a',
    outline: {},
  },
  high: {
    red: '#d0021b',
    redLight: '#ff5a66',
    redDark: '#5a0010',
    ink: '#000000',
    cream: '#ffffff',
    face: '#ffffff',
    shade: '#f0d2bf',
    disc: '#d8d2c4',
    grey: '#333333',
    khaki: '#c9bc98',
    olive: '#2e2b20',
    greyHair: '#6e6e6e',
    seam: '#8a8a8a',
    outline: { stroke: '#000000', 'stroke-width': 2, 'stroke-linejoin': 'round' },
  },
};

/** The head's geometry in portrait units; every feature is placed from it. */
interface Head {
  cx: number;
  cy: number;
  /** Half-width at the cheekbones. */
  w: number;
  /** Top of the skull and bottom of the chin. */
  top: number;
  chin: number;
  /** Half-width of the chin, and the jaw's half-width at its corner. */
  chinW: number;
  jawX: number;
  /** Sideways shift of the features when the head turns away (hostile pose). */
  turn: number;
}

const DISC = { cx: 60, cy: 66, r: 52 } as const;

export function portraitSvg(member: Member, pose: Pose, options: PortraitOptions = {}): string {
  const look = LOOKS[member];
  const p = PALETTES[options.contrast ?? 'normal'];
  const turn = pose === 'hostile' ? -4 : 0;
  const w = look.faceWidth - (look.boyish ? 1 : 0);
  const cy = 70;
  const head: Head = {
    cx: 60 + turn * 0.4,
    cy,
    w,
    top: cy - 26 - look.crown,
    chin: cy + 24,
    chinW: w * (0.22 + 0.32 * look.jaw),
    jawX: w * (0.74 + 0.2 * look.jaw),
    turn,
  };
  const hairFill = member === 'Kalinin' ? p.greyHair : p.ink;
  const parts = [
    backdrop(pose, p),
    neck(head, look, p),
    g({ 'data-part': 'body' }, body(look, pose, p)),
    ears(head, p),
    face(head, p),
    features(head, look, pose, p),
    look.beard ? g({ 'data-part': 'beard' }, beard(head, look.beard, hairFill, p)) : '',
    look.moustache ? g({ 'data-part': 'moustache' }, moustache(head, look.moustache, hairFill, p)) : '',
    g({ 'data-part': 'hair' }, hair(head, look, hairFill, p)),
    look.glasses ? g({ 'data-part': 'glasses' }, glasses(head, look.glasses, p)) : '',
    pose === 'speaking' ? g({ 'data-part': 'gesture' }, gesture(look, p)) : '',
  ];
  return svgRoot(options, `${member}, ${pose}`, { 'data-member': member, 'data-pose': pose }, parts.join(''));
}

function svgRoot(
  options: { width?: number; height?: number },
  label: string,
  extra: Attrs,
  body: string,
): string {
  const width = options.width ?? PORTRAIT_VIEW.width;
  const height = options.height ?? (width * PORTRAIT_VIEW.height) / PORTRAIT_VIEW.width;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${String(PORTRAIT_VIEW.width)} ${String(PORTRAIT_VIEW.height)}`,
      width,
      height,
      role: 'img',
      'aria-label': label,
      ...extra,
    },
    el('title', {}, escapeText(label)) + body,
  );
}

const line = (dd: string, stroke: string, width = 1.2, extra: Attrs = {}): string =>
  path(dd, 'none', { stroke, 'stroke-width': width, 'stroke-linecap': 'round', ...extra });

// ─── Backdrop: a disc, red with rays when speaking, dark and split when hostile ─────────────────

function sector(from: number, to: number, r: number): string {
  const rad = (deg: number): number => (deg * Math.PI) / 180;
  const at = (deg: number): [number, number] => [
    DISC.cx + Math.cos(rad(deg)) * r,
    DISC.cy + Math.sin(rad(deg)) * r,
  ];
  return d(['M', DISC.cx, DISC.cy], ['L', ...at(from)], ['A', r, r, 0, 0, 1, ...at(to)], ['Z']);
}

function backdrop(pose: Pose, p: Palette): string {
  const disc = (fill: string): string =>
    el('circle', { cx: DISC.cx, cy: DISC.cy, r: DISC.r, fill, ...p.outline });
  switch (pose) {
    case 'neutral':
      return g({ 'data-part': 'backdrop' }, disc(p.disc));
    case 'speaking': {
      const rays = [0, 1, 2, 3, 4, 5, 6, 7, 8]
        .map((i) => path(sector(-90 + i * 40 - 9, -90 + i * 40 + 9, DISC.r - 1), p.redLight))
        .join('');
      const ring = el('circle', {
        cx: DISC.cx,
        cy: DISC.cy,
        r: DISC.r - 1.5,
        fill: 'none',
        stroke: p.cream,
        'stroke-width': 3,
      });
      return g({ 'data-part': 'backdrop' }, disc(p.red), rays, ring);
    }
    case 'hostile':
      return g({ 'data-part': 'backdrop' }, disc(p.redDark), path(sector(-60, 120, DISC.r), p.ink));
  }
}

// ─── Body and clothes ───────────────────────────────────────────────────────────────────────────

/** The torso; a hostile member turns a raised shoulder to the table. */
function torsoPath(look: Look, pose: Pose): { d: string; y: number } {
  const half = look.stocky ? 58 : look.boyish ? 46 : 52;
  const y = look.stocky ? 109 : 112;
  const left = half - (pose === 'hostile' ? 7 : 0);
  const rise = pose === 'hostile' ? 6 : 0;
  return {
    y,
    d: d(
      ['M', 60 - left - 5, 150],
      ['L', 60 - left, y + 14],
      ['C', 60 - left + 2, y + 2, 60 - left + 14, y - 4, 44, y - 8],
      ['L', 76, y - 8 - rise * 0.3],
      ['C', 60 + half - 14, y - 4 - rise, 60 + half - 2, y + 2 - rise, 60 + half, y + 14 - rise],
      ['L', 60 + half + 5, 150],
      ['Z'],
    ),
  };
}

const CLOTH: Record<Clothes, (p: Palette) => string> = {
  jacket: (p) => p.ink,
  tunic: (p) => p.khaki,
  suit: (p) => p.ink,
  waistcoat: (p) => p.ink,
  military: (p) => p.olive,
  blouse: (p) => p.grey,
  workman: (p) => p.grey,
  peasant: (p) => p.ink,
  tolstovka: (p) => p.ink,
};

function body(look: Look, pose: Pose, p: Palette): string {
  const torso = torsoPath(look, pose);
  const y = torso.y;
  const out = [path(torso.d, CLOTH[look.clothes](p), p.outline)];
  const shirtV = (depth: number, fill = p.cream): string =>
    path(d(['M', 49, y - 9], ['L', 71, y - 9], ['L', 60, y + depth], ['Z']), fill);
  const tie = (fill: string, length = 28): string =>
    path(
      d(
        ['M', 57.5, y - 6],
        ['L', 62.5, y - 6],
        ['L', 64, y + length - 6],
        ['L', 60, y + length],
        ['L', 56, y + length - 6],
        ['Z'],
      ),
      fill,
    );
  const lapels = (stroke: string): string =>
    line(
      d(
        ['M', 49, y - 9],
        ['L', 40, y + 6],
        ['L', 57, y + 34],
        ['M', 71, y - 9],
        ['L', 80, y + 6],
        ['L', 63, y + 34],
      ),
      stroke,
      1.6,
    );
  const standCollar = (fill: string, extra: Attrs = {}): string =>
    path(
      d(['M', 48, y - 14], ['L', 72, y - 14], ['L', 74, y - 3], ['L', 60, y + 2], ['L', 46, y - 3], ['Z']),
      fill,
      extra,
    );
  switch (look.clothes) {
    case 'suit':
      out.push(shirtV(30), tie(p.red), lapels(p.seam));
      break;
    case 'jacket':
      // A tall wing collar and a dark tie: the War Commissar in civilian dress.
      out.push(
        shirtV(26),
        path(
          d(
            ['M', 50, y - 12],
            ['L', 70, y - 12],
            ['L', 70, y - 4],
            ['L', 60, y + 1],
            ['L', 50, y - 4],
            ['Z'],
          ),
          p.cream,
        ),
        tie(p.ink, 24),
        lapels(p.seam),
      );
      break;
    case 'waistcoat':
      out.push(
        shirtV(34),
        path(d(['M', 52, y - 2], ['L', 68, y - 2], ['L', 60, y + 36], ['Z']), p.grey),
        tie(p.ink, 22),
        ...[0, 1, 2].map((i) =>
          el('circle', { cx: 59 + (i % 2) * 2, cy: y + 2 + i * 6, r: 0.9, fill: p.cream }),
        ),
        lapels(p.seam),
      );
      break;
    case 'tunic':
      // Buttoned to the neck, with breast pockets: the plain tunic of the apparatus.
      out.push(
        standCollar(p.khaki, { stroke: p.ink, 'stroke-width': 1.2 }),
        line(d(['M', 60, y + 2], ['L', 60, 150]), p.ink),
        ...[10, 20, 30].map((dy) => el('circle', { cx: 63, cy: y + dy, r: 1.5, fill: p.ink })),
        ...[28, 74].map((x) =>
          el('rect', {
            x,
            y: y + 12,
            width: 18,
            height: 15,
            fill: 'none',
            stroke: p.ink,
            'stroke-width': 1.2,
          }),
        ),
        line(d(['M', 28, y + 17], ['L', 46, y + 17], ['M', 74, y + 17], ['L', 92, y + 17]), p.ink),
      );
      break;
    case 'military':
      // Collar tabs, a shoulder belt and a red star: the cavalry commander.
      out.push(
        standCollar(p.olive),
        path(d(['M', 47, y - 7], ['L', 52, y - 11], ['L', 56, y - 6], ['L', 51, y - 2], ['Z']), p.red),
        path(d(['M', 73, y - 7], ['L', 68, y - 11], ['L', 64, y - 6], ['L', 69, y - 2], ['Z']), p.red),
        path(d(['M', 20, y + 2], ['L', 27, y - 4], ['L', 92, 150], ['L', 82, 150], ['Z']), p.khaki),
        star(80, y + 16, 5.5, p.red),
      );
      break;
    case 'blouse':
      // A soft shirt open at the neck: the party's favourite, younger than the rest.
      out.push(
        path(d(['M', 52, y - 10], ['L', 68, y - 10], ['L', 60, y + 12], ['Z']), p.shade),
        line(
          d(['M', 52, y - 10], ['L', 44, y + 2], ['L', 60, y + 12], ['L', 76, y + 2], ['L', 68, y - 10]),
          p.cream,
          1.6,
        ),
      );
      break;
    case 'workman':
      out.push(
        path(d(['M', 50, y - 10], ['L', 70, y - 10], ['L', 60, y + 18], ['Z']), p.cream),
        path(d(['M', 54, y - 9], ['L', 66, y - 9], ['L', 60, y + 4], ['Z']), p.shade),
        lapels(p.ink),
      );
      break;
    case 'peasant':
      // An embroidered kosovorotka, fastened at the side, under a dark jacket.
      out.push(
        shirtV(34),
        path(d(['M', 50, y - 12], ['L', 70, y - 12], ['L', 70, y - 6], ['L', 50, y - 6], ['Z']), p.red),
        path(d(['M', 63, y - 6], ['L', 67, y - 6], ['L', 67, y + 14], ['L', 63, y + 14], ['Z']), p.red),
        ...[0, 1, 2, 3].map((i) => el('circle', { cx: 53 + i * 4.6, cy: y - 9, r: 0.9, fill: p.cream })),
        lapels(p.seam),
      );
      break;
    case 'tolstovka':
      // A high buttoned collar, buttons off-centre.
      out.push(
        path(d(['M', 47, y - 14], ['L', 73, y - 14], ['L', 73, y - 5], ['L', 47, y - 5], ['Z']), p.ink, {
          stroke: p.seam,
          'stroke-width': 1,
        }),
        line(d(['M', 67, y - 5], ['L', 67, y + 30]), p.seam, 1.4),
        ...[-10, 2, 10, 18].map((dy) => el('circle', { cx: 69.5, cy: y + dy, r: 1.3, fill: p.cream })),
      );
      break;
  }
  return out.join('');
}

function star(cx: number, cy: number, r: number, fill: string): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.42;
    pts.push(`${(cx + Math.cos(a) * rr).toFixed(2)},${(cy + Math.sin(a) * rr).toFixed(2)}`);
  }
  return el('polygon', { points: pts.join(' '), fill });
}

function neck(h: Head, look: Look, p: Palette): string {
  const half = look.stocky ? 11 : 8.5;
  return el('rect', { x: h.cx - half, y: h.cy + 10, width: half * 2, height: 34, fill: p.shade });
}

function ears(h: Head, p: Palette): string {
  return (
    el('ellipse', { cx: h.cx - h.w + 0.5, cy: h.cy + 1, rx: 3.6, ry: 6.2, fill: p.face, ...p.outline }) +
    el('ellipse', { cx: h.cx + h.w - 0.5, cy: h.cy + 1, rx: 3.6, ry: 6.2, fill: p.shade, ...p.outline })
  );
}

// ─── The face: a flat cream shape with a hard shadow down one side ─────────────────────────────

/** The right half of the head, from the crown to the chin. */
function rightCheek(h: Head, from: number): Seg[] {
  const { cx, cy, w, top, chin, chinW, jawX } = h;
  return [
    ['C', cx + w * 0.62, top, cx + w, cy - 18, cx + w, cy - 2],
    ['C', cx + w, cy + 5, cx + jawX + 1, cy + 10, cx + jawX, cy + 14],
    ['C', cx + jawX - 2, cy + 20, cx + chinW + 2, chin, cx + from, chin],
  ];
}

function headOutline(h: Head): string {
  const { cx, cy, w, top, chin, chinW, jawX } = h;
  return d(
    ['M', cx, top],
    ...rightCheek(h, 0),
    ['C', cx - chinW - 2, chin, cx - jawX + 2, cy + 20, cx - jawX, cy + 14],
    ['C', cx - jawX - 1, cy + 10, cx - w, cy + 5, cx - w, cy - 2],
    ['C', cx - w, cy - 18, cx - w * 0.62, top, cx, top],
    ['Z'],
  );
}

function face(h: Head, p: Palette): string {
  const { cx, cy, w, top, turn } = h;
  // The shadow side, cut by a broken "light line" down the nose, as a poster would cut it.
  const lx = cx + w * 0.32 + turn * 1.2;
  const shade = d(
    ['M', cx, top],
    ...rightCheek(h, 1),
    ['L', lx - 3, cy + 16],
    ['L', lx + 1, cy + 6],
    ['L', lx - 2, cy - 4],
    ['L', lx + 2, cy - 14],
    ['L', cx + w * 0.1, top],
    ['Z'],
  );
  return g(
    { 'data-part': 'face' },
    path(headOutline(h), p.face, p.outline),
    path(shade, p.shade),
    p.outline.stroke === undefined ? '' : path(headOutline(h), 'none', p.outline),
  );
}

function features(h: Head, look: Look, pose: Pose, p: Palette): string {
  const cx = h.cx + h.turn * 0.8;
  const ey = h.cy - 3;
  const out: string[] = [];
  // The nose: a wedge of shadow and a line for the nostrils.
  out.push(
    path(d(['M', cx + 1, ey], ['L', cx - 2.5, h.cy + 7], ['L', cx + 3, h.cy + 8], ['Z']), p.shade),
    line(d(['M', cx - 3.2, h.cy + 7.5], ['Q', cx, h.cy + 10, cx + 3.2, h.cy + 7.5]), p.ink, 1.3),
  );
  const eye = (x: number): string => {
    if (look.hair === 'dome') {
      // Lenin's narrowed, smiling eyes.
      return line(d(['M', x - 3, ey + 0.5], ['Q', x, ey - 2.2, x + 3, ey + 0.5]), p.ink, 1.8);
    }
    const rx = look.boyish ? 2.7 : 2.3;
    const ry = look.boyish ? 2.3 : 1.6;
    return (
      el('ellipse', { cx: x, cy: ey, rx, ry, fill: p.ink }) +
      (look.boyish ? el('circle', { cx: x - 0.8, cy: ey - 0.7, r: 0.7, fill: p.cream }) : '')
    );
  };
  out.push(eye(cx - 8), eye(cx + 8));
  // Brows: level at rest, raised when speaking, knitted and lowered when hostile.
  const thick = look.brows === 'heavy' ? 3 : look.brows === 'light' ? 1.5 : 2.2;
  const by = ey - 6;
  const [yi, yo] =
    pose === 'hostile' ? [by + 2.8, by - 1] : pose === 'speaking' ? [by - 1.6, by - 0.6] : [by, by + 0.3];
  const arch = pose === 'speaking' ? -1.8 : -0.6;
  for (const side of [-1, 1]) {
    const inner = cx + side * 3.5;
    const outer = cx + side * 13;
    out.push(
      line(d(['M', inner, yi], ['Q', (inner + outer) / 2, Math.min(yi, yo) + arch, outer, yo]), p.ink, thick),
    );
  }
  // The mouth: a line, an open shout, or a down-turned set.
  const my = h.cy + 14;
  if (pose === 'speaking') {
    out.push(
      el('ellipse', { cx, cy: my + 0.6, rx: 4.6, ry: 3.4, fill: p.ink }),
      el('rect', { x: cx - 3, y: my - 2.3, width: 6, height: 1.3, fill: p.cream }),
    );
  } else if (pose === 'hostile') {
    out.push(line(d(['M', cx - 5.5, my + 1.6], ['Q', cx, my - 2.2, cx + 5.5, my + 1.6]), p.ink, 1.7));
  } else {
    out.push(line(d(['M', cx - 5, my], ['L', cx + 5, my]), p.ink, 1.7));
  }
  return g({ 'data-part': 'features' }, ...out);
}

// ─── Hair ───────────────────────────────────────────────────────────────────────────────────────

interface CapShape {
  /** Height of the hair above the skull, and its bulge beyond the face at the sides. */
  volume: number;
  side: number;
  /** The hairline's height above the head's centre, and how low the sideburns come. */
  line: number;
  sideburn: number;
  /** Raises the left side of the hairline (a parting) by this much; negative raises the right. */
  part?: number;
  /** 0 = a rounded crown, 1 = a flat, square top (hair brushed up and back). */
  square?: number;
  /** Shifts the top of the hair sideways (hair thrown to one side). */
  lean?: number;
}

/** A helmet of hair from the hairline over the crown, the shape most styles start from. */
function cap(h: Head, s: CapShape): string {
  const { cx, cy, w, top } = h;
  const hl = cy - s.line;
  const temple = cy - 10;
  const sb = cy + s.sideburn;
  const part = s.part ?? 0;
  const sq = s.square ?? 0;
  const lean = s.lean ?? 0;
  const crown = top - s.volume;
  const reach = w * (0.8 + 0.2 * sq) + s.side;
  return d(
    ['M', cx - w + 1.5, sb],
    ['L', cx - w + 3, temple],
    ['C', cx - w + 5, hl + 3 - Math.max(0, part), cx - w * 0.45, hl - Math.max(0, part), cx, hl],
    ['C', cx + w * 0.45, hl + Math.min(0, part), cx + w - 5, hl + 3 + Math.min(0, part), cx + w - 3, temple],
    ['L', cx + w - 1.5, sb],
    ['L', cx + w + s.side * 0.6, sb - 3],
    ['C', cx + w + s.side, temple - 4 - sq * 6, cx + reach + lean, crown + sq * 2, cx + lean, crown],
    [
      'C',
      cx - reach + lean,
      crown + sq * 2,
      cx - w - s.side,
      temple - 4 - sq * 6,
      cx - w - s.side * 0.6,
      sb - 3,
    ],
    ['Z'],
  );
}

/** A ring of puffs (curls, a wild shock) on an arc around the top of the head. */
function puffs(
  h: Head,
  fill: string,
  items: readonly (readonly [angle: number, distance: number, radius: number])[],
  lift = 12,
  shift = 0,
  /** Stretches the arc sideways (> 1) or flattens it (< 1). */
  spread: readonly [number, number] = [1, 1],
): string {
  const ox = h.cx + shift;
  const oy = h.cy - lift;
  return items
    .map(([a, dist, r]) => {
      const rad = (a * Math.PI) / 180;
      return el('circle', {
        cx: ox + Math.cos(rad) * dist * spread[0],
        cy: oy - Math.sin(rad) * dist * spread[1],
        r,
        fill,
      });
    })
    .join('');
}

const strands = (dd: string, stroke: string, width = 1.2): string =>
  line(dd, stroke, width, { opacity: 0.6 });

function hair(h: Head, look: Look, fill: string, p: Palette): string {
  const { cx, cy, w, top } = h;
  const o = p.outline;
  switch (look.hair) {
    case 'shock':
      // Trotsky: a big, wavy mass thrown up and out from a high forehead.
      return (
        puffs(
          h,
          fill,
          [
            [180, 21, 7],
            [160, 23, 9],
            [138, 25, 10],
            [116, 26, 10.5],
            [94, 27, 11],
            [72, 27, 11],
            [50, 26, 10.5],
            [28, 24, 9.5],
            [8, 22, 8],
            [-8, 21, 6],
            [130, 31, 7],
            [100, 33, 7],
            [66, 33, 7.5],
            [38, 30, 7],
          ],
          10,
          2,
          [1.2, 0.62],
        ) + path(cap(h, { volume: 8, side: 8, line: 20, sideburn: 2, lean: 2 }), fill, o)
      );
    case 'swept':
      // Stalin: thick, wavy hair brushed up and back from a low forehead, full at the crown.
      return (
        puffs(
          h,
          fill,
          [
            [150, 20, 7],
            [118, 23, 8],
            [88, 24, 8.5],
            [58, 23, 8],
            [28, 20, 7],
          ],
          13,
          1,
          [1.05, 0.8],
        ) +
        path(cap(h, { volume: 7, side: 3, line: 18, sideburn: 3, square: 0.2 }), fill, o) +
        strands(
          d(
            ['M', cx - 12, cy - 16],
            ['C', cx - 14, top + 4, cx - 8, top - 4, cx - 2, top - 6],
            ['M', cx - 2, cy - 19],
            ['C', cx - 2, top + 2, cx + 6, top - 4, cx + 12, top - 3],
          ),
          p.greyHair,
          1.3,
        )
      );
    case 'dome': {
      // Lenin: the great bald dome; a little hair at the sides, behind the ears.
      const side = (s: -1 | 1): string =>
        path(
          d(
            ['M', cx + s * (w - 0.5), cy - 4],
            ['C', cx + s * (w - 1), cy - 11, cx + s * (w + 1.5), cy - 15, cx + s * (w + 3), cy - 10],
            ['L', cx + s * (w + 3.5), cy - 1],
            ['C', cx + s * (w + 2.5), cy + 1, cx + s * (w + 1), cy - 1, cx + s * (w - 0.5), cy - 4],
            ['Z'],
          ),
          fill,
          o,
        );
      const shine = line(
        d(
          ['M', cx - w * 0.55, top + 9],
          ['C', cx - w * 0.45, top + 3, cx - w * 0.1, top + 1.5, cx + w * 0.12, top + 2],
        ),
        '#ffffff',
        2.4,
        { opacity: 0.7 },
      );
      return side(-1) + side(1) + shine;
    }
    case 'curly':
      // Zinoviev: a full mane of curls round a broad face.
      return (
        puffs(h, fill, [
          [195, 24, 6.5],
          [178, 25, 7],
          [160, 26, 7.5],
          [140, 26, 7.5],
          [118, 27, 7.5],
          [96, 27, 7.5],
          [74, 27, 7.5],
          [52, 26, 7.5],
          [32, 26, 7.5],
          [14, 25, 7],
          [-3, 24, 6.5],
        ]) +
        path(cap(h, { volume: 6, side: 5, line: 16, sideburn: 4 }), fill, o) +
        puffs(
          h,
          fill,
          [
            [130, 9, 4],
            [105, 8.5, 4],
            [80, 8.5, 4],
            [55, 9, 4],
          ],
          8,
        )
      );
    case 'receding': {
      // Kamenev: a high, receding forehead; the hair thick and wavy behind.
      const hl = cy - 23;
      return (
        path(
          d(
            ['M', cx - w + 1.5, cy + 1],
            ['L', cx - w + 3, cy - 11],
            ['C', cx - w + 5, cy - 19, cx - 11, cy - 22, cx - 8, hl],
            ['C', cx - 4, hl - 3, cx + 4, hl - 3, cx + 8, hl],
            ['C', cx + 11, cy - 22, cx + w - 5, cy - 19, cx + w - 3, cy - 11],
            ['L', cx + w - 1.5, cy + 1],
            ['L', cx + w + 1.5, cy - 3],
            ['C', cx + w + 3, cy - 16, cx + w * 0.8 + 3, top - 6, cx, top - 6],
            ['C', cx - w * 0.8 - 3, top - 6, cx - w - 3, cy - 16, cx - w - 1.5, cy - 3],
            ['Z'],
          ),
          fill,
          o,
        ) + strands(d(['M', cx - 14, top - 1], ['q', 5, -4, 9, 0], ['t', 9, 0], ['t', 9, 0]), p.greyHair, 1.4)
      );
    }
    case 'balding':
      // Bukharin: bald on top, a thin band of hair behind, wisps springing out at the temples.
      return (
        path(cap(h, { volume: 3, side: 3.5, line: 25 + look.crown, sideburn: 1 }), fill, o) +
        puffs(
          h,
          fill,
          [
            [186, 21.5, 4.2],
            [200, 21, 3.6],
            [168, 21, 3.4],
            [-6, 21.5, 4.2],
            [-20, 21, 3.6],
            [12, 21, 3.4],
          ],
          10,
        ) +
        line(d(['M', cx - 4, top + 3], ['q', 3, -5, 7, -2], ['q', 2, -2, 4, 1]), fill, 2)
      );
    case 'parted':
      // Rykov: a side parting, a lock falling on the brow.
      return (
        path(cap(h, { volume: 6, side: 3, line: 17, sideburn: 3, part: 4 }), fill, o) +
        path(
          d(
            ['M', cx + 2, cy - 18],
            ['C', cx + 8, cy - 16, cx + 13, cy - 13, cx + 15, cy - 9],
            ['C', cx + 10, cy - 11, cx + 6, cy - 13, cx + 1, cy - 14],
            ['Z'],
          ),
          fill,
        ) +
        line(d(['M', cx - 8, cy - 21], ['L', cx - 4, top - 3]), p.greyHair)
      );
    case 'cap':
      // Tomsky: a worker's cap, pulled on square.
      return (
        path(cap(h, { volume: 1, side: 1, line: 15, sideburn: 2 }), fill, o) +
        path(
          d(
            ['M', cx - w - 5, cy - 16],
            ['C', cx - w - 8, top - 6, cx - 10, top - 13, cx + 4, top - 12],
            ['C', cx + w + 4, top - 11, cx + w + 10, top - 2, cx + w + 7, cy - 17],
            ['Z'],
          ),
          p.grey,
          o,
        ) +
        path(
          d(
            ['M', cx - w - 5, cy - 19],
            ['L', cx + w + 7, cy - 20],
            ['L', cx + w + 6, cy - 15],
            ['L', cx - w - 4, cy - 14],
            ['Z'],
          ),
          p.ink,
        ) +
        path(
          d(
            ['M', cx - w + 1, cy - 15],
            ['Q', cx + 1, cy - 8, cx + w + 3, cy - 16],
            ['L', cx + w + 1, cy - 13],
            ['Q', cx + 1, cy - 5.5, cx - w + 2, cy - 12.5],
            ['Z'],
          ),
          p.ink,
        ) +
        el('circle', { cx: cx + 1, cy: top - 11, r: 1.4, fill: p.ink })
      );
    case 'combed':
      // Molotov: flat, neat, parted at the side.
      return (
        path(cap(h, { volume: 3.5, side: 1.5, line: 17, sideburn: 3, part: 3 }), fill, o) +
        line(d(['M', cx - 7, cy - 19.5], ['C', cx - 6, cy - 24, cx - 5, top, cx - 4, top - 3]), p.face, 1)
      );
    case 'thin':
      // Kalinin: thin grey hair combed back.
      return (
        path(cap(h, { volume: 3, side: 2, line: 20, sideburn: 2 }), fill, o) +
        strands(
          d(
            ['M', cx - 10, cy - 20],
            ['L', cx - 8, top - 1],
            ['M', cx, cy - 21],
            ['L', cx + 1, top - 2],
            ['M', cx + 10, cy - 20],
            ['L', cx + 9, top - 1],
          ),
          p.ink,
          1,
        )
      );
    case 'cropped':
      // Voroshilov: a short military crop.
      return path(cap(h, { volume: 1.5, side: 0.8, line: 18, sideburn: 0 }), fill, o);
    case 'neat':
      // Rudzutak: short and neat, parted on the right.
      return (
        path(cap(h, { volume: 3, side: 1.2, line: 17, sideburn: 2, part: -3 }), fill, o) +
        line(d(['M', cx + 7, cy - 19.5], ['C', cx + 6, cy - 24, cx + 5, top, cx + 4, top - 3]), p.face, 1)
      );
    case 'mane':
      // Kuibyshev: a big wavy mane swept back and up from the forehead.
      return (
        puffs(
          h,
          fill,
          [
            [168, 22, 8],
            [142, 26, 10],
            [116, 29, 11],
            [90, 30, 11],
            [64, 29, 11],
            [38, 27, 10],
            [16, 24, 8],
            [-2, 21, 6],
          ],
          13,
          2,
        ) +
        path(cap(h, { volume: 10, side: 8, line: 19, sideburn: 4, lean: 3 }), fill, o) +
        strands(
          d(
            ['M', cx - 12, cy - 18],
            ['C', cx - 14, top - 6, cx - 4, top - 14, cx + 8, top - 12],
            ['M', cx - 1, cy - 19],
            ['C', cx - 1, top - 4, cx + 8, top - 8, cx + 20, top - 4],
          ),
          p.greyHair,
          1.5,
        )
      );
  }
}

// ─── Beards, moustaches, glasses ────────────────────────────────────────────────────────────────

function beard(h: Head, kind: Beard, fill: string, p: Palette): string {
  const cx = h.cx + h.turn * 0.8;
  const { cy, w } = h;
  const shape = (segs: Seg[]): string => path(d(...segs), fill, p.outline);
  switch (kind) {
    case 'goatee':
      return shape([
        ['M', cx - 6.5, cy + 16],
        ['C', cx - 3, cy + 17.5, cx + 3, cy + 17.5, cx + 6.5, cy + 16],
        ['C', cx + 7, cy + 24, cx + 3.5, cy + 31, cx + 0.5, cy + 36],
        ['C', cx - 3.5, cy + 31, cx - 7, cy + 24, cx - 6.5, cy + 16],
        ['Z'],
      ]);
    case 'pointed':
      return shape([
        ['M', cx - w + 2, cy + 4],
        ['C', cx - w + 3, cy + 17, cx - 8, cy + 26, cx + 1, cy + 32],
        ['C', cx + 8, cy + 26, cx + w - 3, cy + 17, cx + w - 2, cy + 4],
        ['C', cx + w - 5, cy + 12, cx + 6, cy + 17, cx, cy + 17],
        ['C', cx - 6, cy + 17, cx - w + 5, cy + 12, cx - w + 2, cy + 4],
        ['Z'],
      ]);
    case 'full':
      return shape([
        ['M', cx - w - 0.5, cy - 2],
        ['C', cx - w, cy + 20, cx - 10, cy + 32, cx, cy + 33],
        ['C', cx + 10, cy + 32, cx + w, cy + 20, cx + w + 0.5, cy - 2],
        ['C', cx + w - 3, cy + 10, cx + 7, cy + 17, cx, cy + 17],
        ['C', cx - 7, cy + 17, cx - w + 3, cy + 10, cx - w - 0.5, cy - 2],
        ['Z'],
      ]);
    case 'short':
      return shape([
        ['M', cx - w + 1, cy + 2],
        ['C', cx - w + 2, cy + 18, cx - 8, cy + 27, cx, cy + 29],
        ['C', cx + 8, cy + 27, cx + w - 2, cy + 18, cx + w - 1, cy + 2],
        ['C', cx + w - 4, cy + 11, cx + 7, cy + 17, cx, cy + 17],
        ['C', cx - 7, cy + 17, cx - w + 4, cy + 11, cx - w + 1, cy + 2],
        ['Z'],
      ]);
    case 'tuft':
      return shape([
        ['M', cx - 4.5, cy + 17],
        ['C', cx - 2, cy + 18, cx + 2, cy + 18, cx + 4.5, cy + 17],
        ['C', cx + 4.5, cy + 23, cx + 2, cy + 28, cx, cy + 30],
        ['C', cx - 2, cy + 28, cx - 4.5, cy + 23, cx - 4.5, cy + 17],
        ['Z'],
      ]);
    case 'wedge':
      return shape([
        ['M', cx - 5.5, cy + 16],
        ['C', cx - 2, cy + 17.5, cx + 2, cy + 17.5, cx + 5.5, cy + 16],
        ['C', cx + 5, cy + 26, cx + 2, cy + 34, cx, cy + 39],
        ['C', cx - 2, cy + 34, cx - 5, cy + 26, cx - 5.5, cy + 16],
        ['Z'],
      ]);
  }
}

function moustache(h: Head, kind: Moustache, fill: string, p: Palette): string {
  const cx = h.cx + h.turn * 0.8;
  const cy = h.cy;
  /** A moustache from its half-width, the droop of its ends and its thickness. */
  const shape = (half: number, droop: number, thick: number): string =>
    path(
      d(
        ['M', cx - half, cy + 11 + droop],
        ['C', cx - half + 1, cy + 8, cx - 4, cy + 7.5, cx, cy + 9],
        ['C', cx + 4, cy + 7.5, cx + half - 1, cy + 8, cx + half, cy + 11 + droop],
        ['C', cx + half * 0.7, cy + 9 + thick, cx + 4, cy + 9 + thick, cx, cy + 9.5 + thick],
        ['C', cx - 4, cy + 9 + thick, cx - half * 0.7, cy + 9 + thick, cx - half, cy + 11 + droop],
        ['Z'],
      ),
      fill,
      p.outline,
    );
  switch (kind) {
    case 'heavy':
      return shape(11.5, 4.5, 3.4);
    case 'plain':
      return shape(8, 2, 2.5);
    case 'brush':
      // Clipped short and neat, but as wide as the mouth.
      return shape(6.5, 0.6, 2.6);
    case 'walrus':
      return shape(12.5, 6.5, 4);
    case 'trim':
      return shape(7, 1, 2.2);
    case 'wisp':
      return shape(6, 1, 1.4);
  }
}

function glasses(h: Head, kind: Glasses, p: Palette): string {
  const cx = h.cx + h.turn * 0.8;
  const ey = h.cy - 3;
  const rim = { fill: 'none', stroke: p.ink, 'stroke-width': 1.6 };
  const glints = [cx - 8, cx + 8]
    .map((x) =>
      line(d(['M', x - 3, ey - 1.2], ['Q', x - 2.2, ey - 2.8, x - 0.5, ey - 3]), p.cream, 1, {
        opacity: 0.9,
      }),
    )
    .join('');
  const arms = line(
    d(
      ['M', cx - 13.5, ey - 1],
      ['L', h.cx - h.w, ey - 2],
      ['M', cx + 13.5, ey - 1],
      ['L', h.cx + h.w, ey - 2],
    ),
    p.ink,
    1.3,
  );
  const bridge = line(d(['M', cx - 3, ey - 1], ['Q', cx, ey - 3.2, cx + 3, ey - 1]), p.ink, 1.4);
  switch (kind) {
    case 'pince-nez': {
      // No arms; a cord falls from one lens.
      const cord = line(
        d(['M', cx - 13, ey + 1], ['C', cx - 19, ey + 14, cx - 18, h.cy + 26, cx - 12, h.cy + 40]),
        p.ink,
        0.8,
      );
      return (
        el('ellipse', { cx: cx - 8, cy: ey, rx: 5, ry: 4.2, ...rim }) +
        el('ellipse', { cx: cx + 8, cy: ey, rx: 5, ry: 4.2, ...rim }) +
        bridge +
        glints +
        cord
      );
    }
    case 'round':
      return (
        el('circle', { cx: cx - 8, cy: ey, r: 5.3, ...rim }) +
        el('circle', { cx: cx + 8, cy: ey, r: 5.3, ...rim }) +
        bridge +
        arms +
        glints
      );
    case 'oval':
      return (
        el('ellipse', { cx: cx - 8, cy: ey, rx: 6, ry: 4.5, ...rim }) +
        el('ellipse', { cx: cx + 8, cy: ey, rx: 6, ry: 4.5, ...rim }) +
        bridge +
        arms +
        glints
      );
    case 'square':
      return (
        el('rect', { x: cx - 14, y: ey - 4, width: 11, height: 8, rx: 2, ...rim }) +
        el('rect', { x: cx + 3, y: ey - 4, width: 11, height: 8, rx: 2, ...rim }) +
        bridge +
        arms +
        glints
      );
  }
}

// ─── The speaker's gesture: a raised hand, the orator's diagonal ────────────────────────────────

function gesture(look: Look, p: Palette): string {
  const sleeve = path(
    d(['M', 88, 150], ['L', 108, 150], ['L', 112, 96], ['L', 100, 92], ['Z']),
    CLOTH[look.clothes](p),
    {
      stroke: p.outline.stroke ?? p.seam,
      'stroke-width': p.outline['stroke-width'] ?? 1.2,
      'stroke-linejoin': 'round',
    },
  );
  const cuff = path(d(['M', 99.5, 92], ['L', 112.5, 96], ['L', 113, 91], ['L', 100.5, 87], ['Z']), p.cream);
  const hand = path(
    d(
      ['M', 100, 88],
      ['C', 97, 80, 98, 70, 102, 66],
      ['C', 105, 63, 110, 64, 112, 67],
      ['C', 115, 72, 115, 82, 113, 90],
      ['Z'],
      ['M', 101, 82],
      ['C', 96, 80, 94, 76, 95, 74],
      ['C', 97, 73, 100, 76, 102, 78],
      ['Z'],
    ),
    p.face,
    { stroke: p.ink, 'stroke-width': 1.1, 'stroke-linejoin': 'round' },
  );
  const fingers = line(d(['M', 104, 66], ['L', 104.5, 74], ['M', 108, 65.5], ['L', 108, 74]), p.ink, 0.9);
  return sleeve + cuff + hand + fingers;
}

// ─── The empty chair ────────────────────────────────────────────────────────────────────────────

export interface ChairOptions {
  width?: number;
  height?: number;
  /** A black mourning band across the back (Lenin's chair after January 1924). */
  mourning?: boolean;
  contrast?: Contrast;
}

/** An empty chair seen from the front, in the portrait's 120 × 150 frame. */
export function chairSvg(options: ChairOptions = {}): string {
  const p = PALETTES[options.contrast ?? 'normal'];
  const wood = '#3b2c25';
  const edge = {
    stroke: p.cream,
    'stroke-width': options.contrast === 'high' ? 4 : 3,
    'stroke-linejoin': 'round',
  };
  const parts = [
    // The back: a tall panel with a rounded crest; the seat seen edge on; the legs.
    path(d(['M', 30, 124], ['L', 30, 44], ['C', 30, 26, 90, 26, 90, 44], ['L', 90, 124], ['Z']), wood, edge),
    line(
      d(['M', 40, 116], ['L', 40, 50], ['C', 40, 38, 80, 38, 80, 50], ['L', 80, 116], ['Z']),
      p.cream,
      1.2,
      {
        opacity: 0.5,
      },
    ),
    path(d(['M', 20, 124], ['L', 100, 124], ['L', 104, 134], ['L', 16, 134], ['Z']), wood, edge),
    path(d(['M', 22, 134], ['L', 22, 150], ['M', 98, 134], ['L', 98, 150]), 'none', edge),
  ];
  if (options.mourning) {
    // A band of black crape across the back, and a knot of red and black ribbon.
    parts.push(
      path(d(['M', 26, 62], ['L', 94, 50], ['L', 94, 68], ['L', 26, 80], ['Z']), p.ink, {
        stroke: p.cream,
        'stroke-width': 1.5,
      }),
      path(d(['M', 54, 62], ['L', 44, 92], ['L', 52, 88], ['L', 56, 96], ['L', 60, 64], ['Z']), p.red),
      path(d(['M', 62, 60], ['L', 74, 90], ['L', 66, 87], ['L', 63, 95], ['L', 58, 62], ['Z']), p.ink, {
        stroke: p.cream,
        'stroke-width': 1,
      }),
      el('circle', { cx: 59, cy: 60, r: 5, fill: p.red, stroke: p.cream, 'stroke-width': 1.2 }),
    );
  }
  const label = options.mourning ? 'An empty chair with a mourning band' : 'An empty chair';
  return svgRoot(options, label, {}, parts.join(''));
}
