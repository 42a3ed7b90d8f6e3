/**
 * The Politburo table: who sits there, who is speaking, who has turned against you, how each faction's
 * support moves and why, and the votes. It reads the store and holds no rules (tableModel.ts decides
 * what to show). The game loop sleeps whenever nothing moves.
 */
import * as Phaser from 'phaser';

import type { GameState } from '../core/gameState.ts';
import { type MeterId, METERS } from '../model/meters.ts';
import type { Store } from '../core/store.ts';
import type { SeatSpot, TableLayout } from './layout.ts';
import { type Member, MEMBERS } from './portraits/looks.ts';
import type { Contrast } from './portraits/portraitSvg.ts';
import {
  isSeated,
  type MeterChange,
  meterChanges,
  newVote,
  type SeatView,
  tableView,
  type TableView,
  type Vote,
  voteCards,
} from './tableModel.ts';
import { PortraitTextures, texturePixels } from './textures.ts';

export const SCENE_KEY = 'Politburo';

export interface TableSettings {
  reducedMotion: boolean;
  contrast: Contrast;
}

/** A small read-only summary of what the table shows, mirrored as data- attributes for tests. */
export interface TableStatus {
  speaker: string;
  seated: string[];
  animating: string[];
  votes: number;
  vote: string;
}

export interface SceneData {
  store: Store<GameState>;
  layout: TableLayout;
  zoom: number;
  settings: TableSettings;
  onStatus: (status: TableStatus) => void;
}

interface Colours {
  room: number;
  band: number;
  ink: number;
  cream: number;
  red: number;
  redDark: number;
  grey: number;
  table: number;
  panel: number;
  good: string;
  bad: string;
  text: string;
  dim: string;
  outline: number;
}

const COLOURS: Record<Contrast, Colours> = {
  normal: {
    room: 0x231b18,
    band: 0x8c1020,
    ink: 0x1a1614,
    cream: 0xf1e6cf,
    red: 0xc8102e,
    redDark: 0x6e0c1b,
    grey: 0x8a7f74,
    table: 0xeee2c8,
    panel: 0x14100e,
    good: '#1a1614',
    bad: '#f1e6cf',
    text: '#f1e6cf',
    dim: '#a89c8e',
    outline: 4,
  },
  high: {
    room: 0x000000,
    band: 0x9e0016,
    ink: 0x000000,
    cream: 0xffffff,
    red: 0xd0021b,
    redDark: 0x5a0010,
    grey: 0xbbbbbb,
    table: 0xffffff,
    panel: 0x000000,
    good: '#000000',
    bad: '#ffffff',
    text: '#ffffff',
    dim: '#dddddd',
    outline: 6,
  },
};

const HEAD_FONT =
  '"Arial Narrow", "Liberation Sans Narrow", "Roboto Condensed", "Helvetica Neue", Arial, sans-serif';
const SERIF = 'Georgia, "Times New Roman", serif';

/** How long things take, in ms (no motion at all when the player asks for reduced motion). */
const TIME = { walk: 1100, arrive: 800, stagger: 70, speaker: 220, meter: 900, cardUp: 360, cardHold: 1100 };

interface Seat {
  member: Member;
  spot: SeatSpot;
  body: Phaser.GameObjects.Container;
  chair: Phaser.GameObjects.Image;
  portrait: Phaser.GameObjects.Image;
  plate: Phaser.GameObjects.Container;
  plateBg: Phaser.GameObjects.Graphics;
  plateText: Phaser.GameObjects.Text;
  strike: Phaser.GameObjects.Graphics;
  card: Phaser.GameObjects.Container;
  cardFace: Phaser.GameObjects.Graphics;
  /** What the seat shows now (null until first drawn). */
  view: SeatView | null;
  speaking: boolean;
  /**
   * A member who has just left: the struck nameplate stays on the empty chair through the beat that
   * tells of the fall (the seat changes just before that beat arrives), and goes at the one after.
   */
  struck: boolean;
  struckAt: number;
}

interface MeterRow {
  id: MeterId;
  label: Phaser.GameObjects.Text;
  track: Phaser.GameObjects.Rectangle;
  ghost: Phaser.GameObjects.Rectangle;
  fill: Phaser.GameObjects.Rectangle;
  value: Phaser.GameObjects.Text;
  chip: Phaser.GameObjects.Graphics;
  chipText: Phaser.GameObjects.Text;
  cause: Phaser.GameObjects.Text;
  /** What the faction is, shown before a run starts. */
  about: Phaser.GameObjects.Text;
  shown: number;
}

