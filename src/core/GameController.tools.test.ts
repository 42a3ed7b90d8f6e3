/** The controller's side of the What-if Lab and the Endings gallery, against the real story. */
import storyJson, { storyHash } from '../../story/main.ink';
import { describe, expect, it } from 'vitest';

import { EndingsStore } from '../persistence/EndingsStore.ts';
import { memoryStorage, SaveStore } from '../persistence/SaveStore.ts';
import { GameController } from './GameController.ts';
import { initialState } from './gameState.ts';
import { createStore } from './store.ts';

function setup() {
  const storage = memoryStorage();
  const store = createStore(initialState());
  const endings = new EndingsStore(storage);
  const controller = new GameController({
    storyJson,
    storyHash,
    store,
    saves: new SaveStore(storage),
    endings,
    newSeed: () => 1924,
  });
  controller.boot();
  return { controller, state: () => store.get(), endings, storage };
}

function playToEnd(controller: GameController, state: () => { choices: unknown[] }): void {
  for (let turn = 0; turn < 100 && state().choices.length > 0; turn++) controller.choose(0);
}

describe('the tools beside the story', () => {
  it('records the ending reached, with its title and protagonist, once per run', () => {
    const { controller, state, endings } = setup();
    controller.newGame();
    controller.choose(1); // Stalin
    playToEnd(controller, state);
    const ending = state().ending;
    expect(ending).not.toBeNull();
    const records = endings.read().records;
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ id: ending, protagonist: 'Stalin', times: 1 });
    const line = state().transcript.find((e) => e.kind === 'ending');
    expect(records[0]?.title).toBe(line?.kind === 'ending' ? line.text : null);

    // Reopening the finished run does not count it again.
    expect(controller.continueGame()).toBe(true);
    expect(endings.read().records[0]?.times).toBe(1);
  });

  it('opens the Lab and the gallery from the title, and comes back to the title', () => {
    const { controller, state } = setup();
    controller.openTool('lab');
    expect(state().screen).toBe('lab');
    controller.openTool('gallery');
    expect(state().screen).toBe('gallery');
    controller.closeTool();
    expect(state().screen).toBe('title');
  });

  it('comes back from the gallery to the ending it was opened from', () => {
    const { controller, state } = setup();
    controller.newGame();
    controller.choose(0); // Trotsky
    playToEnd(controller, state);
    const ending = state().ending;
    const transcript = state().transcript;
    controller.openTool('gallery');
    controller.closeTool();
    expect(state()).toMatchObject({ screen: 'story', ending, transcript });
  });
});
