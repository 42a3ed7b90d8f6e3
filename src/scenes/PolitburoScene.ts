/**
 * The Politburo table, a thin Phaser scene: it reads the store and hands each beat to the objects at
 * the table (seat.ts, meterPanel.ts, tableCentre.ts, voteCards.ts), which show what tableModel.ts says
 * and hold no rules. The game loop sleeps whenever nothing moves.
 */
import * as Phaser from 'phaser';

import type { GameState } from '../core/gameState.ts';
import type { Store } from '../core/store.ts';
import { SEAT_ORDER, type TableLayout } from './layout.ts';
import { type Member, MEMBERS } from './members.ts';
import { MeterPanel } from './meterPanel.ts';
import { type PlateBox, settlePlates } from './plates.ts';
import { drawRoom } from './room.ts';
import { Seat } from './seat.ts';
import { Stage, type TableSettings } from './stage.ts';
import { TableCentre } from './tableCentre.ts';
import { isSeated, meterChanges, newVote, tableView, type TableView } from './tableModel.ts';
import { PortraitTextures, texturePixels } from './textures.ts';
import { lowerCards, raiseCards } from './voteCards.ts';

export type { TableSettings } from './stage.ts';

export const SCENE_KEY = 'Politburo';

/** How long one slice of building the table may hold the page before it gives it back (ms). */
const BUILD_SLICE_MS = 40;

/** A vote that ends the run is seen whole (its cards up and down, its tally counted) before the end. */
const END_AFTER_VOTE_MS = 3200;

/** A small read-only summary of what the table shows, mirrored as data- attributes for tests. */
export interface TableStatus {
  speaker: string;
  seated: string[];
  animating: string[];
  votes: number;
  vote: string;
  /**
   * The seats are drawn once their faces are ready ('shown'); before, not at all ('loading'); if the art
   * cannot be loaded, with their nameplates alone ('failed').
   */
  faces: 'loading' | 'shown' | 'failed';
  /** The cards raised at the latest vote, "Stalin:for Zinoviev:against". */
  cards: string;
  /** The nameplates on show (none while the seats wait for their faces): centre and size in design units. */
  labels: PlateBox[];
  /** The meters the coming vote counts, marked on the meter panel ("apparatus:most left:some"). */
  weighs: string;
  /** Where the cards of this beat's vote are held up (empty at a beat with no vote), in the same units. */
  cardBoxes: PlateBox[];
  /** The ending the table shows as the run's final state (no vote on it), or ''. */
  ending: string;
  /** The lines under the date in the table's middle (on a phone, what moved and why), if any: same units. */
  detail: PlateBox | null;
}

export interface SceneData {
  store: Store<GameState>;
  layout: TableLayout;
  zoom: number;
  settings: TableSettings;
  onStatus: (status: TableStatus) => void;
}

