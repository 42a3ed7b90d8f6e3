/** Boots Phaser into the table panel. Loaded with a dynamic import, after the text is usable. */
import * as Phaser from 'phaser';

import type { GameState } from '../core/gameState.ts';
import type { Store } from '../core/store.ts';
import { HEIGHT, WIDTH } from './layout.ts';
import { PolitburoScene, SCENE_KEY } from './PolitburoScene.ts';

export interface TableOptions {
  /** 'canvas' forces Phaser's canvas renderer (deterministic browser tests). */
  renderer: 'canvas' | 'auto';
}

export function mountTable(parent: HTMLElement, store: Store<GameState>, options: TableOptions): Phaser.Game {
  const game = new Phaser.Game({
    type: options.renderer === 'canvas' ? Phaser.CANVAS : Phaser.AUTO,
    parent,
    width: WIDTH,
    height: HEIGHT,
    backgroundColor: '#231b18',
    banner: false,
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY },
    render: { antialias: true },
  });
  game.events.once(Phaser.Core.Events.POST_RENDER, () => {
    performance.mark('table-first-frame');
    parent.dataset.tableReady = game.renderer.type === Phaser.CANVAS ? 'canvas' : 'webgl';
  });
  game.scene.add(SCENE_KEY, PolitburoScene, true, { store });
  window.addEventListener('resize', () => {
    game.loop.wake();
  });
  return game;
}
