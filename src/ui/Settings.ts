/**
 * Settings in the browser: read from localStorage (validated by settingsModel), applied as attributes on
 * <html> that the styles and the table read, and edited in an accessible <dialog> opened from the
 * masthead. Storage that is refused or damaged never stops the settings working for the visit.
 */
import type { KeyValueStorage } from '../persistence/SaveStore.ts';
import { h } from './dom.ts';
import { keepingPlace } from './keepPlace.ts';
import {
  type ChoiceSetting,
  CONTRASTS,
  type DevicePreferences,
  DISPLAYS,
  FONTS,
  MOTIONS,
  parseSettings,
  serializeSettings,
  SETTINGS_KEY,
  type Settings,
  settingsAttributes,
  SPACINGS,
  TEXT_SIZES,
} from './settingsModel.ts';
import { slidersIcon } from './art.ts';

/** A damaged stored value is moved here (not deleted) before the first new value is written. */
export const KEPT_SETTINGS_PREFIX = 'the-empty-chair/kept/settings-';

/** localStorage, or null where the browser refuses it (private modes, disabled storage). */
export function settingsStorage(): KeyValueStorage | null {
  try {
    const storage = window.localStorage;
    storage.getItem(SETTINGS_KEY);
    return storage;
  } catch {
    return null;
  }
}

export class SettingsStore {
  private settings: Settings;
  private damaged: string | null = null;
  /** What the player should know about storage, shown in the dialog (null when all is well). */
  note: string | null = null;
  private readonly listeners = new Set<(settings: Settings) => void>();
  private readonly motionQuery: MediaQueryList;
  private readonly contrastQuery: MediaQueryList;

  constructor(
    private storage: KeyValueStorage | null,
    private readonly root: HTMLElement = document.documentElement,
  ) {
    this.motionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
    this.contrastQuery = window.matchMedia('(prefers-contrast: more)');
    let raw: string | null = null;
    try {
      raw = storage?.getItem(SETTINGS_KEY) ?? null;
    } catch {
      this.storage = null;
    }
    const parsed = parseSettings(raw);
    this.settings = parsed.settings;
    if (parsed.problem !== null) {
      this.damaged = raw;
      this.note = `Your saved settings could not be read (${parsed.problem}), so the defaults are in use. The old value is kept, not deleted.`;
    } else if (this.storage === null) {
      this.note = 'This browser does not let the game store data: your settings last for this visit only.';
    }
    // 'As this device' follows the device live, e.g. when the system switches to reduced motion.
    const reapply = (): void => {
      this.apply();
    };
    this.motionQuery.addEventListener('change', reapply);
    this.contrastQuery.addEventListener('change', reapply);
    this.apply();
  }

  get(): Settings {
    return { ...this.settings };
  }

  device(): DevicePreferences {
    return { reducedMotion: this.motionQuery.matches, moreContrast: this.contrastQuery.matches };
  }

  update(patch: Partial<Settings>): void {
    this.settings = { ...this.settings, ...patch };
    keepingPlace(() => {
      this.apply();
    });
    this.save();
    for (const listener of [...this.listeners]) listener(this.get());
  }

  subscribe(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private apply(): void {
    const attributes = settingsAttributes(this.settings, this.device());
    for (const [name, value] of Object.entries(attributes) as [string, string][]) {
      this.root.setAttribute(name, value);
    }
  }

  private save(): void {
    const storage = this.storage;
    if (!storage) return;
    try {
      if (this.damaged !== null) {
        storage.setItem(`${KEPT_SETTINGS_PREFIX}${new Date().toISOString()}`, this.damaged);
        this.damaged = null;
      }
      storage.setItem(SETTINGS_KEY, serializeSettings(this.settings));
    } catch (error) {
      this.storage = null;
      this.note = `Your settings could not be stored (${error instanceof Error ? error.message : String(error)}): they last for this visit only.`;
    }
  }
}

const TEXT_SIZE_LABELS: Record<Settings['textSize'], string> = {
  small: 'Small',
  normal: 'Normal',
  large: 'Large',
  larger: 'Largest',
};

/** The dialog, and the masthead button that opens it. */
export class SettingsDialog {
  readonly button: HTMLButtonElement;
  readonly dialog: HTMLDialogElement;
  private readonly noteEl: HTMLElement;

