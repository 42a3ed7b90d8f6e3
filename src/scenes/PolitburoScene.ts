/**
 * The Politburo table: who sits there, who is speaking, and the six meters moving with the player's
 * choices. It reads the store and holds no rules. The game loop sleeps whenever nothing moves.
 */
import * as Phaser from 'phaser';

import type { GameState } from '../core/gameState.ts';
import { isGoodShift, type MeterId, METERS } from '../core/meters.ts';
import type { Store } from '../core/store.ts';
import { HEIGHT, METER_AREA, SEATS, seatPosition, TABLE, WIDTH } from './layout.ts';

export const SCENE_KEY = 'Politburo';

const INK = 0x1a1614;
const CREAM = 0xf1e6cf;
const RED = 0xc8202f;
const GREY = 0x8a7f74;
const FONT = 'Georgia, "Times New Roman", serif';

interface Seat {
  figure: Phaser.GameObjects.Graphics;
  name: Phaser.GameObjects.Text;
}

interface MeterBar {
  fill: Phaser.GameObjects.Rectangle;
  value: Phaser.GameObjects.Text;
  shown: number;
}

export class PolitburoScene extends Phaser.Scene {
  private store!: Store<GameState>;
  private unsubscribe: (() => void) | null = null;
  private readonly seats = new Map<string, Seat>();
  private readonly bars = new Map<MeterId, MeterBar>();
  private status!: Phaser.GameObjects.Text;
  private meterGroup!: Phaser.GameObjects.Container;
  private idleFrames = 0;

  constructor() {
    super(SCENE_KEY);
  }

  init(data: { store: Store<GameState> }): void {
    this.store = data.store;
  }

