/** The room behind the table: a constructivist red diagonal, and the table itself with its red rule. */
import * as Phaser from 'phaser';

import type { Stage } from './stage.ts';

export function drawRoom(stage: Stage): void {
  const { scene, layout, colours: c } = stage;
  const { width, height, table } = layout;
  const zoneBottom = layout.meters ? layout.meters.top : height;
  const g = scene.add.graphics().setDepth(0);
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
  const t = scene.add.graphics().setDepth(20);
  t.fillStyle(0x000000, 0.45).fillEllipse(table.x, table.y + 12, table.rx * 2 + 10, table.ry * 2 + 8);
  t.fillStyle(c.table, 1).fillEllipse(table.x, table.y, table.rx * 2, table.ry * 2);
  t.lineStyle(c.outline, c.ink, 1).strokeEllipse(table.x, table.y, table.rx * 2, table.ry * 2);
  t.lineStyle(3, c.red, 1).strokeEllipse(table.x, table.y, table.rx * 2 - 26, table.ry * 2 - 22);
}