  constructor(
    private readonly store: SettingsStore,
    private readonly onSoundOn: () => void = () => undefined,
  ) {
    this.button = h(
      'button',
      { type: 'button', class: 'masthead-button', 'aria-haspopup': 'dialog', 'data-settings-open': true },
      slidersIcon(),
      h('span', { class: 'masthead-button-label' }, 'Settings'),
    );
    this.noteEl = h('p', { class: 'settings-note', role: 'status' });
    const done = h('button', { type: 'submit', class: 'btn btn-primary', value: 'done' }, 'Done');
    const form = h(
      'form',
      { method: 'dialog', class: 'settings-form' },
      this.radios('text-size', 'Text size', TEXT_SIZES, (v) => TEXT_SIZE_LABELS[v], 'textSize'),
      this.radios(
        'motion',
        'Motion',
        MOTIONS,
        (v) => (v === 'system' ? 'As this device' : v === 'full' ? 'Full' : 'Reduced'),
        'motion',
      ),
      this.radios(
        'contrast',
        'Contrast',
        CONTRASTS,
        (v) => (v === 'system' ? 'As this device' : v === 'normal' ? 'Normal' : 'High'),
        'contrast',
      ),
      this.radios(
        'font',
        'Font',
        FONTS,
        (v) => (v === 'standard' ? 'Standard' : 'High legibility (Atkinson Hyperlegible)'),
        'font',
      ),
      this.radios(
        'spacing',
        'Line spacing',
        SPACINGS,
        (v) => (v === 'normal' ? 'Normal' : 'Wider'),
        'spacing',
      ),
      this.radios(
        'display',
        'Display',
        DISPLAYS,
        (v) => (v === 'normal' ? 'This screen' : 'Projector: large type and table, for a class'),
        'display',
      ),
      this.soundSwitch(),
      this.noteEl,
      h('div', { class: 'menu' }, done),
    );
    this.dialog = h(
      'dialog',
      { class: 'settings-dialog poster-panel', 'aria-labelledby': 'settings-title', 'data-settings': true },
      h('h2', { id: 'settings-title', class: 'display-heading' }, 'Settings'),
      form,
    );
    this.button.addEventListener('click', () => {
      this.open();
    });
    // Escape closes a modal <dialog> natively; focus goes back to the button that opened it.
    this.dialog.addEventListener('close', () => {
      this.button.focus({ preventScroll: true });
    });
    // A click on the backdrop (outside the panel) closes it too.
    this.dialog.addEventListener('click', (event) => {
      if (event.target === this.dialog) this.dialog.close();
    });
  }

  open(): void {
    this.sync();
    if (!this.dialog.isConnected) document.body.append(this.dialog);
    this.dialog.showModal();
    this.dialog.querySelector<HTMLInputElement>('input:checked')?.focus({ preventScroll: true });
  }

  /** Shows the current values (they can change while closed, e.g. when the device's preference does). */
  private sync(): void {
    const settings = this.store.get();
    for (const input of this.dialog.querySelectorAll('input')) {
      const key = input.dataset.setting as keyof Settings | undefined;
      if (!key) continue;
      input.checked = input.type === 'checkbox' ? settings.sound : settings[key] === input.value;
    }
    const device = this.store.device();
    const motionSystem = this.dialog.querySelector('[data-device-hint="motion"]');
    if (motionSystem) motionSystem.textContent = device.reducedMotion ? '(reduced)' : '(full)';
    const contrastSystem = this.dialog.querySelector('[data-device-hint="contrast"]');
    if (contrastSystem) contrastSystem.textContent = device.moreContrast ? '(high)' : '(normal)';
    this.noteEl.textContent = this.store.note ?? '';
    this.noteEl.hidden = this.store.note === null;
  }

  private radios<K extends ChoiceSetting>(
    name: string,
    legend: string,
    options: readonly Settings[K][],
    label: (value: Settings[K]) => string,
    key: K,
  ): HTMLElement {
    return h(
      'fieldset',
      { class: `settings-group settings-${name}` },
      h('legend', {}, legend),
      h(
        'div',
        { class: 'segmented' },
        ...options.map((value) => {
          const input = h('input', { type: 'radio', name, value, 'data-setting': key });
          input.addEventListener('change', () => {
            if (input.checked) this.store.update({ [key]: value });
            this.noteEl.textContent = this.store.note ?? '';
            this.noteEl.hidden = this.store.note === null;
          });
          return h(
            'label',
            { class: `segment segment-${value}` },
            input,
            h('span', {}, label(value)),
            value === 'system' ? h('span', { class: 'device-hint', 'data-device-hint': name }) : null,
          );
        }),
      ),
    );
  }

  private soundSwitch(): HTMLElement {
    const input = h('input', { type: 'checkbox', name: 'sound', role: 'switch', 'data-setting': 'sound' });
    input.addEventListener('change', () => {
      this.store.update({ sound: input.checked });
      if (input.checked) this.onSoundOn();
    });
    return h(
      'fieldset',
      { class: 'settings-group settings-sound' },
      h('legend', {}, 'Sound'),
      h(
        'label',
        { class: 'switch' },
        input,
        h('span', { class: 'switch-track', 'aria-hidden': 'true' }),
        h('span', {}, 'Sound effects: a paper click on choices, a bell at votes'),
      ),
    );
  }
}