interface Centre {
  box: Phaser.GameObjects.Container;
  /** The game's name, on the title screen, in place of the year. */
  title: Phaser.GameObjects.Text;
  year: Phaser.GameObjects.Text;
  date: Phaser.GameObjects.Text;
  detail: Phaser.GameObjects.Text;
  vote: Phaser.GameObjects.Container;
  forum: Phaser.GameObjects.Text;
  ayes: Phaser.GameObjects.Text;
  noes: Phaser.GameObjects.Text;
  tally: Phaser.GameObjects.Graphics;
}

export class PolitburoScene extends Phaser.Scene {
  private store!: Store<GameState>;
  private layout!: TableLayout;
  private zoom = 1;
  private settings: TableSettings = { reducedMotion: false, contrast: 'normal' };
  private onStatus: (status: TableStatus) => void = () => undefined;
  private unsubscribe: (() => void) | null = null;
  private textures_!: PortraitTextures;
  private readonly seats = new Map<Member, Seat>();
  private readonly rows = new Map<MeterId, MeterRow>();
  private readonly texts: Phaser.GameObjects.Text[] = [];
  private centre!: Centre;
  private meterTitle: Phaser.GameObjects.Text | null = null;
  private view: TableView | null = null;
  private beat = -1;
  private votes = 0;
  private lastVote = '';
  private readonly running = new Map<string, number>();
  private idleFrames = 0;
  private texturesShown = false;

  constructor() {
    super(SCENE_KEY);
  }

  init(data: SceneData): void {
    this.store = data.store;
    this.layout = data.layout;
    this.zoom = data.zoom;
    this.settings = data.settings;
    this.onStatus = data.onStatus;
  }

