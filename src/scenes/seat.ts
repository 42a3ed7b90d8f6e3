/**
 * One seat at the table: the chair (empty, or in mourning), the member in it and their nameplate, struck
 * through when they fall, and the card they raise at a vote (drawn by voteCards.ts). It shows what the
 * table model says; it decides nothing.
 */
import type * as Phaser from 'phaser';

import type { SeatSpot } from './layout.ts';
import type { Member } from './members.ts';
import { hex, TIME } from './palette.ts';
import type { Stage } from './stage.ts';
import { isSeated, type SeatView, type TableView } from './tableModel.ts';
import type { PortraitTextures } from './textures.ts';

export class Seat {
  readonly spot: SeatSpot;
  readonly body: Phaser.GameObjects.Container;
  readonly chair: Phaser.GameObjects.Image;
  readonly portrait: Phaser.GameObjects.Image;
  readonly plate: Phaser.GameObjects.Container;
  readonly card: Phaser.GameObjects.Container;
  readonly cardFace: Phaser.GameObjects.Graphics;
  private readonly plateBg: Phaser.GameObjects.Graphics;
  private readonly plateText: Phaser.GameObjects.Text;
  private readonly strikeLine: Phaser.GameObjects.Graphics;
  /** The plate's drawn width (it grows with the name), in design units. */
  plateWidth: number;
  /** What the seat shows now (null until first drawn). */
  view: SeatView | null = null;
  private speaking = false;
  /**
   * A member who has just left: the struck nameplate stays on the empty chair through the beat that
   * tells of the fall (the seat changes just before that beat arrives), and goes at the one after.
   */
  struck = false;
  private struckAt = 0;
  /** The story's beat now, so that a strike knows when it happened. */
  private beat = -1;

  constructor(
    private readonly stage: Stage,
    readonly member: Member,
  ) {
    const { scene, layout } = stage;
    const spot = layout.seats[member];
    this.spot = spot;
    const { w, h } = layout.portrait;
    const depth = spot.front ? 30 : 10;
    // The chair stays put; the member (body) can get up and walk away from it.
    this.chair = scene.add
      .image(spot.x, spot.y, '__DEFAULT')
      .setDisplaySize(w, h)
      .setDepth(depth - 1)
      .setVisible(false);
    this.portrait = scene.add.image(0, 0, '__DEFAULT').setDisplaySize(w, h).setVisible(false);
    this.body = scene.add.container(spot.x, spot.y, [this.portrait]).setDepth(depth);

    const plate = layout.plate;
    this.plateWidth = plate.w;
    this.plateBg = scene.add.graphics();
    this.plateText = stage
      .text(0, 0, member.toUpperCase(), {
        size: plate.font,
        colour: stage.colours.text,
        bold: true,
        spacing: 0.5,
      })
      .setOrigin(0.5);
    this.strikeLine = scene.add.graphics();
    this.plate = scene.add
      .container(spot.plateX, spot.plateY, [this.plateBg, this.plateText, this.strikeLine])
      // Every nameplate over every portrait (bodies go up to 33): the speaker's portrait, enlarged, could
      // otherwise cover a neighbour's name (Stalin's over Lenin's mourning plate at 1280×800).
      .setDepth(spot.front ? 35 : 34)
      .setVisible(false);

    this.cardFace = scene.add.graphics();
    this.card = scene.add
      .container(spot.x + w * 0.34, spot.y, [this.cardFace])
      .setDepth(40)
      .setVisible(false);
  }

  /**
   * Whether the seat is drawn at all. Until the faces' textures exist it is not: a table of bare
   * nameplates is no table (the room, the cloth and the meters are drawn meanwhile). The main camera
   * skips the seat's objects, so what the seat shows goes on being kept up to date underneath.
   */
  setDrawn(drawn: boolean): void {
    const camera = this.stage.scene.cameras.main;
    for (const part of [this.chair, this.body, this.plate, this.card]) {
      if (drawn) part.cameraFilter &= ~camera.id;
      else camera.ignore(part);
    }
  }

