/** readBeat: the ACT tag becomes an act card with the date and place of the act's first scene. */
import storyJson, { storyHash } from '../../story/main.ink';
import { describe, expect, it } from 'vitest';

import type { Beat } from '../narrative/InkRunner.ts';
import { readLineTags } from '../narrative/tags.ts';
import { memoryStorage, SaveStore } from '../persistence/SaveStore.ts';
import { historicalPolicy, playthrough } from '../sim/playthrough.ts';
import { GameController } from '../core/GameController.ts';
import { initialState } from '../core/gameState.ts';
import { createStore } from '../core/store.ts';
import { readBeat } from './transcript.ts';

const beat = (...lines: [string, string[]][]): Beat => ({
  lines: lines.map(([text, tags]) => ({ ...readLineTags(tags), text })),
  choices: [],
  ended: false,
});

describe('readBeat and ACT', () => {
  it('makes an act entry from the tags of the same line, before its scene entry', () => {
    const view = readBeat(
      beat(['Gorki, in the snow.', ['DATE: 21 January 1924', 'PLACE: Gorki', 'ACT: Act I — The Funeral']]),
    );
    expect(view.entries.slice(0, 2)).toEqual([
      { kind: 'act', title: 'Act I — The Funeral', date: '21 January 1924', place: 'Gorki' },
      { kind: 'scene', date: '21 January 1924', place: 'Gorki' },
    ]);
    expect(view.entries[2]).toEqual({ kind: 'text', text: 'Gorki, in the snow.', speaker: null });
  });

  it('takes the date and place of a later line of the same beat when the ACT line has none', () => {
    const view = readBeat(
      beat(
        ['', ['ACT: Act II — The Troika Breaks']],
        ['Kislovodsk.', ['DATE: September 1924', 'PLACE: Spa']],
      ),
    );
    expect(view.entries[0]).toEqual({
      kind: 'act',
      title: 'Act II — The Troika Breaks',
      date: 'September 1924',
      place: 'Spa',
    });
  });

  it('keeps the first scene: a later scene in the same beat does not move the card', () => {
    const view = readBeat(
      beat(
        ['One.', ['ACT: Prologue', 'DATE: 1922', 'PLACE: Kremlin']],
        ['Two.', ['DATE: 1923', 'PLACE: Tiflis']],
      ),
    );
    expect(view.entries[0]).toMatchObject({ kind: 'act', date: '1922', place: 'Kremlin' });
  });

  it('opens the real story with the prologue card, for each protagonist', () => {
    for (const position of [0, 1]) {
      const store = createStore(initialState());
      const controller = new GameController({
        storyJson,
        storyHash,
        store,
        saves: new SaveStore(memoryStorage()),
        newSeed: () => 1,
      });
      controller.boot();
      controller.newGame();
      controller.choose(position);
      const first = store.get().transcript.find((e) => e.kind !== 'choice');
      expect(first).toEqual({
        kind: 'act',
        title: "Prologue — Lenin's Last Struggle",
        date: '18 December 1922',
        place: 'The Kremlin, plenum of the Central Committee',
      });
    }
  });

  it('opens every act on the historical path with a card that has a date and a place', () => {
    for (const protagonist of ['Trotsky', 'Stalin']) {
      const acts: { title: string; date: string | null; place: string | null }[] = [];
      playthrough(storyJson, {
        seed: 1922,
        policy: historicalPolicy(protagonist),
        onBeat: (b) => {
          for (const e of readBeat(b).entries) if (e.kind === 'act') acts.push(e);
        },
      });
      expect(acts.map((a) => a.title.split(' — ')[0])).toEqual(['Prologue', 'Act I', 'Act II', 'Act III']);
      for (const a of acts) {
        expect(a.date).toMatch(/\d{4}$/);
        expect(a.place).toBeTruthy();
      }
    }
  });
});
