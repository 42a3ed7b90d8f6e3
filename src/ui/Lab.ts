/**
 * The What-if Lab: pin some decisions, let the rest be made at random or as history did, simulate many
 * histories in Web Workers and see how often each ending comes; optionally beside a second scenario.
 * The page only draws: every history is played in a worker (src/ui/labRunner.ts).
 */
import './lab.css';

import type { Catalogue } from '../model/catalogue.ts';
import type { RunLength } from '../model/record.ts';
import type { Protagonist, Scenario } from '../sim/whatIf.ts';
import { afterNextPaint } from './afterNextPaint.ts';
import { h, setText } from './dom.ts';
import { SCENARIO_DEFAULT, ScenarioForm } from './labForm.ts';
import { renderPreview, renderResults, updateResults } from './labResults.ts';
import { CancelledError, type LabJob, loadCatalogue, prepareWorkers, runLab } from './labRunner.ts';
import { morph } from './morph.ts';

const MAX_RUNS = 20_000;
/** While histories run, the chart and table are redrawn at most this often (and at the end). */
const REDRAW_MS = 500;
const number = new Intl.NumberFormat('en-GB');

function numberField(
  id: string,
  label: string,
  value: number,
  hint: string,
): [HTMLElement, HTMLInputElement] {
  const input = h('input', {
    id,
    type: 'number',
    inputmode: 'numeric',
    value,
    step: 1,
    'aria-describedby': `${id}-hint`,
  });
  return [
    h(
      'div',
      { class: 'lab-field' },
      h('label', { for: id }, label),
      input,
      h('span', { class: 'lab-hint', id: `${id}-hint` }, hint),
    ),
    input,
  ];
}

export class Lab {
  readonly element: HTMLElement;
  private catalogue: Catalogue | null = null;
  private a: ScenarioForm | null = null;
  private b: ScenarioForm | null = null;
  private job: LabJob | null = null;
  private readonly scenarios = h('div', { class: 'scenarios' });
  private readonly compare: HTMLInputElement;
  private readonly runs: HTMLInputElement;
  private readonly seed: HTMLInputElement;
  private readonly runButton: HTMLButtonElement;
  private readonly cancelButton: HTMLButtonElement;
  private readonly progress: HTMLProgressElement;
  private readonly count: HTMLElement;
  private readonly status: HTMLElement;
  private readonly results = h('div', { class: 'lab-output' });
  private readonly form: HTMLFormElement;
  /** Until the player changes the form or runs it, scenario A follows the side they last played. */
  private pristine = true;
  /** Whether the results below the form are a run's (kept until the next run) or the preview of one. */
  private showingRun = false;
  /** The scenarios of the preview on screen, if it is one (Run redraws it only if the form changed). */
  private previewed: string | null = null;

