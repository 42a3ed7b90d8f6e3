/**
 * Turns the portrait files (assets/portraits, art.ts) into Phaser textures at the pixel size the screen
 * needs (device pixels, so a projector and a phone both get crisp faces). Each pose is decoded once into
 * a canvas: drawing a canvas is cheap every frame, re-rasterising an SVG is not.
 */
import type * as Phaser from 'phaser';

import {
  type ArtFile,
  artText,
  artVariant,
  type Contrast,
  type Pose,
  PORTRAIT_VIEW,
  portraitFile,
  POSES,
  svgDataUrl,
} from './art.ts';
import { type Member, MEMBERS } from './members.ts';

export type ChairKind = 'chair' | 'mourning';

/** Texture widths come in steps, so small resizes reuse what is loaded. */
const STEP = 24;
/** 41 faces and chairs at this width are about 30 MB of pixels: sharp enough for a 4K projector. */
const MAX_PIXELS = 384;

export function texturePixels(displayWidth: number, zoom: number): number {
  return Math.min(MAX_PIXELS, Math.max(STEP, Math.ceil((displayWidth * zoom) / STEP) * STEP));
}

export class PortraitTextures {
  private pixels = 0;
  private contrast: Contrast = 'normal';
  private readonly loading = new Map<string, Promise<void>>();

  constructor(private readonly textures: Phaser.Textures.TextureManager) {}

  portraitKey(member: Member, pose: Pose): string {
    return `portrait|${member}|${pose}|${this.contrast}|${String(this.pixels)}`;
  }

  chairKey(kind: ChairKind): string {
    return `chair|${kind}|${this.contrast}|${String(this.pixels)}`;
  }

  /** Whether every texture for the current size and contrast is in the texture manager. */
  ready(): boolean {
    return this.allKeys().every((k) => this.textures.exists(k));
  }

  /**
   * Switches to a new size or contrast and loads what is missing. Resolves once all textures for the
   * new settings exist; until then the keys for the previous settings stay valid.
   */
  async use(pixels: number, contrast: Contrast): Promise<boolean> {
    if (pixels === this.pixels && contrast === this.contrast && this.ready()) return false;
    const previous = { pixels: this.pixels, contrast: this.contrast };
    const jobs: Promise<void>[] = [];
    for (const member of MEMBERS) {
      for (const pose of POSES) {
        const key = `portrait|${member}|${pose}|${contrast}|${String(pixels)}`;
        jobs.push(this.load(key, portraitFile(member), [pose, contrast], pixels));
      }
    }
    for (const kind of ['chair', 'mourning'] as const) {
      const key = `chair|${kind}|${contrast}|${String(pixels)}`;
      jobs.push(this.load(key, 'chair', [kind, contrast], pixels));
    }
    await Promise.all(jobs);
    this.pixels = pixels;
    this.contrast = contrast;
    if (previous.pixels !== 0 && (previous.pixels !== pixels || previous.contrast !== contrast)) {
      this.drop(previous.pixels, previous.contrast);
    }
    return true;
  }

  private allKeys(): string[] {
    if (this.pixels === 0) return ['-'];
    return [
      ...MEMBERS.flatMap((m) => POSES.map((p) => this.portraitKey(m, p))),
      this.chairKey('chair'),
      this.chairKey('mourning'),
    ];
  }

  private load(key: string, file: ArtFile, classes: string[], pixels: number): Promise<void> {
    if (this.textures.exists(key)) return Promise.resolve();
    const pending = this.loading.get(key);
    if (pending) return pending;
    const job = artText(file)
      .then((svg) => rasterise(artVariant(svg, classes, pixels), pixels))
      .then(
        (canvas) => {
          this.loading.delete(key);
          if (!this.textures.exists(key)) this.textures.addCanvas(key, canvas);
        },
        (error: unknown) => {
          this.loading.delete(key);
          throw error;
        },
      );
    this.loading.set(key, job);
    return job;
  }

  private drop(pixels: number, contrast: Contrast): void {
    const suffix = `|${contrast}|${String(pixels)}`;
    for (const key of this.textures.getTextureKeys()) {
      if ((key.startsWith('portrait|') || key.startsWith('chair|')) && key.endsWith(suffix)) {
        this.textures.remove(key);
      }
    }
  }
}

async function rasterise(svg: string, width: number): Promise<HTMLCanvasElement> {
  const height = Math.round((width * PORTRAIT_VIEW.height) / PORTRAIT_VIEW.width);
  const image = new Image(width, height);
  image.src = svgDataUrl(svg);
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')?.drawImage(image, 0, 0, width, height);
  return canvas;
}