export class PolitburoScene extends Phaser.Scene {
  private store!: Store<GameState>;
  private stage!: Stage;
  private onStatus: (status: TableStatus) => void = () => undefined;
  private unsubscribe: (() => void) | null = null;
  private portraits!: PortraitTextures;
  private readonly seats = new Map<Member, Seat>();
  /** Made in the build's steps (build()): a status may be reported before. */
  private centre: TableCentre | null = null;
  private meters: MeterPanel | null = null;
  private view: TableView | null = null;
  private beat = -1;
  private votes = 0;
  private lastVote = '';
  private idleFrames = 0;
  /** The nameplates on show, as drawn (for the status). */
  private labels: PlateBox[] = [];
  /** The cards of the latest vote, and where they are held up while raised. */
  private cards = '';
  private cardBoxes: PlateBox[] = [];
  /** The ending shown as the table's final state. */
  private ending = '';
  /** The beat whose vote is being seen before the run's end is shown (-1: none). */
  private endAfterVote = -1;
  private texturesShown = false;
  /** Whether the seats are drawn (textures shown, or the art failed to load). */
  private faces: TableStatus['faces'] = 'loading';
  /** The next slice of the first build, while the table is being built. */
  private pendingBuild: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    super(SCENE_KEY);
  }

  init(data: SceneData): void {
    this.store = data.store;
    this.onStatus = data.onStatus;
    this.stage = new Stage(this, data.layout, data.zoom, data.settings, () => {
      this.idleFrames = 0;
    });
  }

  create(): void {
    this.portraits = new PortraitTextures(this.textures);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.cancelBuild();
      this.unsubscribe?.();
    });
    // The table is tens of Phaser texts, each with a canvas of its own: built in one go it held the page
    // for a third of a second after a side was picked. Build it in slices that give the page back between
    // them, hidden until whole (mountTable.ts marks the first frame of the visible scene).
    this.scene.setVisible(false);
    // Showing the first state (every seat, the meters) is a step of its own too.
    const steps = [
      ...this.buildSteps(),
      () => {
        this.finishBuild();
      },
    ];
    const slice = (): void => {
      const start = performance.now();
      while (steps.length > 0 && performance.now() - start < BUILD_SLICE_MS) steps.shift()?.();
      if (steps.length > 0) this.pendingBuild = setTimeout(slice, 0);
    };
    slice();
  }

  /** The table is whole: show it, follow the store, then draw the faces. */
  private finishBuild(): void {
    this.pendingBuild = null;
    this.scene.setVisible(true);
    this.unsubscribe = this.store.subscribe((state, previous) => {
      this.game.loop.wake();
      this.show(state, previous);
    });
    this.show(this.store.get(), null);
    this.game.loop.wake();
    // The faces are drawn after the first frame, so the table appears as soon as it can.
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      void this.loadTextures();
    });
  }

  /** Stops a build still in slices (a rebuild or a shutdown came first); true if there was one. */
  private cancelBuild(): boolean {
    if (this.pendingBuild === null) return false;
    clearTimeout(this.pendingBuild);
    this.pendingBuild = null;
    return true;
  }

  /** Sleep the loop once nothing has moved for a few frames; the store, a resize or a setting wakes it. */
  override update(): void {
    const busy = this.tweens.getTweens().length > 0;
    this.idleFrames = busy ? 0 : this.idleFrames + 1;
    if (this.idleFrames === 2 && this.stage.running.size > 0) {
      this.stage.running.clear();
      this.report();
    }
    if (this.idleFrames > 3) {
      this.idleFrames = 0;
      this.game.loop.sleep();
    }
  }

  /** A new size on screen: the same design, drawn at a new zoom, or a new layout altogether. */
  resize(layout: TableLayout, zoom: number): void {
    const old = this.stage.layout;
    const rebuild = layout.variant !== old.variant || layout.height !== old.height;
    this.stage.layout = layout;
    this.stage.zoom = zoom;
    if (rebuild) this.rebuild();
    else this.applyZoom();
    void this.loadTextures();
    this.game.loop.wake();
  }

  applySettings(settings: TableSettings): void {
    const contrastChanged = settings.contrast !== this.stage.settings.contrast;
    this.stage.settings = settings;
    if (settings.reducedMotion) {
      this.stage.finishAnimations();
      this.report();
    }
    if (contrastChanged) {
      this.rebuild();
      void this.loadTextures();
    }
    this.game.loop.wake();
  }

  private rebuild(): void {
    const building = this.cancelBuild();
    this.stage.clear();
    this.seats.clear();
    this.view = null;
    // The new seats wait for faces at their new size (the ones at the old size serve meanwhile).
    this.texturesShown = false;
    if (this.faces === 'shown') this.faces = 'loading';
    for (const step of this.buildSteps()) step();
    if (building) {
      this.finishBuild();
      return;
    }
    this.applyTextures();
    this.show(this.store.get(), null);
  }

  /** Building the table, in steps of similar size: the room, each seat, the centre, the meters. */
  private buildSteps(): (() => void)[] {
    const { layout } = this.stage;
    return [
      () => {
        this.cameras.main.setBackgroundColor(this.stage.colours.room);
        this.applyZoom();
        drawRoom(this.stage);
      },
      ...MEMBERS.map((member) => () => {
        const seat = new Seat(this.stage, member);
        seat.setDrawn(this.faces !== 'loading');
        this.seats.set(member, seat);
      }),
      () => {
        this.centre = new TableCentre(this.stage);
      },
      () => {
        this.meters = layout.meters ? new MeterPanel(this.stage, layout.meters) : null;
      },
    ];
  }

  private applyZoom(): void {
    const { layout, zoom } = this.stage;
    const cam = this.cameras.main;
    cam.setSize(Math.round(layout.width * zoom), Math.round(layout.height * zoom));
    cam.setZoom(zoom);
    cam.centerOn(layout.width / 2, layout.height / 2);
    this.stage.setZoom(zoom);
  }

  private async loadTextures(): Promise<void> {
    // Not while the table is still being built: finishBuild() loads them for every seat.
    if (this.pendingBuild !== null) return;
    const pixels = texturePixels(this.stage.layout.portrait.w * 1.15, this.stage.zoom);
    try {
      const changed = await this.portraits.use(pixels, this.stage.settings.contrast);
      if (changed || !this.texturesShown) {
        this.applyTextures();
        this.game.loop.wake();
      }
    } catch (error) {
      // Without the art the table still shows its nameplates, votes and meters; the next resize retries.
      if (this.faces === 'loading') this.revealSeats('failed');
      // eslint-disable-next-line no-console -- a developer's clue; the player loses nothing but faces
      console.warn('The portraits could not be loaded:', error);
    }
  }

  private applyTextures(): void {
    if (!this.portraits.ready()) return;
    const fade = !this.texturesShown && !this.stage.settings.reducedMotion;
    this.texturesShown = true;
    for (const seat of this.seats.values()) seat.applyTextures(this.portraits, fade);
    this.revealSeats('shown');
  }

  private revealSeats(faces: 'shown' | 'failed'): void {
    this.faces = faces;
    for (const seat of this.seats.values()) seat.setDrawn(true);
    this.report();
  }

  private show(state: GameState, previous: GameState | null): void {
    const view = tableView(state);
    const before = this.view;
    this.view = view;
    const newBeat = state.beat !== this.beat;
    this.beat = state.beat;
    if (newBeat) this.endAfterVote = -1;
    // Back to the title or a new run: the table clears at once, nobody is struck off.
    const reset = before !== null && before.started && !view.started;
    const motion = !this.stage.settings.reducedMotion && previous !== null && !reset;
    // Everyone takes their seats when a run starts; later changes are the story's.
    const opening = before !== null && !before.started && view.started;

    let order = 0;
    for (const member of MEMBERS) {
      const seat = this.seats.get(member);
      if (!seat) continue;
      if (newBeat || reset) seat.clearStruck(state.beat, reset);
      seat.show(view, state.beat, this.portraits, motion, opening ? order++ : 0);
    }
    this.settlePlates();
    // On a phone the meters are a bar at the foot of the page: the table says what moved and why.
    this.centre?.show(view, this.meters || !view.started ? [] : meterChanges(state.shifts), this.labels);
    this.meters?.show(state, previous, newBeat, motion && newBeat);
    const vote = newVote(state, previous);
    const { ending } = view;
    if (!ending) this.ending = '';
    // At an ending the table shows the run's final state; a vote that brought it is seen first, when
    // the table moves (without motion, the end at once: no vote left standing behind it).
    if (vote && (motion || !ending)) {
      this.votes += 1;
      this.lastVote = `${vote.forum} ${String(vote.for)} ${String(vote.against)}`;
      const seated = MEMBERS.filter((m) => isSeated(view.seats[m].state));
      const raised = raiseCards(this.stage, this.seats, seated, vote, this.labels, motion);
      this.cards = raised.cards;
      this.cardBoxes = raised.spots.map((spot) => spot.box);
      this.centre?.showTally(vote, motion);
      if (ending) {
        const beat = state.beat;
        this.endAfterVote = beat;
        this.stage.animate('vote', {
          targets: { t: 0 },
          t: 1,
          delay: END_AFTER_VOTE_MS,
          duration: 1,
          onComplete: () => {
            if (this.beat === beat) this.showEnd(ending.id);
          },
        });
      }
    } else if (ending) {
      // Another update in the same beat (the store changes more than once per beat) leaves the vote
      // playing: it ends the run when it has been seen.
      if (this.endAfterVote !== state.beat) this.showEnd(ending.id);
    } else if (newBeat) this.clearVote();
    this.report();
  }

  /** The vote's cards and tally leave the table. */
  private clearVote(): void {
    this.centre?.hideTally();
    lowerCards(this.seats);
    this.cardBoxes = [];
  }

  /** The run's final state: who sits at the table and who is gone, the ending's title, no vote. */
  private showEnd(id: string): void {
    this.endAfterVote = -1;
    this.clearVote();
    this.cards = '';
    this.ending = id;
    this.report();
  }

  /** Where neighbouring nameplates would overlap, one steps aside (plates.ts). */
  private settlePlates(): void {
    const { layout } = this.stage;
    const shown = SEAT_ORDER.flatMap((member) => {
      const seat = this.seats.get(member);
      return seat?.plate.visible ? [seat] : [];
    });
    const boxes = shown.map((seat) => ({
      member: seat.member,
      x: seat.plate.x,
      y: seat.spot.plateY,
      w: seat.plateWidth,
      h: layout.plate.h,
    }));
    const settled = settlePlates(boxes, layout.meters ? layout.meters.top : layout.height);
    shown.forEach((seat, i) => seat.plate.setY(settled[i]?.y ?? seat.spot.plateY));
    this.labels = settled;
  }

  private report(): void {
    const view = this.view;
    this.onStatus({
      speaker: view?.speaker ?? '',
      seated: view ? MEMBERS.filter((m) => isSeated(view.seats[m].state)) : [],
      animating: [...this.stage.running.keys()].sort(),
      votes: this.votes,
      vote: this.lastVote,
      cards: this.cards,
      labels: this.faces === 'loading' ? [] : this.labels,
      faces: this.faces,
      cardBoxes: this.cardBoxes,
      weighs: this.meters?.weighs ?? '',
      ending: this.ending,
      detail: this.centre?.detailBox() ?? null,
    });
  }
}
