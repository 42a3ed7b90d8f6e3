/**
 * The classroom's screens, loaded on first use: the teacher's guide, the codex, class set-up, the class
 * board and the privacy and accessibility statements.
 */
import './lab.css';

import type { ToolScreen } from '../core/gameState.ts';
import { hasShortRun } from '../classroom/shortRun.ts';
import { boardScreen } from './Board.ts';
import { classSetupScreen } from './ClassSetup.ts';
import { codexScreen } from './CodexScreen.ts';
import { guideScreen } from './Guide.ts';
import { statementsScreen } from './Statements.ts';
import type { ToolContext } from './tools.ts';

export function classroomScreen(screen: ToolScreen, context: ToolContext): HTMLElement {
  const open = (target: ToolScreen) => (): void => {
    context.controller.openTool(target);
  };
  switch (screen) {
    case 'guide':
      return guideScreen({ openStatements: open('about'), openCodex: open('codex') });
    case 'codex':
      return codexScreen();
    case 'about':
      return statementsScreen();
    case 'class':
      return classSetupScreen({ shortRun: hasShortRun(context.storyJson), openBoard: open('board') });
    case 'board':
      return boardScreen({
        storyJson: context.storyJson,
        storyHash: context.storyHash,
        storage: context.storage,
        pending: context.pendingResults,
      });
    default:
      throw new Error(`no classroom screen called ${screen}`);
  }
}
