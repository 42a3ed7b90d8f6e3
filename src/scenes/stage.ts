/**
 * What every object at the table shares: the scene, its layout and colours, a maker of crisp text, and
 * the animator that keeps count of what is moving (so the game loop can sleep when nothing does).
 */
import * as Phaser from 'phaser';

import type { Contrast } from './art.ts';
import type { TableLayout } from './layout.ts';
import { type Colours, COLOURS, HEAD_FONT } from './palette.ts';

export interface TableSettings {
  reducedMotion: boolean;
  contrast: Contrast;
}

export interface TextStyle {
  size: number;
  colour: string;
  font?: string;
  bold?: boolean;
  italic?: boolean;
  spacing?: number;
}

/** Phaser measures a font by drawing it; one measurement per font is enough. */
const fontMetrics = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

export class Stage {
  /** Kinds of animation running now ("vote", "walkout"…), with how many tweens each. */
  readonly running = new Map<string, number>();
  private readonly texts: Phaser.GameObjects.Text[] = [];

  constructor(
    readonly scene: Phaser.Scene,
    public layout: TableLayout,
    public zoom: number,
    public settings: TableSettings,
    private readonly onMove: () => void,
  ) {}

  get colours(): Colours {
    return COLOURS[this.settings.contrast];
  }

  get high(): boolean {
    return this.settings.contrast === 'high';
  }

  text(x: number, y: number, content: string, style: TextStyle): Phaser.GameObjects.Text {
    const fontFamily = style.font ?? HEAD_FONT;
    const fontSize = `${String(style.size)}px`;
    const fontStyle = [style.italic ? 'italic' : '', style.bold ? 'bold' : ''].join(' ').trim() || 'normal';
    const font = `${fontStyle} ${fontSize} ${fontFamily}`;
    const metrics = fontMetrics.get(font);
    const t = this.scene.add.text(x, y, content, {
      fontFamily,
      fontSize,
      fontStyle,
      color: style.colour,
      align: 'center',
      resolution: this.zoom,
      ...(metrics ? { metrics } : {}),
    });
    if (!metrics) fontMetrics.set(font, t.getTextMetrics());
    if (style.spacing) t.setLetterSpacing(style.spacing);
    this.texts.push(t);
    return t;
  }

  /** Text stays sharp at the new zoom. */
  setZoom(zoom: number): void {
    this.zoom = zoom;
    for (const t of this.texts) t.setResolution(zoom);
  }

  /** Everything is about to be rebuilt. */
  clear(): void {
    this.scene.tweens.killAll();
    this.running.clear();
    this.scene.children.removeAll(true);
    this.texts.length = 0;
  }

  animate(kind: string, config: Phaser.Types.Tweens.TweenBuilderConfig): void {
    this.running.set(kind, (this.running.get(kind) ?? 0) + 1);
    this.onMove();
    this.scene.tweens.add(config);
  }

  finishAnimations(): void {
    for (const tween of this.scene.tweens.getTweens()) tween.complete();
    this.running.clear();
  }
}
