/**
 * The DOM view: title screen, protagonist screen and story screen, drawn from the store. It sends
 * commands to the controller and never touches ink or Phaser.
 */
import type { GameController } from '../core/GameController.ts';
import type { GameState } from '../core/gameState.ts';
import type { Store } from '../core/store.ts';
import { protagonistEmblem, titlePoster } from './art.ts';
import { Choices } from './Choices.ts';
import { debriefScreen, matteredSection } from './Debrief.ts';
import { DecisionGate } from './decisionGate.ts';
import { ForumAhead } from './ForumAhead.ts';
import { EndingHold } from './endingHold.ts';
import { endingPoster } from './EndingPoster.ts';
import { type ClassSettings, describeClassSettings } from '../classroom/classLink.ts';
import type { RunLength } from '../model/record.ts';
import { h } from './dom.ts';
import { setCodexOpener } from './explain.ts';
import { readAloudButton } from './readAloud.ts';
import { resultBox } from './resultBox.ts';
import { RUN_ABOUT, RUN_TIMES, runLabel } from './runLength.ts';
import { meterBarGuideButton, meterGuideButton } from './meterGuide.ts';
import { MeterPanel } from './Meters.ts';
import { timelineScreen } from './Timeline.ts';
import { toolButtons, type ToolViews } from './tools.ts';
import { SettingsDialog, SettingsStore, settingsStorage } from './Settings.ts';
import { Sound } from './sound.ts';
import { ActOverlay } from './TitleCard.ts';
import { keepReadingRoom } from './readingRoom.ts';
import { Transcript } from './Transcript.ts';

export class App {
  private readonly root: HTMLElement;
  private readonly screen: HTMLElement;
  private readonly notice: HTMLElement;
  private readonly meters: MeterPanel;
  private readonly transcript = new Transcript();
  private readonly choices: Choices;
  private readonly forumAhead = new ForumAhead();
  private readonly protagonistChoices: Choices;
  /** The story's position of each protagonist choice on screen. */
  private offeredSides: number[] = [];
  /** The length of run the player last chose on the protagonist screen, for their next new game. */
  private preferredLength: RunLength = 'full';
  private readonly storyView: HTMLElement;
  private readonly endingView: HTMLElement;
  private readonly sceneCaption: HTMLElement;
  private readonly settings: SettingsStore;
  private readonly sound: Sound;
  private readonly overlay = new ActOverlay();
  private shown: GameState['screen'] | null = null;
  private shownKey = '';
  /** Counts the story's placements (focus and scroll): only the latest is carried out. */
  private placement = 0;
  /** On a phone, the poster waits while the table strip plays the vote that ended the run. */
  private readonly endingHold: EndingHold;

