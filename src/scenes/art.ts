/**
 * The poster art is files in assets/ (plain SVG, editable in a vector editor): a portrait of each
 * member with one named layer per pose, and the empty chair with its mourning band as a layer. The
 * build hashes them and the service worker precaches them. What varies is chosen by classes on the
 * file's root element, read by the file's own <style>: the pose ("speaking"), the look ("high", the
 * high-contrast palette as CSS variables), the band ("mourning"). This module only fetches a file and
 * sets those classes; it draws nothing.
 */
import type { Member } from './members.ts';

export type Pose = 'neutral' | 'speaking' | 'hostile';
export const POSES: readonly Pose[] = ['neutral', 'speaking', 'hostile'];

export type Contrast = 'normal' | 'high';

/** Every file's drawing is 120 × 150 units. */
export const PORTRAIT_VIEW = { width: 120, height: 150 } as const;

export type ArtFile = Lowercase<Member> | 'chair';

const URLS = import.meta.glob<string>('../../assets/portraits/*.svg', {
  query: '?no-inline',
  import: 'default',
  eager: true,
});

/** The built URL of an art file ("stalin" → "/assets/stalin-3f2a….svg"). */
export function artUrl(file: ArtFile): string {
  const url = URLS[`../../assets/portraits/${file}.svg`];
  if (url === undefined) throw new Error(`No art file assets/portraits/${file}.svg`);
  return url;
}

export const portraitFile = (member: Member): ArtFile => member.toLowerCase() as ArtFile;

const texts = new Map<ArtFile, Promise<string>>();

/** The file's text, fetched once (from the service worker's cache when offline). */
export function artText(file: ArtFile): Promise<string> {
  let text = texts.get(file);
  if (!text) {
    text = fetch(artUrl(file)).then(async (response) => {
      if (!response.ok) throw new Error(`assets/portraits/${file}.svg: ${String(response.status)}`);
      return response.text();
    });
    // A failed fetch is not kept: the next call tries again.
    text.catch(() => texts.delete(file));
    texts.set(file, text);
  }
  return text;
}

/**
 * The file as drawn with these classes on its root (its pose, look or band), at a width in pixels
 * (the height keeps the proportions).
 */
export function artVariant(svg: string, classes: readonly string[], width: number): string {
  const height = Math.round((width * PORTRAIT_VIEW.height) / PORTRAIT_VIEW.width);
  return svg.replace(/<svg\b([^>]*)>/, (_root, attrs: string) => {
    const sized = attrs
      .replace(/\swidth="[^"]*"/, ` width="${String(width)}"`)
      .replace(/\sheight="[^"]*"/, ` height="${String(height)}"`);
    return `<svg class="${classes.join(' ')}"${sized}>`;
  });
}

/** A data: URL of an SVG string, for an <img> or a texture. */
export const svgDataUrl = (svg: string): string =>
  `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
