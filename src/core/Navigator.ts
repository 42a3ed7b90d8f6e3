/**
 * Moving between the game's screens without losing a run or the Lab's results: the tools (Lab, gallery, the classroom's screens)
 * and their way back, back to the run from the timeline or the debrief, and any screen the browser's
 * Back and Forward buttons ask for (ui/history.ts). Where the player is lives in the store.
 */
import { type GameState, isToolScreen, type Screen, type ToolScreen } from './gameState.ts';
import type { RunSession } from './RunSession.ts';
import type { Store } from './store.ts';

export class Navigator {
  constructor(
    private readonly store: Store<GameState>,
    private readonly session: RunSession,
    private readonly open: { timeline: () => void; debrief: () => void; title: () => void },
  ) {}

  /** Opens the What-if Lab or the Endings gallery; closeTool() goes back (to the ending, if from one). */
  openTool(screen: ToolScreen): void {
    const current = this.store.get().screen;
    this.store.set({ screen, toolReturn: isToolScreen(current) ? this.store.get().toolReturn : current });
  }

  closeTool(): void {
    const back = this.store.get().toolReturn;
    this.store.set({ toolReturn: null });
    if (back !== null && this.canShow(back)) this.store.set({ screen: back });
    else this.open.title();
  }

  /** Back from the timeline or the debrief to the run. */
  backToStory(): void {
    if (!this.session.active) {
      this.open.title();
      return;
    }
    this.store.set({ screen: 'story', timeline: null, debrief: null });
  }

  /**
   * Shows a screen the browser's history asks for, if it can be shown now (a run's screens need the
   * run); returns false if not. Nothing is lost: the run stays in the session and the Lab keeps its view.
   */
  navigate(screen: Screen): boolean {
    if (screen === this.store.get().screen) return true;
    if (!this.canShow(screen)) return false;
    if (isToolScreen(screen)) {
      this.openTool(screen);
      return true;
    }
    switch (screen) {
      case 'title':
        this.store.set({ screen: 'title' });
        break;
      case 'timeline':
        this.open.timeline();
        break;
      case 'debrief':
        this.open.debrief();
        break;
      default:
        this.store.set({ screen, timeline: null, debrief: null });
    }
    return true;
  }

  private canShow(screen: Screen): boolean {
    if (isToolScreen(screen)) return true;
    const record = this.session.record;
    switch (screen) {
      case 'title':
        return true;
      case 'protagonist':
        return record?.choiceLog.length === 0;
      case 'story':
      case 'timeline':
        return record !== null && record.choiceLog.length > 0;
      case 'debrief':
        return record?.ending != null && this.store.get().choices.length === 0;
    }
  }
}