  constructor(
    root: HTMLElement,
    store: Store<GameState>,
    private readonly controller: GameController,
    private readonly tools?: ToolViews,
    /** The teacher's settings, when the page was opened from a class link. */
    private readonly classSettings: ClassSettings | null = null,
  ) {
    this.root = root;
    this.endingHold = new EndingHold(root, () => {
      if (this.shown !== 'story' || this.endingView.hidden) return;
      this.root.toggleAttribute('data-ended', true);
      this.endingView.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
    });
    // Settings first, so the first drawn screen already has the player's text size, contrast and motion.
    this.settings = new SettingsStore(settingsStorage());
    this.sound = new Sound(() => this.settings.get().sound);
    setCodexOpener(() => {
      this.controller.openTool('codex');
    });
    const settingsDialog = new SettingsDialog(this.settings, () => {
      this.sound.click();
    });
    root.querySelector('.masthead')?.append(settingsDialog.button);
    this.screen = root.querySelector<HTMLElement>('[data-screen]') ?? root;
    this.notice = h('div', { class: 'notice', role: 'status' });
    this.notice.hidden = true;
    this.meters = new MeterPanel(
      meterBarGuideButton(
        () => store.get(),
        () => this.controller.meterGuide(),
      ),
    );
    root.querySelector('[data-meters]')?.replaceWith(this.meters.element);
    keepReadingRoom(root);
    this.sceneCaption = root.querySelector<HTMLElement>('[data-scene-caption]') ?? h('p');

    const choose = (position: number): void => {
      this.sound.click();
      this.controller.choose(position);
    };
    // One gate for both screens: a double press on the protagonist screen cannot also take the first decision.
    const gate = new DecisionGate();
    this.choices = new Choices(choose, 'Your choices', gate);
    // Positions on the protagonist screen count the sides offered (a class link may offer one).
    this.protagonistChoices = new Choices(
      (position) => {
        choose(this.offeredSides[position] ?? position);
      },
      'Choose your protagonist',
      gate,
    );
    this.endingView = h('section', { class: 'ending on-red', 'aria-label': 'The end of this run' });
    this.endingView.hidden = true;
    const timeline = h(
      'button',
      { type: 'button', class: 'btn btn-small', 'data-open-timeline': '' },
      'Timeline',
    );
    timeline.addEventListener('click', () => {
      this.controller.showTimeline();
    });
    this.storyView = h(
      'div',
      { class: 'story' },
      h('h1', { class: 'visually-hidden' }, 'Your story'),
      h(
        'nav',
        { class: 'story-tools', 'aria-label': 'Run' },
        timeline,
        meterGuideButton(
          () => store.get(),
          () => this.controller.meterGuide(),
          'btn btn-small',
        ),
        readAloudButton('btn btn-small'),
        ...toolButtons(this.controller, 'btn btn-small'),
      ),
      this.transcript.element,
      this.forumAhead.element,
      this.choices.element,
      this.endingView,
    );

    document.addEventListener('keydown', (event) => {
      // Keys 1–9 belong to the story, not to a dialog open above it.
      if (document.querySelector('dialog[open]')) return;
      const active = this.shown === 'protagonist' ? this.protagonistChoices : this.choices;
      if (active.handleKey(event)) event.preventDefault();
    });
    store.subscribe((state, previous) => {
      this.render(state, previous);
    });
    this.render(store.get(), null);
  }

  private render(state: GameState, previous: GameState | null): void {
    this.notice.hidden = state.notice === null;
    this.notice.textContent = state.notice?.text ?? '';
    this.notice.className = `notice ${state.notice?.level ?? ''}`;
    this.meters.render(state, previous);
    this.sceneCaption.textContent = [state.date, state.place].filter(Boolean).join(' · ');

    // The title screen also changes when a save appears (boot reads storage after the first draw).
    const key = screenKey(state);
    if (key === this.shownKey && state.screen === 'debrief' && state.debrief !== previous?.debrief) {
      // The re-simulation finished: replace its section only, keeping the reader's place.
      const section = this.screen.querySelector('[data-mattered]');
      if (state.debrief) section?.replaceWith(matteredSection(state.debrief));
    }
    if (key !== this.shownKey) {
      this.shownKey = key;
      this.shown = state.screen;
      this.overlay.hide();
      this.screen.replaceChildren(this.notice, this.buildScreen(state));
      this.setView(state.screen);
      // The debrief completed by its worker keeps the reader's place and focus.
      const completed = state.screen === 'debrief' && previous?.screen === 'debrief';
      // Every screen but the story opens at its top, its heading focused (the story places the reader
      // itself, below).
      if (!completed && state.screen !== 'story') {
        this.screen.querySelector<HTMLElement>('h1, h2, button')?.focus({ preventScroll: true });
        window.scrollTo(0, 0);
      }
    }
    if (state.screen === 'story') this.renderStory(state, previous);
  }

  /**
   * The layout follows the screen: the title and protagonist screens are full-width posters, and so are
   * the timeline, the debrief, the Lab and the gallery; only the story shares the page with the table.
   * The table is hidden while it is not shown, so tell Phaser (which measures its parent on window
   * resize) when it comes back: the window may have changed meanwhile.
   */
  private setView(screen: GameState['screen']): void {
    const before = this.root.dataset.view;
    this.root.dataset.view = screen;
    if (before !== screen && (before === 'story' || screen === 'story')) {
      window.dispatchEvent(new Event('resize'));
    }
  }

