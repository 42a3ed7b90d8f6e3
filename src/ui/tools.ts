/**
 * The What-if Lab and the Endings gallery, beside the story. Their code, styles and worker load only
 * when first opened, so the title screen stays light. The Lab is built once and keeps its results; the
 * gallery is drawn afresh each time, as endings may have been reached since.
 */
import type { GameController } from '../core/GameController.ts';
import type { GameState, ToolScreen } from '../core/gameState.ts';
import type { Store } from '../core/store.ts';
import type { EndingsStore } from '../persistence/EndingsStore.ts';
import type { KeyValueStorage } from '../persistence/SaveStore.ts';
import type { Protagonist } from '../sim/whatIf.ts';
import { h } from './dom.ts';
import type { Lab } from './Lab.ts';
import { isChunkLoadError, STALE_PAGE } from './UpdateBar.ts';

export interface ToolViews {
  view(screen: ToolScreen): HTMLElement;
}

export interface ToolContext {
  storyJson: string;
  storyHash: string;
  /** The browser's storage (null where it is refused), for the class board. */
  storage: KeyValueStorage | null;
  /** Result codes that came with the page (a result link), for the class board to add. */
  pendingResults: string[];
  controller: GameController;
  endings: EndingsStore;
  store: Store<GameState>;
}

const asProtagonist = (name: string | undefined): Protagonist | null =>
  name === 'Trotsky' || name === 'Stalin' ? name : null;

/** The side the player is playing, or else the side of the last ending this browser reached. */
export function lastProtagonist(context: Pick<ToolContext, 'store' | 'endings'>): Protagonist | null {
  const playing = asProtagonist(context.store.get().protagonist);
  if (playing) return playing;
  const latest = context.endings
    .read()
    .records.reduce<{ protagonist: string; lastReached: string } | null>(
      (last, r) => (!last || r.lastReached > last.lastReached ? r : last),
      null,
    );
  return asProtagonist(latest?.protagonist);
}

const HEADINGS: Record<ToolScreen, string> = {
  lab: 'What-if Lab',
  gallery: 'Endings',
  guide: 'Teacher’s guide',
  codex: 'Codex',
  class: 'Class set-up',
  board: 'Class board',
  about: 'Privacy and accessibility',
};

/** The buttons that open the tools, for the title screen and the end of a run. */
export function toolButtons(
  controller: GameController,
  className?: string,
  screens: readonly ToolScreen[] = ['lab', 'gallery'],
): HTMLButtonElement[] {
  return screens.map((screen) => {
    const button = h(
      'button',
      { type: 'button', class: className, 'data-open-tool': screen },
      HEADINGS[screen],
    );
    button.addEventListener('click', () => {
      controller.openTool(screen);
    });
    return button;
  });
}

export function createToolViews(context: ToolContext): ToolViews {
  let lab: HTMLElement | null = null;
  let labView: Lab | null = null;
  const shell = (screen: ToolScreen, fill: (body: HTMLElement) => Promise<void>): HTMLElement => {
    const back = h('button', { type: 'button', class: 'tool-back' }, 'Back');
    back.addEventListener('click', () => {
      context.controller.closeTool();
    });
    const body = h('div', { class: 'tool-body' }, h('p', { class: 'tool-loading' }, 'Loading…'));
    fill(body).catch((error: unknown) => {
      body.replaceChildren(
        h(
          'p',
          { class: 'notice warning', role: 'alert' },
          `The ${HEADINGS[screen]} could not be opened: ${isChunkLoadError(error) ? STALE_PAGE : error instanceof Error ? error.message : String(error)}. ` +
            'The game itself plays on.',
        ),
      );
    });
    return h(
      'section',
      { class: `tool-screen ${screen}-screen` },
      h(
        'header',
        { class: 'tool-head' },
        h('h1', { class: 'tool-title', tabindex: -1 }, HEADINGS[screen]),
        back,
      ),
      body,
    );
  };
  return {
    view(screen) {
      if (screen === 'lab') {
        const protagonist = lastProtagonist(context);
        // The length of the run on screen, if one is; otherwise the full story.
        const length = context.store.get().protagonist === '' ? 'full' : context.store.get().length;
        if (protagonist) labView?.follow(protagonist, length);
        lab ??= shell('lab', async (body) => {
          const { Lab } = await import('./Lab.ts');
          labView = new Lab(context.storyJson, protagonist ?? undefined, length);
          body.replaceChildren(labView.element);
        });
        return lab;
      }
      if (screen === 'gallery')
        return shell('gallery', async (body) => {
          const { Gallery } = await import('./Gallery.ts');
          body.replaceChildren(await Gallery.build(context.endings));
        });
      // The classroom's screens: drawn afresh each time (the board reads what this browser holds now).
      return shell(screen, async (body) => {
        const { classroomScreen } = await import('./classroom.ts');
        body.replaceChildren(classroomScreen(screen, context));
      });
    },
  };
}
