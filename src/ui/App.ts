/**
 * The DOM view: title screen, protagonist screen and story screen, drawn from the store. It sends
 * commands to the controller and never touches ink or Phaser.
 */
import type { GameController } from '../core/GameController.ts';
import type { GameState } from '../core/gameState.ts';
import type { Store } from '../core/store.ts';
import { Choices } from './Choices.ts';
import { h } from './dom.ts';
import { MeterPanel } from './Meters.ts';
import { Transcript } from './Transcript.ts';

export class App {
  private readonly screen: HTMLElement;
  private readonly notice: HTMLElement;
  private readonly meters = new MeterPanel();
  private readonly transcript = new Transcript();
  private readonly choices: Choices;
  private readonly protagonistChoices: Choices;
  private readonly storyView: HTMLElement;
  private readonly endingView: HTMLElement;
  private readonly sceneCaption: HTMLElement;
  private shown: GameState['screen'] | null = null;
  private shownKey = '';

  constructor(
    root: HTMLElement,
    store: Store<GameState>,
    private readonly controller: GameController,
  ) {
    this.screen = root.querySelector<HTMLElement>('[data-screen]') ?? root;
    this.notice = h('div', { class: 'notice', role: 'status' });
    this.notice.hidden = true;
    root.querySelector('[data-meters]')?.replaceWith(this.meters.element);
    this.sceneCaption = root.querySelector<HTMLElement>('[data-scene-caption]') ?? h('p');

    const choose = (position: number): void => {
      this.controller.choose(position);
    };
    this.choices = new Choices(choose);
    this.protagonistChoices = new Choices(choose, 'Choose your protagonist');
    this.endingView = h('section', { class: 'ending' });
    this.endingView.hidden = true;
    this.storyView = h(
      'div',
      { class: 'story' },
      h('h1', { class: 'visually-hidden' }, 'Your story'),
      this.transcript.element,
      this.choices.element,
      this.endingView,
    );

    document.addEventListener('keydown', (event) => {
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
    const key = state.screen === 'title' ? `title:${String(state.hasAutosave)}` : state.screen;
    if (key !== this.shownKey) {
      this.shownKey = key;
      this.shown = state.screen;
      this.screen.replaceChildren(this.notice, this.buildScreen(state));
      this.screen.querySelector<HTMLElement>('h1, h2, button')?.focus({ preventScroll: true });
    }
    if (state.screen === 'story') this.renderStory(state, previous);
  }

  private buildScreen(state: GameState): HTMLElement {
    switch (state.screen) {
      case 'title':
        return this.titleScreen(state);
      case 'protagonist':
        return this.protagonistScreen(state);
      case 'story':
        return this.storyView;
    }
  }

  private titleScreen(state: GameState): HTMLElement {
    const newGame = h('button', { type: 'button', class: 'primary' }, 'New game');
    newGame.addEventListener('click', () => {
      this.controller.newGame();
    });
    const buttons = [newGame];
    if (state.hasAutosave) {
      const resume = h('button', { type: 'button' }, 'Continue');
      resume.addEventListener('click', () => {
        this.controller.continueGame();
      });
      buttons.unshift(resume);
    }
    return h(
      'section',
      { class: 'title-screen' },
      h('h1', { class: 'title', tabindex: -1 }, 'The Empty Chair'),
      h('p', { class: 'subtitle' }, 'The struggle for Lenin’s succession, 1922–1929'),
      h(
        'p',
        { class: 'lede' },
        'Lenin is dying, and no rule says who comes after him. Play Leon Trotsky or Joseph Stalin through the real ' +
          'decisions of the struggle. History can go differently; the game shows you why it did not.',
      ),
      h('div', { class: 'menu' }, ...buttons),
    );
  }

  private protagonistScreen(state: GameState): HTMLElement {
    this.protagonistChoices.render(state.choices);
    const buttons = [...this.protagonistChoices.element.querySelectorAll('button')];
    const cards = state.choices.map((choice, position) => {
      const portrait = state.portraits.find((p) => p.name === choice.protagonist);
      const button = buttons[position];
      return h(
        'article',
        { class: `protagonist-card protagonist-${(choice.protagonist ?? '').toLowerCase()}` },
        portrait ? h('p', {}, portrait.text) : null,
        button ?? null,
      );
    });
    this.protagonistChoices.element.replaceChildren(...cards);
    return h(
      'section',
      { class: 'protagonist-screen' },
      h('h1', { tabindex: -1 }, 'Choose your side'),
      ...state.intro.map((text) => h('p', { class: 'intro' }, text)),
      this.protagonistChoices.element,
    );
  }

  private renderStory(state: GameState, previous: GameState | null): void {
    const first = this.transcript.render(state.transcript);
    this.choices.render(state.choices);
    this.renderEnding(state);
    if (previous?.beat !== state.beat || previous.screen !== 'story') {
      if (state.choices.length > 0) this.choices.focusFirst();
      else this.endingView.querySelector('button')?.focus({ preventScroll: true });
      // A new run starts at the top (on a phone, the table is there); later beats scroll to the new text.
      if (previous?.screen !== 'story') window.scrollTo(0, 0);
      else first?.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    }
  }

  private renderEnding(state: GameState): void {
    const ended = state.choices.length === 0 && state.ending !== null;
    this.endingView.hidden = !ended;
    if (!ended) {
      this.endingView.removeAttribute('data-ending');
      return;
    }
    if (this.endingView.getAttribute('data-ending') === state.ending) return;
    this.endingView.setAttribute('data-ending', state.ending ?? '');
    const again = h('button', { type: 'button', class: 'primary' }, 'Play again');
    again.addEventListener('click', () => {
      this.controller.newGame();
    });
    const toTitle = h('button', { type: 'button' }, 'Title screen');
    toTitle.addEventListener('click', () => {
      this.controller.returnToTitle();
    });
    const title = [...state.transcript].reverse().find((e) => e.kind === 'ending');
    this.endingView.replaceChildren(
      h('h2', {}, title?.kind === 'ending' ? title.text : 'The end'),
      h(
        'p',
        {},
        'This run is over. Play again to take another road: the other side, or the choices history did not make.',
      ),
      h('div', { class: 'menu' }, again, toTitle),
    );
  }
}

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