  create(): void {
    this.textures_ = new PortraitTextures(this.textures);
    this.build();
    this.unsubscribe = this.store.subscribe((state, previous) => {
      this.game.loop.wake();
      this.show(state, previous);
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.unsubscribe?.());
    this.show(this.store.get(), null);
    // The faces are drawn after the first frame, so the table appears as soon as it can.
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      void this.loadTextures();
    });
  }

  /** Sleep the loop once nothing has moved for a few frames; the store, a resize or a setting wakes it. */
  override update(): void {
    const busy = this.tweens.getTweens().length > 0;
    this.idleFrames = busy ? 0 : this.idleFrames + 1;
    if (this.idleFrames === 2 && this.running.size > 0) {
      this.running.clear();
      this.report();
    }
    if (this.idleFrames > 3) {
      this.idleFrames = 0;
      this.game.loop.sleep();
    }
  }

  /** A new size on screen: the same design, drawn at a new zoom, or a new layout altogether. */
  resize(layout: TableLayout, zoom: number): void {
    const rebuild = layout.variant !== this.layout.variant || layout.height !== this.layout.height;
    this.layout = layout;
    this.zoom = zoom;
    if (rebuild) this.rebuild();
    else this.applyZoom();
    void this.loadTextures();
    this.game.loop.wake();
  }

  applySettings(settings: TableSettings): void {
    const contrastChanged = settings.contrast !== this.settings.contrast;
    this.settings = settings;
    if (settings.reducedMotion) this.finishAnimations();
    if (contrastChanged) {
      this.rebuild();
      void this.loadTextures();
    }
    this.game.loop.wake();
  }

  // ─── Building ─────────────────────────────────────────────────────────────────────────────────

  private get colours(): Colours {
    return COLOURS[this.settings.contrast];
  }

  private rebuild(): void {
    this.tweens.killAll();
    this.running.clear();
    this.children.removeAll(true);
    this.seats.clear();
    this.rows.clear();
    this.texts.length = 0;
    this.meterTitle = null;
    this.view = null;
    this.texturesShown = false;
    this.build();
    this.applyTextures();
    this.show(this.store.get(), null);
  }

  private build(): void {
    this.cameras.main.setBackgroundColor(this.colours.room);
    this.applyZoom();
    this.drawRoom();
    for (const member of MEMBERS) this.seats.set(member, this.createSeat(member));
    this.centre = this.createCentre();
    if (this.layout.meters) this.createMeters();
  }

  private applyZoom(): void {
    const cam = this.cameras.main;
    cam.setSize(Math.round(this.layout.width * this.zoom), Math.round(this.layout.height * this.zoom));
    cam.setZoom(this.zoom);
    cam.centerOn(this.layout.width / 2, this.layout.height / 2);
    for (const t of this.texts) t.setResolution(this.zoom);
  }

  private text(
    x: number,
    y: number,
    content: string,
    style: {
      size: number;
      colour: string;
      font?: string;
      bold?: boolean;
      italic?: boolean;
      spacing?: number;
    },
  ): Phaser.GameObjects.Text {
    const fontFamily = style.font ?? HEAD_FONT;
    const fontSize = `${String(style.size)}px`;
    const fontStyle = [style.italic ? 'italic' : '', style.bold ? 'bold' : ''].join(' ').trim() || 'normal';
    // Phaser measures a font by drawing it; one measurement per font is enough.
    const font = `${fontStyle} ${fontSize} ${fontFamily}`;
    const metrics = fontMetrics.get(font);
    const t = this.add.text(x, y, content, {
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

  private drawRoom(): void {
    const { width, height, table } = this.layout;
    const c = this.colours;
    const zoneBottom = this.layout.meters ? this.layout.meters.top : height;
    const g = this.add.graphics().setDepth(0);
    // A constructivist diagonal: a red band cutting up through the room behind the table.
    g.fillStyle(c.band, 1).fillPoints(
      [
        new Phaser.Math.Vector2(width * 0.6, 0),
        new Phaser.Math.Vector2(width * 0.8, 0),
        new Phaser.Math.Vector2(width * 0.34, zoneBottom),
        new Phaser.Math.Vector2(width * 0.14, zoneBottom),
      ],
      true,
    );
    // The table: its shadow, the cloth, a red rule inside the edge.
    const t = this.add.graphics().setDepth(20);
    t.fillStyle(0x000000, 0.45).fillEllipse(table.x, table.y + 12, table.rx * 2 + 10, table.ry * 2 + 8);
    t.fillStyle(c.table, 1).fillEllipse(table.x, table.y, table.rx * 2, table.ry * 2);
    t.lineStyle(c.outline, c.ink, 1).strokeEllipse(table.x, table.y, table.rx * 2, table.ry * 2);
    t.lineStyle(3, c.red, 1).strokeEllipse(table.x, table.y, table.rx * 2 - 26, table.ry * 2 - 22);
  }

  private createSeat(member: Member): Seat {
    const spot = this.layout.seats[member];
    const { w, h } = this.layout.portrait;
    const depth = spot.front ? 30 : 10;
    // The chair stays put; the member (body) can get up and walk away from it.
    const chair = this.add
      .image(spot.x, spot.y, '__DEFAULT')
      .setDisplaySize(w, h)
      .setDepth(depth - 1)
      .setVisible(false);
    const portrait = this.add.image(0, 0, '__DEFAULT').setDisplaySize(w, h).setVisible(false);
    const body = this.add.container(spot.x, spot.y, [portrait]).setDepth(depth);

    const plate = this.layout.plate;
    const plateBg = this.add.graphics();
    const plateText = this.text(0, 0, member.toUpperCase(), {
      size: plate.font,
      colour: this.colours.text,
      bold: true,
      spacing: 0.5,
    }).setOrigin(0.5);
    const strike = this.add.graphics();
    const plateBox = this.add
      .container(spot.plateX, spot.plateY, [plateBg, plateText, strike])
      .setDepth(spot.front ? 35 : 25)
      .setVisible(false);

    const cardFace = this.add.graphics();
    const card = this.add
      .container(spot.x + w * 0.34, spot.y, [cardFace])
      .setDepth(40)
      .setVisible(false);
    return {
      member,
      spot,
      body,
      chair,
      portrait,
      plate: plateBox,
      plateBg,
      plateText,
      strike,
      card,
      cardFace,
      view: null,
      speaking: false,
      struck: false,
      struckAt: 0,
    };
  }

  private createCentre(): Centre {
    const { centre } = this.layout;
    const c = this.colours;
    const red = hex(c.red);
    const ink = hex(c.ink);
    const year = this.text(0, -centre.big * 0.42, '', {
      size: centre.big,
      colour: red,
      bold: true,
      spacing: 2,
    }).setOrigin(0.5);
    const title = this.text(0, -centre.big * 0.3, 'THE EMPTY CHAIR', {
      size: Math.round(centre.big * 0.62),
      colour: red,
      bold: true,
      spacing: 2,
    }).setOrigin(0.5);
    const date = this.text(0, centre.big * 0.2, '', {
      size: centre.line,
      colour: ink,
      font: SERIF,
    }).setOrigin(0.5, 0);
    const detail = this.text(0, centre.big * 0.2 + centre.line * 1.5, '', {
      size: centre.small,
      colour: ink,
      spacing: 1,
    }).setOrigin(0.5, 0);
    detail.setLineSpacing(2);
    const forum = this.text(0, -centre.big * 0.7, '', {
      size: centre.small,
      colour: ink,
      bold: true,
      spacing: 1.5,
    }).setOrigin(0.5);
    const ayes = this.text(-centre.width * 0.04, -centre.big * 0.12, '', {
      size: centre.big * 0.62,
      colour: red,
      bold: true,
    }).setOrigin(1, 0.5);
    const noes = this.text(centre.width * 0.04, -centre.big * 0.12, '', {
      size: centre.big * 0.62,
      colour: ink,
      bold: true,
    }).setOrigin(0, 0.5);
    const tally = this.add.graphics();
    const vote = this.add.container(0, 0, [forum, ayes, noes, tally]).setVisible(false);
    const box = this.add.container(centre.x, centre.y, [title, year, date, detail, vote]).setDepth(22);
    return { box, title, year, date, detail, vote, forum, ayes, noes, tally };
  }

  private createMeters(): void {
    const m = this.layout.meters;
    if (!m) return;
    const c = this.colours;
    const { width, height } = this.layout;
    const g = this.add.graphics().setDepth(50);
    g.fillStyle(c.panel, 1).fillRect(0, m.top, width, height - m.top);
    g.fillStyle(c.red, 1).fillRect(0, m.top, width, 5);
    g.fillStyle(c.red, 1).fillRect(m.labelX, m.titleY - 9, 8, 18);
    this.meterTitle = this.text(m.labelX + 16, m.titleY, 'SUPPORT FOR YOU', {
      size: m.font,
      colour: c.text,
      bold: true,
      spacing: 2,
    })
      .setOrigin(0, 0.5)
      .setDepth(51);
    METERS.forEach((meter, i) => {
      const y = m.rowY + i * m.rowHeight;
      const label = this.text(m.labelX, y, meter.label, { size: m.font, colour: c.text, font: SERIF })
        .setOrigin(0, 0.5)
        .setDepth(51);
      const track = this.add
        .rectangle(m.barX, y, m.barWidth, m.barHeight, 0xffffff, 0.12)
        .setOrigin(0, 0.5)
        .setDepth(51);
      const ghost = this.add
        .rectangle(m.barX, y, m.barWidth, m.barHeight, c.cream, 0.8)
        .setOrigin(0, 0.5)
        .setDepth(51)
        .setScale(0, 1);
      const fill = this.add
        .rectangle(m.barX, y, m.barWidth, m.barHeight, meter.id === 'suspicion' ? c.grey : c.red)
        .setOrigin(0, 0.5)
        .setDepth(52)
        .setScale(0, 1);
      const value = this.text(m.valueX, y, '0', { size: m.font, colour: c.text, bold: true })
        .setOrigin(1, 0.5)
        .setDepth(52);
      const chip = this.add.graphics().setDepth(52);
      const chipText = this.text(m.changeX + 24, y, '', { size: m.smallFont, colour: c.good, bold: true })
        .setOrigin(0.5)
        .setDepth(53);
      const cause = this.text(m.changeX + 54, y, '', {
        size: m.smallFont,
        colour: c.dim,
        font: SERIF,
        italic: true,
      })
        .setOrigin(0, 0.5)
        .setDepth(53);
      const about = this.text(m.barX, y, truncate(meter.about, 56), {
        size: m.smallFont,
        colour: c.dim,
        font: SERIF,
        italic: true,
      })
        .setOrigin(0, 0.5)
        .setDepth(51);
      this.rows.set(meter.id, {
        id: meter.id,
        label,
        track,
        ghost,
        fill,
        value,
        chip,
        chipText,
        cause,
        about,
        shown: 0,
      });
    });
  }

  // ─── Textures ─────────────────────────────────────────────────────────────────────────────────

  private async loadTextures(): Promise<void> {
    const pixels = texturePixels(this.layout.portrait.w * 1.15, this.zoom);
    const changed = await this.textures_.use(pixels, this.settings.contrast);
    if (changed || !this.texturesShown) {
      this.applyTextures();
      this.game.loop.wake();
    }
  }

  private applyTextures(): void {
    if (!this.textures_.ready()) return;
    // The first time, the faces fade in rather than pop.
    const fade = !this.texturesShown && !this.settings.reducedMotion;
    this.texturesShown = true;
    const { w, h } = this.layout.portrait;
    for (const seat of this.seats.values()) {
      const view = seat.view;
      const mourning = view?.state === 'mourning';
      seat.chair.setTexture(this.textures_.chairKey(mourning ? 'mourning' : 'chair')).setDisplaySize(w, h);
      seat.portrait
        .setTexture(this.textures_.portraitKey(seat.member, view?.pose ?? 'neutral'))
        .setDisplaySize(w, h);
      for (const image of [seat.chair, seat.portrait]) {
        image.setVisible(true);
        if (fade && image.alpha > 0) {
          const alpha = image.alpha;
          image.setAlpha(0);
          this.animate('faces', { targets: image, alpha, duration: 350 });
        }
      }
    }
  }

  // ─── Showing the state ────────────────────────────────────────────────────────────────────────

  private show(state: GameState, previous: GameState | null): void {
    const view = tableView(state);
    const before = this.view;
    this.view = view;
    const newBeat = state.beat !== this.beat;
    this.beat = state.beat;
    // Back to the title or a new run: the table clears at once, nobody is struck off.
    const reset = before !== null && before.started && !view.started;
    const motion = !this.settings.reducedMotion && previous !== null && !reset;
    // Everyone takes their seats when a run starts; later changes are the story's.
    const opening = before !== null && !before.started && view.started;

    if (newBeat || reset) for (const seat of this.seats.values()) this.clearStruck(seat, reset);
    let order = 0;
    for (const member of MEMBERS) {
      const seat = this.seats.get(member);
      if (seat) this.showSeat(seat, view, motion, opening ? order++ : 0);
    }
    this.showCentre(view);
    this.showMeters(state, previous, newBeat, motion && newBeat);
    const vote = newVote(state, previous);
    if (vote) this.playVote(vote, view, motion);
    else if (newBeat) {
      this.centre.vote.setVisible(false);
      for (const seat of this.seats.values()) seat.card.setVisible(false);
    }
    this.showCentreMode();
    this.report();
  }

  private showSeat(seat: Seat, view: TableView, motion: boolean, order: number): void {
    const next = view.seats[seat.member];
    const prev = seat.view;
    seat.view = next;
    const { w, h } = this.layout.portrait;
    const ready = this.textures_.ready();
    if (ready) {
      seat.portrait.setTexture(this.textures_.portraitKey(seat.member, next.pose)).setDisplaySize(w, h);
      seat.chair
        .setTexture(this.textures_.chairKey(next.state === 'mourning' ? 'mourning' : 'chair'))
        .setDisplaySize(w, h);
    }
    const speaking = view.speaker === seat.member;
    this.drawPlate(seat, next, speaking);

    const wasSeated = prev !== null && isSeated(prev.state);
    const seated = isSeated(next.state);
    const scale = (speaking ? 1.14 : 1) * (next.state === 'candidate' ? 0.88 : 1);
    const depth = (seat.spot.front ? 30 : 10) + (speaking ? 3 : 0);
    seat.body.setDepth(depth);

    if (!motion || prev === null) {
      this.tweens.killTweensOf([seat.body, seat.portrait, seat.chair]);
      seat.body.setPosition(seat.spot.x, seat.spot.y).setScale(scale);
      seat.portrait.setAlpha(seated ? (next.state === 'candidate' ? 0.85 : 1) : 0);
      seat.chair.setAlpha(this.chairAlpha(next));
      seat.plate.setVisible(seated || next.state === 'mourning' || (seat.struck && !seated));
      if (view.started && wasSeated && !seated && next.state !== 'mourning') this.strike(seat, false);
      seat.speaking = speaking;
      return;
    }
    if (wasSeated && !seated) this.walkOut(seat, next);
    else if (!wasSeated && seated) this.arrive(seat, next, scale, order);
    else if (seated) {
      if (prev.state !== next.state || speaking !== seat.speaking) {
        this.animate('speaker', {
          targets: seat.body,
          scale,
          duration: TIME.speaker,
          ease: 'Back.easeOut',
        });
        this.animate('seat', {
          targets: seat.portrait,
          alpha: next.state === 'candidate' ? 0.85 : 1,
          duration: TIME.speaker,
        });
      }
      seat.plate.setVisible(true);
    } else {
      seat.portrait.setAlpha(0);
      seat.chair.setAlpha(this.chairAlpha(next));
      seat.plate.setVisible(next.state === 'mourning' || seat.struck);
    }
    seat.speaking = speaking;
  }

  private chairAlpha(view: SeatView): number {
    if (isSeated(view.state)) return 0;
    if (view.state === 'mourning' || view.member === 'Lenin') return 1;
    return 0.38;
  }

  /** A member who falls: the nameplate is struck through, and they get up and go. */
  private walkOut(seat: Seat, next: SeatView): void {
    const { outX, outY } = seat.spot;
    const away = this.layout.portrait.w * 0.9;
    const mourning = next.state === 'mourning';
    if (!mourning) this.strike(seat, true);
    seat.plate.setVisible(true);
    this.animate('walkout', {
      targets: seat.body,
      x: seat.spot.x + outX * (mourning ? 0 : away),
      y: seat.spot.y + outY * (mourning ? 0 : away) - (mourning ? 0 : 6),
      scale: mourning ? 1 : 0.9,
      delay: mourning ? 0 : 350,
      duration: mourning ? 1400 : TIME.walk,
      ease: 'Quad.easeIn',
    });
    this.animate('walkout', {
      targets: seat.portrait,
      alpha: 0,
      delay: mourning ? 0 : 500,
      duration: mourning ? 1400 : TIME.walk - 150,
      ease: 'Quad.easeIn',
      onComplete: () => {
        seat.body.setPosition(seat.spot.x, seat.spot.y).setScale(1);
      },
    });
    seat.chair.setAlpha(0);
    this.animate('walkout', {
      targets: seat.chair,
      alpha: this.chairAlpha(next),
      delay: mourning ? 600 : TIME.walk + 200,
      duration: 600,
    });
  }

  /** A newcomer walks in from outside and sits down. */
  private arrive(seat: Seat, next: SeatView, scale: number, order: number): void {
    const { outX, outY } = seat.spot;
    const away = this.layout.portrait.w * 0.9;
    seat.body.setPosition(seat.spot.x + outX * away, seat.spot.y + outY * away).setScale(scale * 0.9);
    seat.portrait.setAlpha(0);
    seat.plate.setVisible(true).setAlpha(0);
    const delay = order * TIME.stagger;
    this.animate('arrive', {
      targets: seat.body,
      x: seat.spot.x,
      y: seat.spot.y,
      scale,
      delay,
      duration: TIME.arrive,
      ease: 'Cubic.easeOut',
    });
    this.animate('arrive', {
      targets: seat.portrait,
      alpha: next.state === 'candidate' ? 0.85 : 1,
      delay,
      duration: TIME.arrive * 0.7,
    });
    this.animate('arrive', {
      targets: seat.plate,
      alpha: 1,
      delay: delay + TIME.arrive * 0.6,
      duration: 300,
    });
    this.animate('arrive', { targets: seat.chair, alpha: 0, delay, duration: 300 });
  }

  private drawPlate(seat: Seat, view: SeatView, speaking: boolean): void {
    const c = this.colours;
    const { w, h } = this.layout.plate;
    const candidate = view.state === 'candidate' && !speaking;
    const mourning = view.state === 'mourning';
    // The speaker's plate turns red; yours is cream with red letters; candidates' are outlined.
    const fill = speaking ? c.red : view.you ? c.cream : c.ink;
    const ink = candidate ? c.grey : view.you && !speaking ? c.red : c.cream;
    seat.plateText.setText(mourning ? 'LENIN 1870–1924' : seat.member.toUpperCase()).setColor(hex(ink));
    seat.plateText.setScale(candidate ? 0.88 : 1);
    const width = Math.max(w, seat.plateText.width * seat.plateText.scaleX + h * 0.9);
    const g = seat.plateBg.clear();
    g.fillStyle(fill, candidate ? 0.85 : 1).fillRect(-width / 2, -h / 2, width, h);
    const edge = candidate ? c.grey : view.you && !speaking ? c.red : c.cream;
    g.lineStyle(this.settings.contrast === 'high' ? 2.5 : 1.5, edge, 1).strokeRect(
      -width / 2,
      -h / 2,
      width,
      h,
    );
    // A wide plate at the end of the table stays inside the picture.
    const x = Math.min(this.layout.width - width / 2 - 2, Math.max(width / 2 + 2, seat.spot.plateX));
    seat.plate.setX(x).setAlpha(seat.struck ? 0.75 : 1);
  }

  private strike(seat: Seat, motion: boolean): void {
    seat.struck = true;
    seat.struckAt = this.beat;
    const width = Math.max(this.layout.plate.w, seat.plateText.width + this.layout.plate.h) * 0.55;
    const g = seat.strike.clear();
    g.lineStyle(Math.max(2.5, this.layout.plate.h * 0.14), this.colours.red, 1).lineBetween(
      -width,
      2,
      width,
      -2,
    );
    seat.plate.setVisible(true);
    if (motion) {
      seat.strike.setScale(0, 1);
      this.animate('walkout', { targets: seat.strike, scaleX: 1, duration: 320, ease: 'Quad.easeOut' });
    } else seat.strike.setScale(1, 1);
  }

  private clearStruck(seat: Seat, now = false): void {
    if (!seat.struck || (!now && this.beat <= seat.struckAt + 1)) return;
    seat.struck = false;
    seat.strike.clear();
    if (seat.view && !isSeated(seat.view.state) && seat.view.state !== 'mourning')
      seat.plate.setVisible(false);
    seat.plate.setAlpha(1);
  }

  private showCentre(view: TableView): void {
    const { title, year, date, detail } = this.centre;
    title.setVisible(!view.started);
    year.setVisible(view.started);
    if (!view.started) {
      date.setText('The Politburo, 1922–1929');
      detail.setText('');
      return;
    }
    year.setText(view.year ?? '1922');
    date.setText(view.date ?? '');
    const changes = this.layout.meters ? [] : meterChanges(this.store.get().shifts);
    if (changes.length > 0) {
      // On a phone the meters are a bar at the foot of the page: the table says what moved and why.
      detail.setText(changes.slice(0, 3).map(changeLine).join('\n') + (changes.length > 3 ? '\n…' : ''));
    } else {
      detail.setText(view.secretary ? `GENERAL SECRETARY · ${view.secretary.toUpperCase()}` : '');
    }
  }

  /** The date and the year, or a vote's tally: never both at once. */
  private showCentreMode(): void {
    const voting = this.centre.vote.visible;
    const started = this.view?.started ?? false;
    this.centre.title.setVisible(!voting && !started);
    this.centre.year.setVisible(!voting && started);
    this.centre.date.setVisible(!voting);
    this.centre.detail.setVisible(!voting);
  }

  private showMeters(state: GameState, previous: GameState | null, newBeat: boolean, motion: boolean): void {
    const m = this.layout.meters;
    const started = state.protagonist !== '';
    if (this.meterTitle) {
      this.meterTitle.setText(started ? `SUPPORT FOR ${state.protagonist.toUpperCase()}` : 'SUPPORT FOR YOU');
    }
    if (!m) return;
    const changes = newBeat ? meterChanges(state.shifts) : null;
    for (const row of this.rows.values()) {
      for (const o of [row.track, row.fill, row.value]) o.setVisible(started);
      row.about.setVisible(!started);
      const target = state.meters[row.id];
      if (changes) this.drawChange(row, changes.find((c) => c.meter === row.id) ?? null);
      if (!started) {
        row.chip.setVisible(false);
        row.chipText.setVisible(false);
        row.cause.setVisible(false);
      }
      if (row.shown === target) continue;
      const from = row.shown;
      row.shown = target;
      const set = (v: number): void => {
        row.fill.setScale(v / 100, 1);
        row.value.setText(String(Math.round(v)));
      };
      if (!motion || previous === null) {
        set(target);
        row.ghost.setScale(0, 1);
        continue;
      }
      // The part that moved shows pale for a moment, then the bar settles on its new length.
      row.ghost.setScale(Math.max(from, target) / 100, 1).setAlpha(0.85);
      this.animate('meters', {
        targets: { v: from },
        v: target,
        duration: TIME.meter,
        ease: 'Cubic.easeOut',
        onUpdate: (_tween: Phaser.Tweens.Tween, t: { v: number }) => {
          set(t.v);
        },
      });
      this.animate('meters', { targets: row.ghost, alpha: 0, delay: TIME.meter, duration: 500 });
    }
  }

  private drawChange(row: MeterRow, change: MeterChange | null): void {
    const m = this.layout.meters;
    if (!m) return;
    const c = this.colours;
    row.chip.clear();
    const visible = change !== null;
    row.chip.setVisible(visible);
    row.chipText.setVisible(visible);
    row.cause.setVisible(visible);
    if (!change) return;
    const y = m.rowY + METERS.findIndex((x) => x.id === row.id) * m.rowHeight;
    const h = m.rowHeight * 0.78;
    row.chip.fillStyle(change.good ? c.cream : c.red, 1).fillRoundedRect(m.changeX, y - h / 2, 48, h, 4);
    row.chipText.setText(signed(change.delta)).setColor(change.good ? c.good : c.bad);
    row.cause.setText(truncate(change.causes.join(', '), 30));
  }

  // ─── Votes ────────────────────────────────────────────────────────────────────────────────────

  /** Cards go up around the table, the tally counts up in the middle, then everything rests. */
  private playVote(vote: Vote, view: TableView, motion: boolean): void {
    this.votes += 1;
    this.lastVote = `${vote.forum} ${String(vote.for)} ${String(vote.against)}`;
    const seated = MEMBERS.filter((m) => isSeated(view.seats[m].state));
    const cards = voteCards(seated, vote);
    const { w, h } = this.layout.portrait;
    const c = this.colours;
    const cw = w * 0.46;
    const ch = h * 0.3;
    let i = 0;
    for (const [member, side] of cards) {
      const seat = this.seats.get(member);
      if (!seat) continue;
      const g = seat.cardFace.clear();
      g.lineStyle(Math.max(3, w * 0.04), c.cream, 1).lineBetween(0, 0, 0, h * 0.45);
      g.fillStyle(side === 'for' ? c.red : c.ink, 1).fillRect(-cw / 2, -ch, cw, ch);
      g.lineStyle(Math.max(2, w * 0.03), c.cream, 1).strokeRect(-cw / 2, -ch, cw, ch);
      // A "for" card carries a bar across it, an "against" card a cross: readable without colour.
      g.lineStyle(Math.max(2, w * 0.035), side === 'for' ? c.cream : c.red, 1);
      if (side === 'for') g.lineBetween(-cw * 0.28, -ch / 2, cw * 0.28, -ch / 2);
      else
        g.lineBetween(-cw * 0.22, -ch * 0.8, cw * 0.22, -ch * 0.2).lineBetween(
          -cw * 0.22,
          -ch * 0.2,
          cw * 0.22,
          -ch * 0.8,
        );
      seat.card.setRotation((side === 'for' ? -0.12 : 0.12) * (seat.spot.outX < 0 ? -1 : 1));
      // Above the head on the outer side, never off the picture.
      const top = Math.max(seat.spot.y - h * 0.3, ch + 4);
      const outward = seat.spot.outX < 0 ? -1 : 1;
      const x = Math.min(
        this.layout.width - cw / 2 - 4,
        Math.max(cw / 2 + 4, seat.spot.x + outward * w * 0.34),
      );
      if (!motion) {
        seat.card.setPosition(x, top).setAlpha(1).setVisible(true);
        continue;
      }
      seat.card
        .setPosition(x, seat.spot.y + h * 0.1)
        .setAlpha(0)
        .setVisible(true);
      const delay = i++ * TIME.stagger;
      this.animate('vote', {
        targets: seat.card,
        y: top,
        alpha: 1,
        delay,
        duration: TIME.cardUp,
        ease: 'Back.easeOut',
      });
      this.animate('vote', {
        targets: seat.card,
        y: seat.spot.y + h * 0.1,
        alpha: 0,
        delay: delay + TIME.cardUp + TIME.cardHold,
        duration: TIME.cardUp,
        ease: 'Quad.easeIn',
        onComplete: () => seat.card.setVisible(false),
      });
    }
    if (!motion) {
      // Without motion the raised cards stay as a still picture until the next beat.
      for (const seat of this.seats.values()) if (!cards.has(seat.member)) seat.card.setVisible(false);
    }
    this.showTally(vote, motion);
  }

  private showTally(vote: Vote, motion: boolean): void {
    const { forum, ayes, noes, tally, vote: box } = this.centre;
    const { centre } = this.layout;
    const c = this.colours;
    box.setVisible(true);
    forum.setText(vote.forum.toUpperCase());
    const barW = centre.width * 0.9;
    const barH = Math.max(8, centre.big * 0.16);
    const barY = centre.big * 0.32;
    const total = Math.max(1, vote.for + vote.against);
    const draw = (share: number): void => {
      tally.clear();
      tally.fillStyle(c.ink, 1).fillRect(-barW / 2, barY, barW, barH);
      tally.fillStyle(c.red, 1).fillRect(-barW / 2, barY, barW * share, barH);
      tally.lineStyle(2, c.ink, 1).strokeRect(-barW / 2, barY, barW, barH);
    };
    const set = (k: number): void => {
      ayes.setText(`FOR ${String(Math.round(vote.for * k))}`);
      noes.setText(`AGAINST ${String(Math.round(vote.against * k))}`);
      draw((vote.for / total) * k);
    };
    if (!motion) {
      set(1);
      return;
    }
    set(0);
    this.animate('vote', {
      targets: { k: 0 },
      k: 1,
      delay: 200,
      duration: 1200,
      ease: 'Cubic.easeOut',
      onUpdate: (_tween: Phaser.Tweens.Tween, t: { k: number }) => {
        set(t.k);
      },
    });
  }

  // ─── Animation bookkeeping ────────────────────────────────────────────────────────────────────

  private animate(kind: string, config: Phaser.Types.Tweens.TweenBuilderConfig): void {
    this.running.set(kind, (this.running.get(kind) ?? 0) + 1);
    this.idleFrames = 0;
    this.tweens.add(config);
  }

  private finishAnimations(): void {
    for (const tween of this.tweens.getTweens()) tween.complete();
    this.running.clear();
    this.report();
  }

  private report(): void {
    const view = this.view;
    this.onStatus({
      speaker: view?.speaker ?? '',
      seated: view ? MEMBERS.filter((m) => isSeated(view.seats[m].state)) : [],
      animating: [...this.running.keys()].sort(),
      votes: this.votes,
      vote: this.lastVote,
    });
  }
}

const fontMetrics = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

const hex = (colour: number): string => `#${colour.toString(16).padStart(6, '0')}`;

function signed(delta: number): string {
  return `${delta > 0 ? '+' : '−'}${String(Math.abs(delta))}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function changeLine(change: MeterChange): string {
  return `${change.label.toUpperCase()} ${signed(change.delta)} · ${truncate(change.causes.join(', '), 22)}`;
}
