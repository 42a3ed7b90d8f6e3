/**
 * What a school checks before adopting the game: what it stores and sends (privacy), and how it meets
 * WCAG 2.1 AA (accessibility). Each statement says only what is true of this build, and what is not done.
 */
import { h } from './dom.ts';

const p = (text: string): HTMLElement => h('p', {}, text);
const li = (text: string): HTMLElement => h('li', {}, text);

export function privacyStatement(): HTMLElement {
  return h(
    'section',
    { class: 'statement', id: 'privacy', 'aria-labelledby': 'privacy-title' },
    h('h2', { id: 'privacy-title' }, 'Privacy'),
    p(
      'The Empty Chair collects nothing about its players and sends nothing anywhere. It has no accounts, sets ' +
        'no cookies, shows no adverts and loads no third-party code, fonts or trackers: every file it uses comes ' +
        'from the site that serves the game. The web server that delivers those files sees the ordinary request ' +
        'of any web page, as every website does; the game itself adds nothing to it.',
    ),
    h('h3', {}, 'What it keeps, and where'),
    p('Only in this browser, on this device (its local storage), and only what the game needs:'),
    h(
      'ul',
      {},
      li('your game in progress (an automatic save at every choice), and up to three named saves;'),
      li('the endings you have reached, for the Endings gallery;'),
      li(
        'a short random tag for each run you finish, so its result code stays the same; on a teacher’s device, the ' +
          'class board’s results (each pupil’s run as its code gave it: the side, the choices and the ending, no names) ' +
          'until the teacher clears them;',
      ),
      li('your settings (text size, font, line spacing, display, contrast, motion, sound);'),
      li('a copy of the game’s own files, so that it works offline.'),
    ),
    p(
      'Nothing leaves the device unless you move it yourself: a save file you export, or a share link or result ' +
        'code you copy. Clearing the site’s data in the browser settings removes everything. A damaged save is ' +
        'kept aside, never deleted without asking.',
    ),
    h('h3', {}, 'Read aloud'),
    p(
      'Read aloud uses the speech voices of your browser or operating system. Most are on the device. A few ' +
        'browsers offer voices from their maker’s online service (Chrome’s “Google” voices, for example), which ' +
        'receive the text read; the game always picks a voice on the device when there is one.',
    ),
  );
}

export function accessibilityStatement(): HTMLElement {
  return h(
    'section',
    { class: 'statement', id: 'accessibility', 'aria-labelledby': 'accessibility-title' },
    h('h2', { id: 'accessibility-title' }, 'Accessibility'),
    p(
      'We aim for the game to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA. It has been ' +
        'checked with automated tools and by hand, not yet by an independent audit, so we describe it as partly ' +
        'conformant until one is done.',
    ),
    h('h3', {}, 'What has been done and tested'),
    h(
      'ul',
      {},
      li('Every screen is checked with axe-core (WCAG 2.1 A and AA rules) in the automated browser tests.'),
      li(
        'Everything can be done with the keyboard: keys 1–9 pick a choice; explanations open and close with Enter ' +
          'and Escape and give focus back.',
      ),
      li(
        'The story and its choices are real text and buttons; new text is announced to screen readers; the six ' +
          'meters are exposed as meters with names and values.',
      ),
      li(
        'Settings for text size, a high-legibility font (Atkinson Hyperlegible), line spacing, high contrast, ' +
          'reduced motion, and read-aloud of the current passage where the browser offers speech.',
      ),
      li('Projector mode enlarges the text and the table for a class watching one screen.'),
      li(
        'Colour is never the only signal: every change for or against you is also given as a number and in words.',
      ),
    ),
    h('h3', {}, 'Known limits'),
    h(
      'ul',
      {},
      li(
        'The Politburo table is a picture: what it shows (who sits there, who speaks, how the meters move) is ' +
          'also given in the text and the meters, so the picture is hidden from screen readers.',
      ),
      li('The printed handout and guide are designed for paper; on screen, the same content is in the game.'),
    ),
    p(
      'If something stops you or your pupils from using the game, please report it on the project’s issue ' +
        'tracker, saying what you used (device, browser, assistive technology) and what happened.',
    ),
  );
}

export function statementsScreen(): HTMLElement {
  return h(
    'div',
    { class: 'classroom-page statements' },
    jumpLinks([
      ['Privacy', 'privacy'],
      ['Accessibility', 'accessibility'],
    ]),
    privacyStatement(),
    accessibilityStatement(),
  );
}

/** Buttons that scroll to a section of the page (the URL's fragment belongs to share links). */
export function jumpLinks(targets: [label: string, id: string][]): HTMLElement {
  return h(
    'nav',
    { class: 'page-links no-print', 'aria-label': 'On this page' },
    ...targets.map(([label, id]) => {
      const button = h('button', { type: 'button', class: 'btn btn-small' }, label);
      button.addEventListener('click', () => {
        const target = document.getElementById(id);
        const heading = target?.querySelector<HTMLElement>('h2');
        heading?.setAttribute('tabindex', '-1');
        heading?.focus({ preventScroll: true });
        target?.scrollIntoView({ block: 'start' });
      });
      return button;
    }),
  );
}
