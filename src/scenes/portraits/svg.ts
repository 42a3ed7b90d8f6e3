/** Tiny SVG string helpers: numbers are rounded, attribute values escaped. No DOM. */

export type Attrs = Record<string, string | number | undefined>;

const escapeAttr = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Rounds to two decimals so the strings stay short and stable. */
export const n = (x: number): string => String(Math.round(x * 100) / 100);

export function el(tag: string, attrs: Attrs, children = ''): string {
  const list = Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? n(v) : escapeAttr(v)}"`)
    .join('');
  return children === '' ? `<${tag}${list}/>` : `<${tag}${list}>${children}</${tag}>`;
}

export const g = (attrs: Attrs, ...children: string[]): string => el('g', attrs, children.join(''));

export const path = (d: string, fill: string, extra: Attrs = {}): string => el('path', { d, fill, ...extra });

/** One path command and its numbers: ['M', 10, 20] or ['C', x1, y1, x2, y2, x, y]; ['Z'] closes. */
export type Seg = readonly [string, ...number[]];

/** A path's d from segments: d(['M', 1, 2], ['L', 3, 4], ['Z']) → "M1 2L3 4Z". */
export function d(...segments: Seg[]): string {
  return segments.map(([cmd, ...nums]) => cmd + nums.map(n).join(' ')).join('');
}

export const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