  /** The faces, once their textures exist; the first time they fade in rather than pop. */
  applyTextures(textures: PortraitTextures, fade: boolean): void {
    const { w, h } = this.stage.layout.portrait;
    const mourning = this.view?.state === 'mourning';
    this.chair.setTexture(textures.chairKey(mourning ? 'mourning' : 'chair')).setDisplaySize(w, h);
    this.portrait
      .setTexture(textures.portraitKey(this.member, this.view?.pose ?? 'neutral'))
      .setDisplaySize(w, h);
    for (const image of [this.chair, this.portrait]) {
      image.setVisible(true);
      if (fade && image.alpha > 0) {
        const alpha = image.alpha;
        image.setAlpha(0);
        this.stage.animate('faces', { targets: image, alpha, duration: 350 });
      }
    }
  }

  /** What the seat shows at this beat; `order` staggers arrivals when a run starts. */
  show(view: TableView, beat: number, textures: PortraitTextures, motion: boolean, order: number): void {
    this.beat = beat;
    const next = view.seats[this.member];
    const prev = this.view;
    this.view = next;
    // At an ending everyone gone since the run began keeps his name struck over his empty chair (one who
    // walks out at this very beat is struck as he goes).
    if (next.gone && !this.struck && !(motion && prev !== null && isSeated(prev.state))) this.strike(false);
    const { w, h } = this.stage.layout.portrait;
    if (textures.ready()) {
      this.portrait.setTexture(textures.portraitKey(this.member, next.pose)).setDisplaySize(w, h);
      this.chair
        .setTexture(textures.chairKey(next.state === 'mourning' ? 'mourning' : 'chair'))
        .setDisplaySize(w, h);
    }
    const speaking = view.speaker === this.member;
    this.drawPlate(next, speaking);

    const wasSeated = prev !== null && isSeated(prev.state);
    const seated = isSeated(next.state);
    const scale = (speaking ? 1.14 : 1) * (next.state === 'candidate' ? 0.88 : 1);
    this.body.setDepth((this.spot.front ? 30 : 10) + (speaking ? 3 : 0));

    if (!motion || prev === null) {
      this.stage.scene.tweens.killTweensOf([this.body, this.portrait, this.chair]);
      this.body.setPosition(this.spot.x, this.spot.y).setScale(scale);
      this.portrait.setAlpha(seated ? (next.state === 'candidate' ? 0.85 : 1) : 0);
      this.chair.setAlpha(chairAlpha(next));
      this.plate.setVisible(seated || next.state === 'mourning' || (this.struck && !seated));
      if (view.started && wasSeated && !seated && next.state !== 'mourning') this.strike(false);
      this.speaking = speaking;
      return;
    }
    if (wasSeated && !seated) this.walkOut(next);
    else if (!wasSeated && seated) this.arrive(next, scale, order);
    else if (seated) {
      if (prev.state !== next.state || speaking !== this.speaking) {
        this.stage.animate('speaker', {
          targets: this.body,
          scale,
          duration: TIME.speaker,
          ease: 'Back.easeOut',
        });
        this.stage.animate('seat', {
          targets: this.portrait,
          alpha: next.state === 'candidate' ? 0.85 : 1,
          duration: TIME.speaker,
        });
      }
      this.plate.setVisible(true);
    } else {
      this.portrait.setAlpha(0);
      this.chair.setAlpha(chairAlpha(next));
      this.plate.setVisible(next.state === 'mourning' || this.struck);
    }
    this.speaking = speaking;
  }

  /** A member who falls: the nameplate is struck through, and they get up and go. */
  private walkOut(next: SeatView): void {
    const { outX, outY } = this.spot;
    const away = this.stage.layout.portrait.w * 0.9;
    const mourning = next.state === 'mourning';
    if (!mourning) this.strike(true);
    this.plate.setVisible(true);
    this.stage.animate('walkout', {
      targets: this.body,
      x: this.spot.x + outX * (mourning ? 0 : away),
      y: this.spot.y + outY * (mourning ? 0 : away) - (mourning ? 0 : 6),
      scale: mourning ? 1 : 0.9,
      delay: mourning ? 0 : 350,
      duration: mourning ? 1400 : TIME.walk,
      ease: 'Quad.easeIn',
    });
    this.stage.animate('walkout', {
      targets: this.portrait,
      alpha: 0,
      delay: mourning ? 0 : 500,
      duration: mourning ? 1400 : TIME.walk - 150,
      ease: 'Quad.easeIn',
      onComplete: () => {
        this.body.setPosition(this.spot.x, this.spot.y).setScale(1);
      },
    });
    this.chair.setAlpha(0);
    this.stage.animate('walkout', {
      targets: this.chair,
      alpha: chairAlpha(next),
      delay: mourning ? 600 : TIME.walk + 200,
      duration: 600,
    });
  }