  create(): void {
    this.cameras.main.setBackgroundColor('#231b18');
    this.drawRoom();
    this.status = this.add
      .text(TABLE.x, TABLE.y, '', {
        fontFamily: FONT,
        fontSize: '20px',
        color: '#1a1614',
        align: 'center',
        lineSpacing: 4,
      })
      .setOrigin(0.5);
    for (const member of Object.keys(SEATS)) this.createSeat(member);
    this.meterGroup = this.add.container(0, 0);
    this.createMeters();

    this.unsubscribe = this.store.subscribe((state, previous) => {
      this.game.loop.wake();
      this.show(state, previous);
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.unsubscribe?.());
    this.show(this.store.get(), null);
  }

  /** Sleep the loop once nothing has moved for a few frames; the store wakes it. */
  override update(): void {
    const busy = this.tweens.getTweens().some((t) => t.isPlaying());
    this.idleFrames = busy ? 0 : this.idleFrames + 1;
    if (this.idleFrames > 3) {
      this.idleFrames = 0;
      this.game.loop.sleep();
    }
  }

  private drawRoom(): void {
    const g = this.add.graphics();
    // A constructivist wedge of red across the room, and the table under a lamp.
    g.fillStyle(RED, 0.85).fillTriangle(WIDTH, 0, WIDTH * 0.72, 0, WIDTH, 130);
    g.fillStyle(0x000000, 0.35).fillEllipse(TABLE.x, TABLE.y + 14, TABLE.rx * 2 + 12, TABLE.ry * 2 + 12);
    g.fillStyle(CREAM, 1).fillEllipse(TABLE.x, TABLE.y, TABLE.rx * 2, TABLE.ry * 2);
    g.lineStyle(4, INK, 1).strokeEllipse(TABLE.x, TABLE.y, TABLE.rx * 2, TABLE.ry * 2);
    g.lineStyle(2, RED, 1).strokeEllipse(TABLE.x, TABLE.y, TABLE.rx * 2 - 22, TABLE.ry * 2 - 22);
  }

  private createSeat(member: string): void {
    const { x, y, above } = seatPosition(member);
    const figure = this.add.graphics({ x, y });
    // Names sit outside the ring: above the seats across the top of the table, below the others.
    const name = this.add
      .text(x, above ? y - 24 : y + 28, member, {
        fontFamily: FONT,
        fontSize: '17px',
        color: '#f1e6cf',
        align: 'center',
        lineSpacing: -2,
      })
      .setOrigin(0.5, above ? 1 : 0);
    this.seats.set(member, { figure, name });
  }

  private drawSeat(member: string, state: GameState): void {
    const seat = this.seats.get(member);
    if (!seat) return;
    const g = seat.figure.clear();
    const isLenin = member === 'Lenin';
    const seated = state.politburo.includes(member) && !isLenin;
    const candidate = state.candidates.includes(member);
    const speaking = state.speaker === member;
    const you = state.protagonist === member;
    seat.name.setVisible(seated || candidate || isLenin);
    seat.name.setText(isLenin ? 'Lenin' : candidate ? `${member}\ncandidate` : member);
    seat.name.setColor(speaking ? '#ffd9a8' : seated ? '#f1e6cf' : '#a89c8e');
    seat.name.setFontStyle(you || speaking ? 'bold' : 'normal');

    if (isLenin) {
      // The empty chair: an outline, with a black mourning band once he has died.
      g.lineStyle(3, CREAM, 0.9).strokeRoundedRect(-18, -22, 36, 44, 6);
      g.lineStyle(3, CREAM, 0.9).lineBetween(-18, 22, -18, 30).lineBetween(18, 22, 18, 30);
      if (state.leninDead) g.fillStyle(0x000000, 1).fillRect(-20, -6, 40, 9);
      return;
    }
    if (!seated && !candidate) return;
    const alpha = seated ? 1 : 0.55;
    if (speaking) g.fillStyle(RED, 0.35).fillCircle(0, -2, 30);
    g.fillStyle(you ? RED : INK, alpha).fillRoundedRect(-17, 2, 34, 22, 8);
    g.fillStyle(CREAM, alpha).fillCircle(0, -8, 12);
    g.lineStyle(speaking ? 4 : 2, speaking ? RED : you ? RED : GREY, 1).strokeCircle(0, -8, 12);
  }

  private createMeters(): void {
    const { x, y: top, labelWidth, barWidth, rowHeight, font } = METER_AREA;
    const style = { fontFamily: FONT, fontSize: `${String(font)}px`, color: '#f1e6cf' };
    this.meterGroup.add(
      this.add.rectangle(0, top - 14, WIDTH, HEIGHT - top + 14, 0x000000, 0.35).setOrigin(0, 0),
    );
    METERS.forEach((m, i) => {
      const y = top + i * rowHeight;
      const label = this.add.text(x, y, m.label, style);
      const track = this.add.rectangle(x + labelWidth, y + 6, barWidth, 16, 0x000000, 0.5).setOrigin(0, 0);
      const fill = this.add
        .rectangle(x + labelWidth, y + 6, 0, 16, m.id === 'suspicion' ? GREY : RED)
        .setOrigin(0, 0);
      const value = this.add.text(x + labelWidth + barWidth + 12, y, '0', style);
      this.meterGroup.add([label, track, fill, value]);
      this.bars.set(m.id, { fill, value, shown: 0 });
    });
  }

  private show(state: GameState, previous: GameState | null): void {
    const secretary = state.generalSecretary ? `General Secretary: ${state.generalSecretary}` : '';
    this.status.setText(`${state.date ?? 'January 1924'}\nThe Politburo\n${secretary}`.trim());
    for (const member of this.seats.keys()) this.drawSeat(member, state);
    this.meterGroup.setVisible(state.protagonist !== '');
    const animate = previous !== null && previous.beat !== state.beat && !prefersReducedMotion();
    for (const m of METERS) this.moveMeter(m.id, state, animate);
  }

  private moveMeter(id: MeterId, state: GameState, animate: boolean): void {
    const bar = this.bars.get(id);
    const target = state.meters[id];
    if (!bar || bar.shown === target) return;
    const from = bar.shown;
    bar.shown = target;
    const setTo = (v: number): void => {
      bar.fill.width = (METER_AREA.barWidth * v) / 100;
      bar.value.setText(String(Math.round(v)));
    };
    if (!animate) {
      setTo(target);
      return;
    }
    this.tweens.addCounter({
      from,
      to: target,
      duration: 900,
      ease: 'Cubic.easeOut',
      onUpdate: (tween) => {
        setTo(tween.getValue() ?? target);
      },
    });
    // The delta flashes beside the bar; its cause is written in the transcript.
    const delta = target - from;
    const good = isGoodShift(id, delta);
    const flash = this.add.text(
      bar.value.x + 46,
      bar.value.y,
      `${delta > 0 ? '+' : '−'}${String(Math.abs(delta))}`,
      {
        fontFamily: FONT,
        fontSize: `${String(METER_AREA.font)}px`,
        fontStyle: 'bold',
        color: good ? '#9fe0a0' : '#ff9a8a',
      },
    );
    this.meterGroup.add(flash);
    this.tweens.add({
      targets: flash,
      alpha: 0,
      delay: 2400,
      duration: 900,
      onComplete: () => {
        flash.destroy();
      },
    });
  }
}

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
