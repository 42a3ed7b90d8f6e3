/**
 * The middle of the table, the act band: the year in large red figures with the date and who is General
 * Secretary (on a phone, what moved and why), or, during a vote, the forum and its tally counting up;
 * at an ending, the year, the ending's title and who holds the table. Never two at once.
 */
import type * as Phaser from 'phaser';

import { hex, SERIF, signed, truncate } from './palette.ts';
import type { PlateBox } from './plates.ts';
import type { Stage } from './stage.ts';
import { type MeterChange, type TableView, THE_END, type Vote } from './tableModel.ts';

export class TableCentre {
  /** The game's name, on the title screen, in place of the year. */
  private readonly title: Phaser.GameObjects.Text;
  private readonly year: Phaser.GameObjects.Text;
  private readonly date: Phaser.GameObjects.Text;
  private readonly detail: Phaser.GameObjects.Text;
  /** Never drawn: measures a line of detail before it is shown, in the detail's own style. */
  private readonly ruler: Phaser.GameObjects.Text;
  private readonly vote: Phaser.GameObjects.Container;
  private readonly forum: Phaser.GameObjects.Text;
  private readonly ayes: Phaser.GameObjects.Text;
  private readonly noes: Phaser.GameObjects.Text;
  private readonly tally: Phaser.GameObjects.Graphics;
  /** Everything above, at the table's centre: lifted when the detail runs to several lines. */
  private readonly box: Phaser.GameObjects.Container;
  private started = false;

  constructor(private readonly stage: Stage) {
    const { centre } = stage.layout;
    const c = stage.colours;
    const red = hex(c.red);
    const ink = hex(c.ink);
    const big = { size: centre.big, colour: red, bold: true, spacing: 2 };
    this.year = stage.text(0, -centre.big * 0.42, '', big).setOrigin(0.5);
    this.title = stage
      .text(0, -centre.big * 0.3, 'THE EMPTY CHAIR', { ...big, size: Math.round(centre.big * 0.62) })
      .setOrigin(0.5);
    this.date = stage
      .text(0, centre.big * 0.2, '', { size: centre.line, colour: ink, font: SERIF })
      .setOrigin(0.5, 0);
    this.detail = stage
      .text(0, centre.big * 0.2 + centre.line * 1.5, '', { size: centre.small, colour: ink, spacing: 1 })
      .setOrigin(0.5, 0);
    this.detail.setLineSpacing(2);
    this.ruler = stage.text(0, 0, '', { size: centre.small, colour: ink, spacing: 1 }).setVisible(false);
    this.forum = stage
      .text(0, -centre.big * 0.7, '', { size: centre.small, colour: ink, bold: true, spacing: 1.5 })
      .setOrigin(0.5);
    const count = { size: centre.big * 0.62, colour: red, bold: true };
    this.ayes = stage.text(-centre.width * 0.04, -centre.big * 0.12, '', count).setOrigin(1, 0.5);
    this.noes = stage
      .text(centre.width * 0.04, -centre.big * 0.12, '', { ...count, colour: ink })
      .setOrigin(0, 0.5);
    this.tally = stage.scene.add.graphics();
    this.vote = stage.scene.add
      .container(0, 0, [this.forum, this.ayes, this.noes, this.tally])
      .setVisible(false);
    this.box = stage.scene.add
      .container(centre.x, centre.y, [this.title, this.year, this.date, this.detail, this.vote])
      .setDepth(22);
  }

  /**
   * The date and year; `changes` (phones only) say what moved this beat and why, each line cut to the
   * room left between the nameplates beside it (`plates`). At an ending, the end.
   */
  show(view: TableView, changes: MeterChange[], plates: readonly PlateBox[] = []): void {
    this.started = view.started;
    if (!view.started) {
      this.date.setText('The Politburo, 1922–1929');
      this.detail.setText('');
    } else if (view.ending) {
      this.year.setText(view.year ?? '1922');
      this.date.setText(truncate(view.ending.title, 30));
      // "THE END · STALIN AT THE HEAD", or where the plates beside it leave too little room, "THE END".
      this.detail.setText(view.ending.line);
      this.showMode();
      if (!this.fits(view.ending.line, this.room(plates))) this.detail.setText(THE_END);
    } else {
      this.year.setText(view.year ?? '1922');
      this.date.setText(view.date ?? '');
      if (changes.length > 0) {
        const shown = changes.slice(0, 3);
        const more = changes.length > 3 ? '\n…' : '';
        // Placed first with every cause whole, for its height; then each line cut to the room it has.
        this.detail.setText(shown.map((c) => changeLine(c)).join('\n') + more);
        this.showMode();
        const room = this.room(plates);
        this.detail.setText(shown.map((c) => this.fitChange(c, room)).join('\n') + more);
      } else {
        this.detail.setText(view.secretary ? `GENERAL SECRETARY · ${view.secretary.toUpperCase()}` : '');
      }
    }
    this.showMode();
  }