  private buildScreen(state: GameState): HTMLElement {
    switch (state.screen) {
      case 'title':
        return this.titleScreen(state);
      case 'protagonist':
        return this.protagonistScreen(state);
      case 'story':
        return this.storyView;
      case 'timeline':
        return state.timeline ? timelineScreen(state.timeline, this.controller) : this.storyView;
      case 'debrief':
        return state.debrief ? debriefScreen(state.debrief, this.controller) : this.storyView;
      case 'lab':
      case 'gallery':
      case 'guide':
      case 'codex':
      case 'class':
      case 'board':
      case 'about':
        return this.tools?.view(state.screen) ?? h('section', {}, h('h1', { tabindex: -1 }, 'Not available'));
    }
  }

  private titleScreen(state: GameState): HTMLElement {
    const newGame = h('button', { type: 'button', class: 'btn btn-primary' }, 'New game');
    newGame.addEventListener('click', () => {
      this.newGame();
    });
    const buttons = [newGame];
    if (state.hasAutosave) {
      const resume = h('button', { type: 'button', class: 'btn btn-secondary' }, 'Continue');
      resume.addEventListener('click', () => {
        this.controller.continueGame();
      });
      buttons.unshift(resume);
    }
    return h(
      'section',
      { class: 'title-screen poster' },
      // The art comes first so that on a phone it can float beside the title.
      h('div', { class: 'poster-figure' }, titlePoster()),
      h(
        'div',
        { class: 'poster-text' },
        h('p', { class: 'kicker' }, 'Moscow · 1922–1929'),
        h(
          'h1',
          { class: 'title', tabindex: -1 },
          h('span', { class: 'title-the' }, 'The '),
          h('span', { class: 'title-empty' }, 'Empty '),
          h('span', { class: 'title-chair' }, 'Chair'),
        ),
        h('p', { class: 'subtitle' }, 'The struggle for Lenin’s succession'),
        h(
          'p',
          { class: 'lede' },
          'Lenin is dying, and no rule says who comes after him. Play Leon Trotsky or Joseph Stalin through the ' +
            'real decisions of the struggle. History can go differently; the game shows you why it did not.',
        ),
        this.classBanner(),
        h('div', { class: 'menu' }, ...buttons),
        h(
          'div',
          { class: 'menu menu-tools' },
          ...toolButtons(this.controller, undefined, ['lab', 'gallery', 'codex']),
        ),
        h(
          'nav',
          { class: 'menu menu-teachers', 'aria-label': 'For teachers' },
          h('span', { class: 'menu-label' }, 'For teachers'),
          ...toolButtons(this.controller, 'btn-link', ['guide', 'class', 'board', 'about']),
        ),
      ),
    );
  }

  /** On the title screen of a class link: the teacher's settings, in words. */
  private classBanner(): HTMLElement | null {
    if (!this.classSettings) return null;
    return h(
      'section',
      { class: 'class-banner', 'aria-label': 'Your teacher’s settings', 'data-class-settings': '' },
      h('p', { class: 'class-banner-head' }, 'Your teacher’s settings'),
      h('ul', {}, ...describeClassSettings(this.classSettings, RUN_TIMES).map((t) => h('li', {}, t))),
    );
  }

  private protagonistScreen(state: GameState): HTMLElement {
    // A class link may fix the side: only that protagonist is offered (keys 1–9 count what is shown).
    const side = this.classSettings?.side ?? null;
    const offered = state.choices.filter((c) => side === null || c.protagonist === side);
    this.offeredSides = offered.map((c) => state.choices.indexOf(c));
    this.protagonistChoices.render(offered.length > 0 ? offered : state.choices);
    if (offered.length === 0) this.offeredSides = [];
    const buttons = [...this.protagonistChoices.element.querySelectorAll('button')];
    const cards = (offered.length > 0 ? offered : state.choices).map((choice, position) => {
      const portrait = state.portraits.find((p) => p.name === choice.protagonist);
      const button = buttons[position];
      return h(
        'article',
        { class: `card protagonist-card protagonist-${(choice.protagonist ?? '').toLowerCase()}` },
        h('div', { class: 'card-art' }, protagonistEmblem(choice.protagonist ?? '')),
        portrait ? h('p', { class: 'card-text' }, portrait.text) : null,
        button ?? null,
      );
    });
    this.protagonistChoices.element.replaceChildren(...cards);
    const fixed =
      side === null
        ? null
        : h('p', { class: 'intro class-side' }, `Your teacher has chosen the side: ${side}.`);
    return h(
      'section',
      { class: 'protagonist-screen' },
      h('h1', { class: 'display-heading', tabindex: -1 }, 'Choose your side'),
      ...state.intro.map((text) => h('p', { class: 'intro' }, text)),
      this.lengthChooser(state),
      fixed,
      this.protagonistChoices.element,
    );
  }