  /** A newcomer walks in from outside and sits down. */
  private arrive(next: SeatView, scale: number, order: number): void {
    const { outX, outY } = this.spot;
    const away = this.stage.layout.portrait.w * 0.9;
    this.body.setPosition(this.spot.x + outX * away, this.spot.y + outY * away).setScale(scale * 0.9);
    this.portrait.setAlpha(0);
    this.plate.setVisible(true).setAlpha(0);
    const delay = order * TIME.stagger;
    this.stage.animate('arrive', {
      targets: this.body,
      x: this.spot.x,
      y: this.spot.y,
      scale,
      delay,
      duration: TIME.arrive,
      ease: 'Cubic.easeOut',
    });
    this.stage.animate('arrive', {
      targets: this.portrait,
      alpha: next.state === 'candidate' ? 0.85 : 1,
      delay,
      duration: TIME.arrive * 0.7,
    });
    this.stage.animate('arrive', {
      targets: this.plate,
      alpha: 1,
      delay: delay + TIME.arrive * 0.6,
      duration: 300,
    });
    this.stage.animate('arrive', { targets: this.chair, alpha: 0, delay, duration: 300 });
  }

  private drawPlate(view: SeatView, speaking: boolean): void {
    const { colours: c, layout } = this.stage;
    const { w, h } = layout.plate;
    const candidate = view.state === 'candidate' && !speaking;
    const mourning = view.state === 'mourning';
    // The speaker's plate turns red; yours is cream with red letters; candidates' are outlined.
    const fill = speaking ? c.red : view.you ? c.cream : c.ink;
    const ink = candidate ? c.grey : view.you && !speaking ? c.red : c.cream;
    this.plateText.setText(mourning ? 'LENIN 1870–1924' : this.member.toUpperCase()).setColor(hex(ink));
    this.plateText.setScale(candidate ? 0.88 : 1);
    const width = Math.max(w, this.plateText.width * this.plateText.scaleX + h * 0.9);
    const g = this.plateBg.clear();
    g.fillStyle(fill, candidate ? 0.85 : 1).fillRect(-width / 2, -h / 2, width, h);
    const edge = candidate ? c.grey : view.you && !speaking ? c.red : c.cream;
    g.lineStyle(this.stage.high ? 2.5 : 1.5, edge, 1).strokeRect(-width / 2, -h / 2, width, h);
    // A wide plate at the end of the table stays inside the picture.
    const x = Math.min(layout.width - width / 2 - 2, Math.max(width / 2 + 2, this.spot.plateX));
    this.plateWidth = width;
    this.plate.setPosition(x, this.spot.plateY).setAlpha(this.struck ? 0.75 : 1);
  }

  /** The name struck through in red, as the member falls. */
  private strike(motion: boolean): void {
    this.struck = true;
    this.struckAt = this.beat;
    const { plate } = this.stage.layout;
    const width = Math.max(plate.w, this.plateText.width + plate.h) * 0.55;
    const g = this.strikeLine.clear();
    g.lineStyle(Math.max(2.5, plate.h * 0.14), this.stage.colours.red, 1).lineBetween(-width, 2, width, -2);
    this.plate.setVisible(true);
    if (motion) {
      this.strikeLine.setScale(0, 1);
      this.stage.animate('walkout', {
        targets: this.strikeLine,
        scaleX: 1,
        duration: 320,
        ease: 'Quad.easeOut',
      });
    } else this.strikeLine.setScale(1, 1);
  }

  /**
   * A struck plate goes one beat after the fall (at once when the run starts over, or goes back to
   * before the fall); at an ending it stays (show() strikes every member gone since the start).
   */
  clearStruck(beat: number, now = false): void {
    this.beat = beat;
    if (!this.struck || (!now && beat >= this.struckAt && beat <= this.struckAt + 1)) return;
    this.struck = false;
    this.strikeLine.clear();
    if (this.view && !isSeated(this.view.state) && this.view.state !== 'mourning')
      this.plate.setVisible(false);
    this.plate.setAlpha(1);
  }
}

function chairAlpha(view: SeatView): number {
  if (isSeated(view.state)) return 0;
  if (view.state === 'mourning' || view.member === 'Lenin') return 1;
  return 0.38;
}
