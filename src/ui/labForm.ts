/**
 * One scenario of the What-if Lab as a form: the protagonist, how unpinned decisions are made, and a
 * pin (or none) for each of that protagonist's decisions, listed by date and title.
 */
import { type Catalogue, decisionsOf } from '../model/catalogue.ts';
import type { RunLength } from '../model/record.ts';
import type { Protagonist, Scenario } from '../sim/whatIf.ts';
import { h } from './dom.ts';

export type ScenarioChoice = Pick<Scenario, 'protagonist' | 'pins' | 'others'> & { length: RunLength };

export const SCENARIO_DEFAULT: ScenarioChoice = {
  protagonist: 'Stalin',
  pins: {},
  others: 'random',
  length: 'full',
};

let formCount = 0;

function radios<T extends string>(
  legend: string,
  name: string,
  options: readonly (readonly [T, string])[],
  value: T,
  onChange: (value: T) => void,
): HTMLFieldSetElement {
  return h(
    'fieldset',
    { class: 'lab-radios' },
    h('legend', {}, legend),
    ...options.map(([option, label]) => {
      const input = h('input', { type: 'radio', name, value: option, checked: option === value });
      input.addEventListener('change', () => {
        if (input.checked) onChange(option);
      });
      return h('label', { class: 'lab-radio' }, input, h('span', {}, label));
    }),
  );
}

export class ScenarioForm {
  readonly element: HTMLFieldSetElement;
  private state: ScenarioChoice;
  private readonly pinList: HTMLOListElement;
  private readonly pinCount: HTMLElement;
  private readonly prefix: string;

  constructor(
    readonly label: 'A' | 'B',
    private readonly catalogue: Catalogue,
    initial: ScenarioChoice = SCENARIO_DEFAULT,
  ) {
    this.prefix = `lab-${label.toLowerCase()}-${String(++formCount)}`;
    this.state = { ...initial, pins: { ...initial.pins } };
    this.pinList = h('ol', { class: 'pin-list' });
    this.pinCount = h('span', { class: 'pin-count' });
    const clear = h('button', { type: 'button', class: 'lab-small' }, 'Clear pins');
    clear.addEventListener('click', () => {
      this.state.pins = {};
      this.drawPins();
    });
    this.element = h(
      'fieldset',
      { class: `scenario scenario-${label.toLowerCase()}` },
      h(
        'legend',
        {},
        h('span', { class: 'scenario-badge', 'aria-hidden': 'true' }, label),
        `Scenario ${label}`,
      ),
      h(
        'div',
        { class: 'scenario-settings' },
        radios(
          'Play as',
          `${this.prefix}-protagonist`,
          [
            ['Trotsky', 'Trotsky'],
            ['Stalin', 'Stalin'],
          ] as const,
          this.state.protagonist,
          (protagonist: Protagonist) => {
            // Each side has its own decisions: pins do not carry over.
            this.state = { ...this.state, protagonist, pins: {} };
            this.drawPins();
          },
        ),
        radios(
          'Decisions you do not pin are made',
          `${this.prefix}-others`,
          [
            ['random', 'at random'],
            ['history', 'as history did'],
          ] as const,
          this.state.others,
          (others) => {
            this.state = { ...this.state, others };
          },
        ),
        radios(
          'Length of run',
          `${this.prefix}-length`,
          [
            ['full', 'Full story'],
            ['short', 'Lesson length (a few minor decisions taken as in history)'],
          ] as const,
          this.state.length,
          (length) => {
            this.state = { ...this.state, length };
          },
        ),
      ),
      h('div', { class: 'pins-head' }, h('h2', {}, 'Pin decisions'), this.pinCount, clear),
      this.pinList,
    );
    this.drawPins();
  }

  get value(): ScenarioChoice {
    return { ...this.state, pins: { ...this.state.pins } };
  }

  private drawPins(): void {
    const decisions = decisionsOf(this.catalogue, this.state.protagonist);
    this.pinList.replaceChildren(
      ...decisions.map((decision) => {
        const id = `${this.prefix}-${decision.id}`;
        const select = h(
          'select',
          { id, 'data-decision': decision.id },
          h('option', { value: '' }, 'Not pinned'),
          ...decision.choices.map((choice) =>
            h(
              'option',
              { value: choice.number },
              `${String(choice.number)}. ${choice.text}` +
                (choice.historical ? ' (history)' : '') +
                (choice.conditional ? ' (offered only in some histories)' : ''),
            ),
          ),
        );
        select.value = String(this.state.pins[decision.id] ?? '');
        const row = h(
          'li',
          { class: 'pin' },
          h(
            'label',
            { for: id },
            h('span', { class: 'pin-date' }, decision.date ?? ''),
            h('span', { class: 'pin-title' }, decision.title),
          ),
          select,
        );
        row.classList.toggle('pinned', select.value !== '');
        select.addEventListener('change', () => {
          const pins = Object.fromEntries(
            Object.entries(this.state.pins).filter(([pinned]) => pinned !== decision.id),
          );
          if (select.value !== '') pins[decision.id] = Number(select.value);
          this.state = { ...this.state, pins };
          row.classList.toggle('pinned', select.value !== '');
          this.countPins();
        });
        return row;
      }),
    );
    this.countPins();
  }

  private countPins(): void {
    const n = Object.keys(this.state.pins).length;
    this.pinCount.textContent = n === 0 ? 'none pinned' : `${String(n)} pinned`;
  }
}