  hideTally(): void {
    this.vote.setVisible(false);
    this.showMode();
  }

  /** The forum's name and its tally, counting up with a bar. */
  showTally(vote: Vote, motion: boolean): void {
    const { centre } = this.stage.layout;
    const c = this.stage.colours;
    this.vote.setVisible(true);
    this.showMode();
    this.forum.setText(vote.forum.toUpperCase());
    const barW = centre.width * 0.9;
    const barH = Math.max(8, centre.big * 0.16);
    const barY = centre.big * 0.32;
    const total = Math.max(1, vote.for + vote.against);
    const set = (k: number): void => {
      this.ayes.setText(`FOR ${String(Math.round(vote.for * k))}`);
      this.noes.setText(`AGAINST ${String(Math.round(vote.against * k))}`);
      this.tally.clear();
      this.tally.fillStyle(c.ink, 1).fillRect(-barW / 2, barY, barW, barH);
      this.tally.fillStyle(c.red, 1).fillRect(-barW / 2, barY, ((barW * vote.for) / total) * k, barH);
      this.tally.lineStyle(2, c.ink, 1).strokeRect(-barW / 2, barY, barW, barH);
    };
    if (!motion) {
      set(1);
      return;
    }
    set(0);
    this.stage.animate('vote', {
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

  /** Where the detail is drawn (its centre and size, in design units), or null when it shows nothing. */
  detailBox(): PlateBox | null {
    if (!this.detail.visible || this.detail.text === '') return null;
    const { width: w, height: h } = this.detail;
    return { member: 'centre', x: this.box.x, y: this.box.y + this.detail.y + h / 2, w, h };
  }

  /** The width the detail may take at its height: inside the cloth, clear of the plates beside it. */
  private room(plates: readonly PlateBox[]): number {
    const { table, plate } = this.stage.layout;
    const top = this.box.y + this.detail.y;
    return roomBetween(plates, table, top, top + this.detail.height, plate.h * 0.4);
  }

  /** Whether a line of detail is no wider than `room`. */
  private fits(line: string, room: number): boolean {
    return this.ruler.setText(line).width <= room;
  }

  /** A change's line, its cause cut (with an ellipsis) as little as `room` allows, or left out. */
  private fitChange(change: MeterChange, room: number): string {
    const fits = (line: string): boolean => this.fits(line, room);
    const whole = changeLine(change);
    if (fits(whole)) return whole;
    // The longest cut of the cause that fits (the shorter, the narrower): a binary search.
    let [lo, hi] = [0, change.causes.join(', ').length];
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(changeLine(change, mid))) lo = mid;
      else hi = mid - 1;
    }
    return lo >= MIN_CAUSE ? changeLine(change, lo) : changeLine(change, 0);
  }

  private showMode(): void {
    const voting = this.vote.visible;
    // Kept in the middle of the table: each line of detail after the first lifts the year, date and
    // detail by half a line, so that three changes on a phone stay inside the table, clear of the near
    // seats. A vote's tally has a place of its own.
    const lines = this.detail.text === '' ? 1 : this.detail.text.split('\n').length;
    const lift = voting ? 0 : ((lines - 1) * this.detail.height) / lines / 2;
    this.box.y = this.stage.layout.centre.y - lift;
    this.title.setVisible(!voting && !this.started);
    this.year.setVisible(!voting && this.started);
    this.date.setVisible(!voting);
    this.detail.setVisible(!voting);
  }
}

/** The fewest characters of a cause worth showing (with its ellipsis); shorter, the meter's move alone. */
const MIN_CAUSE = 6;

/** "LENIN'S MANTLE +4 · Claiming to be Lenin's…": the cause cut to `max` characters; 0, left out. */
function changeLine(change: MeterChange, max = Infinity): string {
  const head = `${change.label.toUpperCase()} ${signed(change.delta)}`;
  return max === 0 ? head : `${head} · ${truncate(change.causes.join(', '), max)}`;
}

/**
 * The width a line centred on the table may take between `top` and `bottom` (design units): inside the
 * table's ellipse there, and clear by `gap` of every nameplate beside it at that height.
 */
export function roomBetween(
  plates: readonly PlateBox[],
  table: { x: number; y: number; rx: number; ry: number },
  top: number,
  bottom: number,
  gap: number,
): number {
  const far = Math.min(1, Math.max(Math.abs(top - table.y), Math.abs(bottom - table.y)) / table.ry);
  let half = table.rx * Math.sqrt(1 - far * far) - gap;
  for (const p of plates) {
    if (p.y + p.h / 2 <= top || p.y - p.h / 2 >= bottom) continue;
    const inner = p.x < table.x ? table.x - (p.x + p.w / 2) : p.x - p.w / 2 - table.x;
    // A plate across the middle has no side to keep clear of: the lines above and below it are.
    if (inner > 0) half = Math.min(half, inner - gap);
  }
  return Math.max(0, 2 * half);
}
