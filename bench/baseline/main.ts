/**
 * The benchmark's baseline: an empty Phaser 4 game built by the same Vite config, loaded the usual way
 * (Phaser imported up front), with one button on the page.
 */
import * as Phaser from 'phaser';

performance.mark('ui-ready');
const renderer =
  new URLSearchParams(location.search).get('renderer') === 'canvas' ? Phaser.CANVAS : Phaser.AUTO;
const game = new Phaser.Game({
  type: renderer,
  parent: 'game',
  width: 800,
  height: 520,
  banner: false,
  audio: { noAudio: true },
  scene: {
    create(this: Phaser.Scene) {
      this.add.rectangle(400, 260, 200, 100, 0xc8202f);
    },
  },
});
game.events.once(Phaser.Core.Events.POST_RENDER, () => {
  performance.mark('table-first-frame');
});
