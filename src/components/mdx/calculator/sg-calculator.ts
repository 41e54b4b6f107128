/**
 * `<sg-calculator>`: recomputes a server-rendered calculator (Calculator.astro) as the reader types.
 * Each input is validated on its own; an invalid one gets `aria-invalid` and a message tied to it
 * (aria-describedby), and the results it feeds show "—". The inputs live in the URL query
 * (`?calc-confusion=40,10,20,930,2`), so a link or a reload restores them.
 */
import { define, SgElement } from '../../../client/sg-element.ts';
import { confusionOutputs, NO_VALUE, regressionOutputs, scalingOutputs, shardOutputs } from '../../../lib/widgets/calculator-outputs.ts';
import { matrixAtThreshold, parseNumberList } from '../../../lib/widgets/calculators.ts';
import { SCORED_SAMPLE } from './samples.ts';

type Fields = Record<string, HTMLInputElement>;

const INVALID_INPUTS = 'Some inputs are not valid; see the messages under the fields.';

export class SgCalculator extends SgElement {
  #fields: Fields = {};

  protected setup(): void {
    const form = this.requirePart<HTMLFormElement>('form');
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name]')) this.#fields[input.name] = input;
    this.#restore();
    // This code loads as the calculator comes near (load-when-near.ts): a threshold slider moved before
    // then still sets the matrix, unless the URL brought the calculator's own state.
    const threshold = this.#fields['threshold'];
    if (threshold && threshold.value !== threshold.defaultValue && !new URL(location.href).searchParams.has(this.#param)) {
      this.#applyThreshold();
    }
    form.addEventListener('input', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.name === 'threshold') this.#applyThreshold();
      this.#update(true);
    });
    form.addEventListener('submit', (event) => event.preventDefault());
    this.#update(false);
  }

  get #param(): string {
    return this.id;
  }

  #field(name: string): HTMLInputElement {
    const input = this.#fields[name];
    if (!input) throw new Error(`sg-calculator: missing input[name="${name}"]`);
    return input;
  }

  #restore(): void {
    const saved = new URL(location.href).searchParams.get(this.#param);
    if (!saved) return;
    const names = Object.keys(this.#fields);
    const values = saved.split('~');
    names.forEach((name, i) => {
      const input = this.#field(name);
      const value = values[i];
      if (value === undefined) return;
      if (input.type === 'checkbox') input.checked = value === '1';
      else input.value = value;
    });
  }

  #save(): void {
    const url = new URL(location.href);
    const values = Object.values(this.#fields).map((input) => (input.type === 'checkbox' ? (input.checked ? '1' : '0') : input.value));
    url.searchParams.set(this.#param, values.join('~'));
    history.replaceState(history.state, '', url);
  }

  /** Validate one field; returns its number, or undefined after showing the error. */
  #number(name: string, rule: (n: number) => boolean, message: string): number | undefined {
    const input = this.#field(name);
    const n = input.value.trim() === '' ? Number.NaN : Number(input.value);
    return this.#mark(input, Number.isFinite(n) && rule(n) ? undefined : message) ? n : undefined;
  }

  #list(name: string): number[] | undefined {
    const input = this.#field(name);
    const list = parseNumberList(input.value);
    return this.#mark(input, list ? undefined : 'Enter numbers separated by commas, such as 3, 5, 2.') ? list : undefined;
  }

  /** Show or clear a field's error; true when the field is valid. */
  #mark(input: HTMLInputElement, error: string | undefined): boolean {
    const message = this.querySelector<HTMLElement>(`#${input.id}-error`);
    if (error) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    if (message) message.textContent = error ?? '';
    return error === undefined;
  }

  /** Show a calculator's results, or "—" in every output and why in the summary when an input is not valid. */
  #show(outputs: { values: Record<string, string>; summary: string } | undefined, invalid = INVALID_INPUTS): void {
    for (const output of this.querySelectorAll<HTMLOutputElement>('output[data-out]:not([data-out="threshold"])')) {
      output.textContent = outputs ? (outputs.values[output.dataset.out!] ?? NO_VALUE) : NO_VALUE;
    }
    this.requirePart('[data-summary]').textContent = outputs ? outputs.summary : invalid;
  }

  #applyThreshold(): void {
    const threshold = Number(this.#field('threshold').value);
    const matrix = matrixAtThreshold(SCORED_SAMPLE, threshold);
    for (const key of ['tp', 'fp', 'fn', 'tn'] as const) this.#field(key).value = String(matrix[key]);
    this.querySelectorAll<HTMLElement>('[data-predicted]').forEach((cell, i) => {
      cell.textContent = SCORED_SAMPLE[i]!.score >= threshold ? 'positive' : 'negative';
    });
  }

  #update(save: boolean): void {
    const calc = this.dataset.calc;
    if (calc === 'confusion') this.#confusion();
    else if (calc === 'regression') this.#regression();
    else if (calc === 'scaling') this.#scaling();
    else if (calc === 'shards') this.#shards();
    if (save) this.#save();
  }

  #confusion(): void {
    const whole = (n: number) => Number.isInteger(n) && n >= 0;
    const [tp, fp, fn, tn] = (['tp', 'fp', 'fn', 'tn'] as const).map((k) => this.#number(k, whole, 'Enter a whole number, 0 or more.'));
    const beta = this.#number('beta', (n) => n > 0, 'Enter a number greater than 0.');
    this.requirePart('output[data-out="threshold"]').textContent = Number(this.#field('threshold').value).toFixed(2);
    const valid = tp !== undefined && fp !== undefined && fn !== undefined && tn !== undefined && beta !== undefined;
    this.#show(valid ? confusionOutputs({ tp, fp, fn, tn }, beta) : undefined);
  }

  #regression(): void {
    const actual = this.#list('actual');
    let predicted = this.#list('predicted');
    if (actual && predicted && actual.length !== predicted.length) {
      this.#mark(this.#field('predicted'), `Enter as many predicted values as actual values (${actual.length}).`);
      predicted = undefined;
    }
    this.#show(actual && predicted ? regressionOutputs(actual, predicted) : undefined);
  }

  #scaling(): void {
    const values = this.#list('values');
    const outputs = values && scalingOutputs(values);
    this.#show(outputs, 'The values are not valid; see the message under the field.');
    this.requirePart('[data-rows]').replaceChildren(
      ...(outputs?.rows ?? []).map((cells) => {
        const tr = document.createElement('tr');
        for (const text of cells) tr.append(Object.assign(document.createElement('td'), { textContent: text }));
        return tr;
      }),
    );
  }

  #shards(): void {
    const recordsPerSecond = this.#number('recordsPerSecond', (n) => n >= 0, 'Enter a rate of 0 or more.');
    const recordKB = this.#number('recordKB', (n) => n > 0, 'Enter a size greater than 0.');
    const consumers = this.#number('consumers', (n) => Number.isInteger(n) && n >= 1, 'Enter a whole number, 1 or more.');
    const valid = recordsPerSecond !== undefined && recordKB !== undefined && consumers !== undefined;
    const enhancedFanOut = this.#field('enhancedFanOut').checked;
    this.#show(valid ? shardOutputs({ recordsPerSecond, recordKB, consumers, enhancedFanOut }) : undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-calculator': SgCalculator;
  }
}

define('sg-calculator', SgCalculator);
