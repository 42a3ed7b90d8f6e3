/**
 * Class set-up: the teacher chooses the side (fixed or free), the chances (one seed for the class or one
 * each) and the length of the run, and gets the class link as text and as a QR code drawn here, to
 * project or print. Pupils who open it start with those settings; nothing is sent anywhere.
 */
import {
  classLink,
  type ClassSettings,
  describeClassSettings,
  MAX_SEED,
  type RunLength,
  type Side,
} from '../classroom/classLink.ts';
import { copyField } from './copyField.ts';
import { h } from './dom.ts';
import { qrCode } from './qr.ts';
import { RUN_ABOUT, RUN_TIMES, runLabel } from './runLength.ts';

const newSeed = (): number => 1 + Math.floor(Math.random() * 999_999);

function radios<T extends string>(
  name: string,
  legend: string,
  options: [value: T, label: string][],
  checked: T,
  onChange: (value: T) => void,
): HTMLElement {
  return h(
    'fieldset',
    { class: 'setup-group' },
    h('legend', {}, legend),
    ...options.map(([value, label]) => {
      const input = h('input', { type: 'radio', name, value, checked: value === checked });
      input.addEventListener('change', () => {
        if (input.checked) onChange(value);
      });
      return h('label', { class: 'setup-option' }, input, ' ', label);
    }),
  );
}

export function classSetupScreen({
  shortRun,
  openBoard,
}: {
  shortRun: boolean;
  openBoard: () => void;
}): HTMLElement {
  const settings: ClassSettings = { side: 'Stalin', seed: newSeed(), length: shortRun ? 'short' : 'full' };
  const output = h('div', { class: 'setup-output', 'aria-live': 'polite' });
  const boardButton = h(
    'button',
    { type: 'button', class: 'btn-link', 'data-open-tool': 'board' },
    'Open the class board',
  );
  boardButton.addEventListener('click', openBoard);
  const seedInput = h('input', {
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    value: String(settings.seed),
    'aria-label': 'The class’s seed',
    class: 'setup-seed',
  });
  const seedError = h('p', { class: 'setup-error', role: 'alert' });
  seedError.hidden = true;

  const draw = (): void => {
    const link = classLink(location.href, settings);
    output.replaceChildren(
      h('h2', {}, 'The class link'),
      h(
        'ul',
        { class: 'setup-summary' },
        ...describeClassSettings(settings, RUN_TIMES).map((t) => h('li', {}, t)),
      ),
      h('div', { class: 'setup-qr' }, qrCode(link, 'QR code of the class link')),
      copyField(link, 'The class link'),
      h(
        'p',
        { class: 'setup-note' },
        'Pupils scan the code or type the link. They need no account; nothing about them is sent anywhere. ' +
          'The link works offline on a device that has opened the game before.',
      ),
      h(
        'p',
        { class: 'setup-note' },
        'At the end of each run a pupil gets a result code and a QR code. Gather them on the class board to see ' +
          'how the class’s runs ended and which choices they made. ',
        boardButton,
      ),
    );
  };

  seedInput.addEventListener('input', () => {
    const ok = /^\d{1,9}$/.test(seedInput.value);
    seedError.hidden = ok;
    seedError.textContent = ok
      ? ''
      : `A seed is a whole number from 0 to ${MAX_SEED.toLocaleString('en-GB')}.`;
    seedInput.setAttribute('aria-invalid', ok ? 'false' : 'true');
    if (!ok) return;
    settings.seed = Number(seedInput.value);
    draw();
  });
  const another = h('button', { type: 'button', class: 'btn btn-small' }, 'Another seed');
  another.addEventListener('click', () => {
    seedInput.value = String(newSeed());
    seedInput.dispatchEvent(new Event('input'));
  });
  const seedRow = h('div', { class: 'setup-seed-row' }, seedInput, another);

  const form = h(
    'form',
    { class: 'setup-form', 'aria-label': 'Class settings' },
    radios<'free' | Side>(
      'side',
      'Side',
      [
        ['Stalin', 'Everyone plays Stalin'],
        ['Trotsky', 'Everyone plays Trotsky'],
        ['free', 'Each pupil chooses'],
      ],
      settings.side ?? 'free',
      (value) => {
        settings.side = value === 'free' ? null : value;
        draw();
      },
    ),
    h(
      'fieldset',
      { class: 'setup-group' },
      h('legend', {}, 'Chances'),
      ...[
        ['same', 'One seed for the whole class: the same votes and chances, so runs can be compared'],
        ['each', 'Each pupil their own chances'],
      ].map(([value, label]) => {
        const input = h('input', { type: 'radio', name: 'chances', value, checked: value === 'same' });
        input.addEventListener('change', () => {
          if (!input.checked) return;
          seedRow.hidden = value !== 'same';
          // A complaint about a seed that is no longer used would only confuse.
          if (value !== 'same') seedError.hidden = true;
          else seedInput.dispatchEvent(new Event('input'));
          settings.seed = value === 'same' ? Number(seedInput.value) || 0 : null;
          draw();
        });
        return h('label', { class: 'setup-option' }, input, ' ', label ?? '');
      }),
      seedRow,
      seedError,
    ),
    shortRun
      ? radios<RunLength>(
          'length',
          'Length',
          [
            ['short', `${runLabel('short')}: ${RUN_ABOUT.short}`],
            ['full', `${runLabel('full')}: ${RUN_ABOUT.full}`],
          ],
          settings.length,
          (value) => {
            settings.length = value;
            draw();
          },
        )
      : h(
          'p',
          { class: 'setup-note' },
          `This version of the story has only the full run (${RUN_TIMES.full ?? 'every decision'}).`,
        ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
  });
  draw();
  return h(
    'div',
    { class: 'classroom-page class-setup' },
    h(
      'p',
      { class: 'lede' },
      'Choose how your class will play, then project or print the QR code. Every pupil who opens the link ' +
        'starts with these settings.',
    ),
    h('div', { class: 'setup-layout' }, form, output),
  );
}
