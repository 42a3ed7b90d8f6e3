/**
 * The meter panel at the foot of the table (tablet and desktop layouts): one bar per meter, the part
 * that moved shown pale for a moment, and a chip with this beat's change and why. Before a run it says
 * what each meter is. While the player chooses towards a vote, the meters that forum counts are marked
 * (a red band, strongest on those it counts most; story/meters_explained.ink's weights). On a phone the
 * page's own meter bar does this job (the panel is not built).
 */
import type * as Phaser from 'phaser';

import type { GameState } from '../core/gameState.ts';
import { comingForum, forumWeighs } from '../model/meterGuide.ts';
import { type MeterId, METERS } from '../model/meters.ts';
import type { MeterArea } from './layout.ts';
import { SERIF, signed, TIME, truncate } from './palette.ts';
import type { Stage } from './stage.ts';
import { type MeterChange, meterChanges } from './tableModel.ts';

interface MeterRow {
  id: MeterId;
  /** Behind the row: marks a meter the coming vote counts. */
  band: Phaser.GameObjects.Rectangle;
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

export class MeterPanel {
  private readonly rows = new Map<MeterId, MeterRow>();
  private readonly title: Phaser.GameObjects.Text;
  /** "THE VOTE AHEAD COUNTS", over the marked rows, while one is coming. */
  private readonly ahead: Phaser.GameObjects.Text;
  /** The meters the coming vote counts, as "apparatus:most left:some", for the table's status. */
  weighs = '';

  constructor(
    private readonly stage: Stage,
    private readonly m: MeterArea,
  ) {
    const { scene, colours: c, layout } = stage;
    const g = scene.add.graphics().setDepth(50);
    g.fillStyle(c.panel, 1).fillRect(0, m.top, layout.width, layout.height - m.top);
    g.fillStyle(c.red, 1).fillRect(0, m.top, layout.width, 5);
    g.fillStyle(c.red, 1).fillRect(m.labelX, m.titleY - 9, 8, 18);
    this.title = stage
      .text(m.labelX + 16, m.titleY, 'SUPPORT FOR YOU', {
        size: m.font,
        colour: c.text,
        bold: true,
        spacing: 2,
      })
      .setOrigin(0, 0.5)
      .setDepth(51);
    this.ahead = stage
      .text(layout.width - m.labelX, m.titleY, 'THE VOTE AHEAD COUNTS', {
        size: m.smallFont,
        colour: c.text,
        bold: true,
        spacing: 1.5,
      })
      .setOrigin(1, 0.5)
      .setDepth(51)
      .setVisible(false);
    METERS.forEach((meter, i) => {
      const y = m.rowY + i * m.rowHeight;
      const band = scene.add
        .rectangle(m.labelX - 10, y, m.valueX + 10 - (m.labelX - 10), m.rowHeight - 3, c.red, 0.5)
        .setOrigin(0, 0.5)
        .setDepth(50)
        .setVisible(false);
      const label = stage
        .text(m.labelX, y, meter.label, { size: m.font, colour: c.text, font: SERIF })
        .setOrigin(0, 0.5)
        .setDepth(51);
      const bar = (colour: number, alpha: number, depth: number): Phaser.GameObjects.Rectangle =>
        scene.add
          .rectangle(m.barX, y, m.barWidth, m.barHeight, colour, alpha)
          .setOrigin(0, 0.5)
          .setDepth(depth);
      const track = bar(0xffffff, 0.12, 51);
      const ghost = bar(c.cream, 0.8, 51).setScale(0, 1);
      const fill = bar(meter.id === 'suspicion' ? c.grey : c.red, 1, 52).setScale(0, 1);
      const value = stage
        .text(m.valueX, y, '0', { size: m.font, colour: c.text, bold: true })
        .setOrigin(1, 0.5)
        .setDepth(52);
      const chip = scene.add.graphics().setDepth(52);
      const chipText = stage
        .text(m.changeX + 24, y, '', { size: m.smallFont, colour: c.good, bold: true })
        .setOrigin(0.5)
        .setDepth(53);
      const small = { size: m.smallFont, colour: c.dim, font: SERIF, italic: true };
      const cause = stage
        .text(m.changeX + 54, y, '', small)
        .setOrigin(0, 0.5)
        .setDepth(53);
      const about = stage.text(m.barX, y, truncate(meter.about, 56), small).setOrigin(0, 0.5).setDepth(51);
      this.rows.set(meter.id, {
        id: meter.id,
        band,
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

  show(state: GameState, previous: GameState | null, newBeat: boolean, motion: boolean): void {
    const started = state.protagonist !== '';
    this.title.setText(started ? `SUPPORT FOR ${state.protagonist.toUpperCase()}` : 'SUPPORT FOR YOU');
    const changes = newBeat ? meterChanges(state.shifts) : null;
    this.markForum(started ? comingForum(state.guide, state.forumAhead, state.choices)?.forum : undefined);
    for (const row of this.rows.values()) {
      for (const o of [row.track, row.fill, row.value]) o.setVisible(started);
      row.about.setVisible(!started);
      const target = state.meters[row.id];
      if (changes) this.drawChange(row, changes.find((c) => c.meter === row.id) ?? null);
      if (!started) for (const o of [row.chip, row.chipText, row.cause]) o.setVisible(false);
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
      this.stage.animate('meters', {
        targets: { v: from },
        v: target,
        duration: TIME.meter,
        ease: 'Cubic.easeOut',
        onUpdate: (_tween: Phaser.Tweens.Tween, t: { v: number }) => {
          set(t.v);
        },
      });
      this.stage.animate('meters', { targets: row.ghost, alpha: 0, delay: TIME.meter, duration: 500 });
    }
  }

  /** Marks the meters the coming vote counts: a full band where it counts most, a faint one elsewhere. */
  private markForum(forum: Parameters<typeof forumWeighs>[0] | undefined): void {
    const weighs = forum ? forumWeighs(forum) : [];
    this.ahead.setVisible(weighs.length > 0);
    for (const row of this.rows.values()) {
      const w = weighs.find((x) => x.id === row.id);
      row.band.setVisible(w !== undefined).setAlpha(w?.most ? 0.75 : 0.3);
      row.label.setFontStyle(w?.most ? 'bold' : 'normal');
    }
    this.weighs = weighs.map((w) => `${w.id}:${w.most ? 'most' : 'some'}`).join(' ');
  }

  private drawChange(row: MeterRow, change: MeterChange | null): void {
    const { m } = this;
    const c = this.stage.colours;
    row.chip.clear();
    for (const o of [row.chip, row.chipText, row.cause]) o.setVisible(change !== null);
    if (!change) return;
    const y = m.rowY + METERS.findIndex((x) => x.id === row.id) * m.rowHeight;
    const h = m.rowHeight * 0.78;
    row.chip.fillStyle(change.good ? c.cream : c.red, 1).fillRoundedRect(m.changeX, y - h / 2, 48, h, 4);
    row.chipText.setText(signed(change.delta)).setColor(change.good ? c.good : c.bad);
    row.cause.setText(truncate(change.causes.join(', '), 30));
  }
}