  /**
   * How long the run is, with the time each length takes to read: a choice, or the teacher's setting
   * from a class link. Nothing when the story has only the full run.
   */
  private lengthChooser(state: GameState): HTMLElement | null {
    if (RUN_TIMES.short === null) return null;
    const fixed = this.classSettings?.length;
    if (fixed)
      return h(
        'p',
        { class: 'intro class-length', 'data-run-length': state.length },
        `Your teacher has chosen the length: ${runLabel(fixed)} (${RUN_ABOUT[fixed]}).`,
      );
    return h(
      'fieldset',
      { class: 'run-length', 'data-run-length': state.length },
      h('legend', {}, 'How long?'),
      ...(['full', 'short'] as const).map((length) => {
        const input = h('input', {
          type: 'radio',
          name: 'run-length',
          value: length,
          checked: state.length === length,
        });
        input.addEventListener('change', () => {
          if (!input.checked) return;
          this.preferredLength = length;
          this.controller.chooseLength(length);
          input.closest('fieldset')?.setAttribute('data-run-length', length);
        });
        return h(
          'label',
          { class: 'run-length-option' },
          input,
          h('span', { class: 'run-length-name' }, runLabel(length)),
          h('span', { class: 'run-length-about' }, RUN_ABOUT[length]),
        );
      }),
    );
  }

  /** A new game of the length the teacher set, or the player last chose. */
  private newGame(): void {
    this.controller.newGame(undefined, this.classSettings?.length ?? this.preferredLength);
  }

  private renderStory(state: GameState, previous: GameState | null): void {
    const before = this.transcript.count <= state.transcript.length ? this.transcript.count : 0;
    const first = this.transcript.render(state.transcript);
    // In play (not when a saved game is restored): a bell when a forum votes, and a new act sweeps its
    // title across the screen.
    const inPlay = previous?.screen === 'story' || previous?.screen === 'protagonist';
    const added = inPlay ? state.transcript.slice(before) : [];
    const voted = added.some((e) => e.kind === 'vote');
    if (voted) this.sound.bell();
    const act = added.find((e) => e.kind === 'act');
    if (act?.kind === 'act') this.overlay.show(act, reducedMotion());
    this.forumAhead.render(state);
    this.choices.render(state.choices);
    this.renderEnding(state, voted && previous?.beat !== state.beat);
    if (previous?.beat !== state.beat || previous.screen !== 'story') {
      // Focus and scrolling need the page laid out. Done in the next frame, they share that frame's
      // layout, instead of forcing one in the click that brought the beat (on a phone, with a long
      // transcript, the layout is the larger half of the work).
      const placement = ++this.placement;
      requestAnimationFrame(() => {
        if (placement === this.placement && this.shown === 'story') this.place(state, previous, first);
      });
    }
  }

  private place(state: GameState, previous: GameState | null, first: HTMLElement | null): void {
    if (state.choices.length > 0) this.choices.focusFirst();
    else this.endingView.querySelector<HTMLElement>('[data-open-debrief]')?.focus({ preventScroll: true });
    // A new run starts at the top (on a phone, the table is there); later beats scroll to the new text;
    // a run put back on screen (Continue, a rewind, a loaded slot, a share link), or a return from
    // another screen, lands where the run stands: its choices, or its ending.
    // An ending shows its poster at once, from its title (the epilogue's text is above it, linked from it).
    if (state.arrival === 'new' && previous?.screen !== 'story') window.scrollTo(0, 0);
    else if (!this.endingView.hidden && !this.endingHold.holding)
      this.endingView.scrollIntoView({ block: 'start' });
    else if (state.arrival === 'next' && previous?.screen === 'story' && first)
      first.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
    else this.showWhereTheRunStands(state);
  }