  constructor(
    private readonly storyJson: string,
    private protagonist: Protagonist = SCENARIO_DEFAULT.protagonist,
    private length: RunLength = SCENARIO_DEFAULT.length,
  ) {
    this.compare = h('input', { type: 'checkbox', id: 'lab-compare' });
    this.compare.addEventListener('change', () => {
      this.drawScenarios();
    });
    const [runsField, runs] = numberField(
      'lab-runs',
      'Histories to simulate',
      1000,
      `1 to ${number.format(MAX_RUNS)}. More histories give narrower intervals, and take longer.`,
    );
    const [seedField, seed] = numberField(
      'lab-seed',
      'Seed',
      1,
      'Any whole number. The same seed plays the same histories again.',
    );
    this.runs = runs;
    this.seed = seed;
    this.runButton = h('button', { type: 'submit', class: 'lab-run' }, 'Run');
    this.cancelButton = h('button', { type: 'button', class: 'lab-cancel', disabled: true }, 'Cancel');
    this.cancelButton.addEventListener('click', () => {
      this.job?.cancel();
    });
    this.progress = h('progress', { id: 'lab-progress', max: 1, value: 0 });
    this.count = h('span', { class: 'lab-count' });
    this.status = h('p', { class: 'lab-status', role: 'status' });

    this.form = h(
      'form',
      { class: 'lab-form', novalidate: true },
      this.scenarios,
      h(
        'fieldset',
        { class: 'lab-shared' },
        h('legend', {}, 'Settings'),
        h(
          'div',
          { class: 'lab-compare-toggle' },
          h(
            'label',
            { class: 'lab-check' },
            this.compare,
            h('span', {}, 'Compare with a second scenario (B)'),
          ),
          h(
            'span',
            { class: 'lab-hint' },
            'B starts as a copy of A: change one pin and see what it changes.',
          ),
        ),
        runsField,
        seedField,
      ),
      h(
        'div',
        { class: 'lab-actions' },
        this.runButton,
        this.cancelButton,
        h(
          'div',
          { class: 'lab-progress' },
          h('label', { for: 'lab-progress' }, 'Histories simulated'),
          this.progress,
          this.count,
        ),
      ),
      this.status,
    );
    this.form.addEventListener('change', () => {
      this.pristine = false;
      this.drawPreview();
    });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run();
    });
    this.element = h(
      'div',
      { class: 'lab' },
      h(
        'p',
        { class: 'lab-intro' },
        'Choose a side, pin the decisions you want to fix, and let the story play itself out many times over. ' +
          'How often does each ending come? Then change one pin in a second scenario and compare.',
      ),
      h('p', { class: 'lab-loading' }, 'Reading the story’s decisions…'),
      this.results,
    );
    prepareWorkers(storyJson);
    loadCatalogue().then(
      (catalogue) => {
        this.catalogue = catalogue;
        this.a = new ScenarioForm('A', catalogue, {
          ...SCENARIO_DEFAULT,
          protagonist: this.protagonist,
          length: this.length,
        });
        this.drawScenarios();
        this.element.querySelector('.lab-loading')?.replaceWith(this.form);
      },
      (error: unknown) => {
        this.element
          .querySelector('.lab-loading')
          ?.replaceWith(
            h(
              'p',
              { class: 'notice warning', role: 'alert' },
              `The Lab could not read the story: ${error instanceof Error ? error.message : String(error)}.`,
            ),
          );
      },
    );
  }

  /**
   * The Lab opens as the side and length of run the player last played, unless they have already set it
   * up otherwise.
   */
  follow(protagonist: Protagonist, length: RunLength = this.length): void {
    if (!this.pristine || (protagonist === this.protagonist && length === this.length)) return;
    this.protagonist = protagonist;
    this.length = length;
    if (!this.catalogue) return;
    this.a = new ScenarioForm('A', this.catalogue, { ...SCENARIO_DEFAULT, protagonist, length });
    this.b = null;
    this.drawScenarios();
  }

  private drawScenarios(): void {
    if (!this.a || !this.catalogue) return;
    if (this.compare.checked) this.b ??= new ScenarioForm('B', this.catalogue, this.a.value);
    else this.b = null;
    this.scenarios.classList.toggle('comparing', this.b !== null);
    this.scenarios.replaceChildren(this.a.element, ...(this.b ? [this.b.element] : []));
    this.drawPreview();
  }

  /** Draws the results section: in place of what is there (see morph.ts), or afresh. */
  private show(section: HTMLElement, previewed: string | null = null): void {
    this.previewed = previewed;
    const current = this.results.firstElementChild;
    if (current) morph(current, section);
    else this.results.replaceChildren(section);
  }

  /** Until a run is shown, the results section previews the scenarios as the form sets them. */
  private drawPreview(): void {
    if (this.showingRun || this.job || !this.a || !this.catalogue) return;
    const runs = Number(this.runs.value);
    const seed = Number(this.seed.value);
    // A number being typed is not an error yet: the preview counts what Run would use once it is valid.
    const scenarios = [this.a, this.b].flatMap((form) =>
      form
        ? [
            {
              ...form.value,
              runs: Number.isInteger(runs) && runs >= 1 && runs <= MAX_RUNS ? runs : 1000,
              seed: Number.isSafeInteger(seed) ? seed : 1,
            },
          ]
        : [],
    );
    const previewed = JSON.stringify(scenarios);
    if (previewed !== this.previewed) this.show(renderPreview(scenarios, this.catalogue), previewed);
  }

  /** The scenarios to run, or null (saying what is wrong, and marking the field) if the input is not usable. */
  private readScenarios(): Scenario[] | null {
    const runs = Number(this.runs.value);
    const seed = Number(this.seed.value);
    const runsOk = this.runs.value.trim() !== '' && Number.isInteger(runs) && runs >= 1 && runs <= MAX_RUNS;
    const seedOk = this.seed.value.trim() !== '' && Number.isSafeInteger(seed);
    this.runs.setAttribute('aria-invalid', String(!runsOk));
    this.seed.setAttribute('aria-invalid', String(!seedOk));
    if (!runsOk || !seedOk) {
      this.status.textContent = !runsOk
        ? `The number of histories must be a whole number from 1 to ${number.format(MAX_RUNS)}.`
        : 'The seed must be a whole number.';
      (runsOk ? this.seed : this.runs).focus();
      return null;
    }
    return [this.a, this.b].flatMap((form) => (form ? [{ ...form.value, runs, seed }] : []));
  }

  private async run(): Promise<void> {
    if (this.job || !this.catalogue) return;
    this.pristine = false;
    const scenarios = this.readScenarios();
    if (!scenarios) return;
    const catalogue = this.catalogue;
    const total = scenarios.reduce((sum, s) => sum + s.runs, 0);
    // The last run's numbers go at once: the section counts this run's histories as they come.
    this.showingRun = false;
    this.drawPreview();
    this.setRunning(true);
    this.status.textContent = `Simulating ${number.format(total)} histories…`;
    const started = performance.now();
    const job = runLab(this.storyJson, scenarios, {
      progress: (done, all) => {
        this.progress.max = all;
        this.progress.value = done;
        setText(this.count, `${number.format(done)} of ${number.format(all)}`);
      },
      // The answer as it comes, a few times a second: written into the section on screen where it can be.
      draw: (partial) => {
        this.showingRun = true;
        const current = this.results.firstElementChild;
        if (!current || !updateResults(current, partial, catalogue))
          this.show(renderResults(partial, catalogue, null));
        return afterNextPaint();
      },
      drawEvery: REDRAW_MS,
    });
    this.job = job;
    try {
      const results = await job.done;
      const seconds = (performance.now() - started) / 1000;
      this.status.textContent = `Done: ${number.format(total)} histories.`;
      this.showingRun = true;
      this.show(renderResults(results, catalogue, seconds));
      this.setRunning(false);
      this.results.querySelector<HTMLElement>('h2')?.focus();
    } catch (error) {
      // Nothing is kept from an unfinished run, not even the results drawn so far: the preview returns.
      this.showingRun = false;
      this.status.textContent =
        error instanceof CancelledError
          ? `Cancelled after ${number.format(this.progress.value)} of ${number.format(total)} histories. Nothing was kept from the unfinished run.`
          : `The simulation stopped with an error: ${error instanceof Error ? error.message : String(error)}`;
      const hadFocus = document.activeElement === this.cancelButton;
      this.setRunning(false);
      this.drawPreview();
      if (hadFocus) this.runButton.focus();
    }
  }

  private setRunning(running: boolean): void {
    if (!running) this.job = null;
    this.element.classList.toggle('running', running);
    // Run stays focusable (aria-disabled): disabling it would drop the keyboard user's focus. Changing
    // the form during a run is harmless, as the run took its scenarios at the start.
    this.runButton.setAttribute('aria-disabled', String(running));
    this.cancelButton.disabled = !running;
    if (running) {
      this.progress.value = 0;
      this.count.textContent = '';
    }
  }
}
