/**
 * Boots Phaser into the table panel. Loaded with a dynamic import, after the text is usable.
 * It sizes the canvas in device pixels for the space the page gives it (crisp from a phone to a
 * projector), follows the player's motion and contrast settings live, and mirrors a small summary of
 * the table as data- attributes for tests.
 */
import * as Phaser from 'phaser';

import type { GameState } from '../core/gameState.ts';
import type { Store } from '../core/store.ts';
import { COMPACT_MAX_VIEWPORT, type TableLayout, tableLayout, variantFor, wideHeight } from './layout.ts';
import {
  PolitburoScene,
  SCENE_KEY,
  type SceneData,
  type TableSettings,
  type TableStatus,
} from './PolitburoScene.ts';
import type { PlateBox } from './plates.ts';

export interface TableOptions {
  /** 'canvas' forces Phaser's canvas renderer (deterministic browser tests). */
  renderer: 'canvas' | 'auto';
}

/** The canvas never grows past this many device pixels across (fill-rate on big, dense screens). */
const MAX_CANVAS_WIDTH = 2880;

interface Sizing {
  layout: TableLayout;
  gameWidth: number;
  gameHeight: number;
  zoom: number;
}

function measure(parent: HTMLElement): Sizing {
  const variant = variantFor(window.innerWidth);
  const cssWidth = Math.max(200, parent.clientWidth);
  // The panel has a 1rem padding round the table; the wide table grows to the panel's height.
  const layout = tableLayout(variant, wideHeight(cssWidth, window.innerHeight - 32));
  const dpr = Math.max(1, window.devicePixelRatio || 1);
  const gameWidth = Math.min(MAX_CANVAS_WIDTH, Math.round(cssWidth * dpr));
  const zoom = gameWidth / layout.width;
  return { layout, gameWidth, gameHeight: Math.round(layout.height * zoom), zoom };
}

export function readSettings(root: HTMLElement = document.documentElement): TableSettings {
  const media = (query: string): boolean => window.matchMedia(query).matches;
  return {
    reducedMotion: root.dataset.motion === 'reduced' || media('(prefers-reduced-motion: reduce)'),
    contrast: root.dataset.contrast === 'high' || media('(prefers-contrast: more)') ? 'high' : 'normal',
  };
}

function writeStatus(parent: HTMLElement, status: TableStatus): void {
  parent.dataset.tableSpeaker = status.speaker;
  parent.dataset.tableSeated = status.seated.join(' ');
  parent.dataset.tableAnimating = status.animating.join(' ');
  parent.dataset.tableVotes = String(status.votes);
  parent.dataset.tableVote = status.vote;
  parent.dataset.tableCards = status.cards;
  const boxes = (list: readonly PlateBox[]): string =>
    JSON.stringify(list.map((l) => ({ member: l.member, x: l.x, y: l.y, w: l.w, h: l.h })));
  parent.dataset.tableLabels = boxes(status.labels);
  parent.dataset.tableCardBoxes = boxes(status.cardBoxes);
  parent.dataset.tableDetail = boxes(status.detail ? [status.detail] : []);
  parent.dataset.tableWeighs = status.weighs;
  parent.dataset.tableEnding = status.ending;
  parent.dataset.tableFaces = status.faces;
}

export function mountTable(parent: HTMLElement, store: Store<GameState>, options: TableOptions): Phaser.Game {
  let sizing = measure(parent);
  const applyAspect = (): void => {
    parent.style.aspectRatio = `${String(sizing.layout.width)} / ${String(sizing.layout.height)}`;
    parent.dataset.tableLayout = sizing.layout.variant;
  };
  applyAspect();
  const data: SceneData = {
    store,
    layout: sizing.layout,
    zoom: sizing.zoom,
    settings: readSettings(),
    onStatus: (status) => {
      writeStatus(parent, status);
    },
  };
  const game = new Phaser.Game({
    type: options.renderer === 'canvas' ? Phaser.CANVAS : Phaser.AUTO,
    parent,
    width: sizing.gameWidth,
    height: sizing.gameHeight,
    backgroundColor: '#231b18',
    banner: false,
    audio: { noAudio: true },
    // The canvas is a picture (aria-hidden): nothing on it is clicked or typed at.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, expandParent: false },
    render: { antialias: true },
  });
  // The table's first frame is the first drawn with the scene in it, whole (it is built hidden).
  const firstFrame = (): void => {
    if (!game.scene.isActive(SCENE_KEY) || !game.scene.isVisible(SCENE_KEY)) return;
    game.events.off(Phaser.Core.Events.POST_RENDER, firstFrame);
    performance.mark('table-first-frame');
    parent.dataset.tableReady = game.renderer.type === Phaser.CANVAS ? 'canvas' : 'webgl';
  };
  game.events.on(Phaser.Core.Events.POST_RENDER, firstFrame);
  // Phaser's boot (renderer, default textures) and the scene's create() are each a long piece of work:
  // the scene starts in a task of its own once the game is ready, so neither holds the page for both.
  game.scene.add(SCENE_KEY, PolitburoScene, false);
  let destroyed = false;
  game.events.once(Phaser.Core.Events.DESTROY, () => {
    destroyed = true;
  });
  game.events.once(Phaser.Core.Events.READY, () => {
    setTimeout(() => {
      // Unless the table was taken down meanwhile (main.ts falls back to text).
      if (!destroyed) game.scene.start(SCENE_KEY, data);
    }, 0);
  });
  const scene = (): PolitburoScene | null => {
    const found = game.scene.isActive(SCENE_KEY) ? game.scene.getScene(SCENE_KEY) : null;
    return found instanceof PolitburoScene ? found : null;
  };

  // Follow the space the page gives the table; the loop sleeps, so wake it to redraw.
  const refit = (): void => {
    const next = measure(parent);
    const same =
      next.layout.variant === sizing.layout.variant &&
      next.layout.height === sizing.layout.height &&
      next.gameWidth === sizing.gameWidth;
    if (!same) {
      sizing = next;
      applyAspect();
      data.layout = next.layout;
      data.zoom = next.zoom;
      game.scale.setGameSize(next.gameWidth, next.gameHeight);
      scene()?.resize(next.layout, next.zoom);
    }
    // Phaser checks its parent's size only while its loop runs, and the loop may be asleep.
    game.scale.refresh();
    game.loop.wake();
  };
  new ResizeObserver(refit).observe(parent);
  window.addEventListener('resize', refit);
  window.matchMedia(`(max-width: ${String(COMPACT_MAX_VIEWPORT)}px)`).addEventListener('change', refit);

  // The settings screen sets data-motion / data-contrast on <html>; the system settings count too.
  const resettle = (): void => {
    data.settings = readSettings();
    scene()?.applySettings(data.settings);
    parent.dataset.tableMotion = data.settings.reducedMotion ? 'reduced' : 'full';
    parent.dataset.tableContrast = data.settings.contrast;
  };
  resettle();
  new MutationObserver(resettle).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-motion', 'data-contrast'],
  });
  for (const query of ['(prefers-reduced-motion: reduce)', '(prefers-contrast: more)']) {
    window.matchMedia(query).addEventListener('change', resettle);
  }
  return game;
}