  /** Scrolls the current choices (or the ending) into view, the first choice at least. */
  private showWhereTheRunStands(state: GameState): void {
    const target = state.choices.length > 0 ? this.choices.element : this.endingView;
    // The whole group at the bottom of the screen, with the text before it above; if it is taller than
    // the screen, its start.
    const fits = target.getBoundingClientRect().height < window.innerHeight * 0.9;
    target.scrollIntoView({ block: fits ? 'end' : 'start' });
  }

  /** `voted`: the beat that has just arrived brought a vote. */
  private renderEnding(state: GameState, voted: boolean): void {
    const ended = state.choices.length === 0 && state.ending !== null;
    this.endingView.hidden = !ended;
    if (!ended) this.endingHold.cancel();
    else if (voted) this.endingHold.start(state.ending ?? '');
    // On a phone the table strip and the meter bar give the window to the poster (styles.css), once
    // the strip has played the vote that ended the run.
    this.root.toggleAttribute('data-ended', ended && !this.endingHold.holding);
    if (!ended) {
      this.endingView.removeAttribute('data-ending');
      delete this.endingView.dataset.drawn;
      return;
    }
    // Drawn once per ending and look (the poster's art follows the contrast setting).
    const contrast = document.documentElement.dataset.contrast === 'high' ? 'high' : 'normal';
    const key = `${state.ending ?? ''}|${contrast}`;
    if (this.endingView.dataset.drawn === key) return;
    this.endingView.dataset.drawn = key;
    this.endingView.setAttribute('data-ending', state.ending ?? '');
    const again = h('button', { type: 'button', class: 'btn btn-secondary' }, 'Play again');
    again.addEventListener('click', () => {
      this.newGame();
    });
    const debrief = h(
      'button',
      { type: 'button', class: 'btn btn-primary', 'data-open-debrief': '' },
      'Debrief and share',
    );
    debrief.addEventListener('click', () => {
      this.controller.showDebrief();
    });
    // The epilogue's text is the transcript's, above the poster: a link back to where it starts.
    const epilogue = h('button', { type: 'button', class: 'link-button' }, 'Read the whole epilogue');
    epilogue.addEventListener('click', () => {
      const start = [...this.transcript.element.querySelectorAll<HTMLElement>('.ending-line')].pop();
      start?.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
    });
    const toTitle = h('button', { type: 'button', class: 'btn btn-secondary' }, 'Title screen');
    toTitle.addEventListener('click', () => {
      this.controller.returnToTitle();
    });
    // A class run's result code follows the poster (the classroom's resultBox).
    const result = resultBox(this.controller.runForCode());
    this.endingView.replaceChildren(
      endingPoster(state, contrast, {
        debrief,
        epilogue,
        others: [again, toTitle, ...toolButtons(this.controller)],
      }),
      ...(result ? [result] : []),
    );
  }
}

/** What identifies the screen as drawn: a change of key redraws it. */
function screenKey(state: GameState): string {
  switch (state.screen) {
    case 'title':
      return `title:${String(state.hasAutosave)}`;
    case 'timeline':
      return `timeline:${state.timeline?.current.choiceLog.join() ?? ''}:${String(state.timeline?.branches.length)}:${String(state.timeline?.compare?.branch)}`;
    case 'debrief':
      // Redrawn once more when the historical run arrives from its worker.
      return `debrief:${state.debrief?.shareFragment ?? ''}:${String(state.debrief?.ledger !== null)}`;
    default:
      return state.screen;
  }
}

/** The player's setting (which defaults to the device's preference), as applied to <html>. */
function reducedMotion(): boolean {
  return document.documentElement.dataset.motion === 'reduced';
}
