/**
 * `<sg-calculator>`: recomputes a server-rendered calculator (Calculator.astro) as the reader types.
 * Each input is validated on its own; an invalid one gets `aria-invalid` and a message tied to it
 * (aria-describedby), and the results it feeds show "—". The inputs live in the URL query
 * (`?calc-confusion=40,10,20,930,2`), so a link or a reload restores them.
 */
import { define, SgElement } from '../../../client/sg-element.ts';
import {
  classificationMetrics,
  matrixAtThreshold,
  minMax,
  parseNumberList,
  regressionMetrics,
  shardsNeeded,
  zScores,
} from '../../../lib/widgets/calculators.ts';
import { format, SCORED_SAMPLE } from './samples.ts';

type Fields = Record<string, HTMLInputElement>;

export class SgCalculator extends SgElement {
  #fields: Fields = {};

  protected setup(): void {
    const form = this.requirePart<HTMLFormElement>('form');
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name]')) this.#fields[input.name] = input;
    this.#restore();
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

  #out(key: string, text: string): void {
    const output = this.querySelector<HTMLOutputElement>(`output[data-out="${key}"]`);
    if (output) output.textContent = text;
  }

  #summary(text: string): void {
    const summary = this.querySelector<HTMLElement>('[data-summary]');
    if (summary) summary.textContent = text;
  }

  #applyThreshold(): void {
    const threshold = Number(this.#fields.threshold!.value);
    const matrix = matrixAtThreshold(SCORED_SAMPLE, threshold);
    for (const key of ['tp', 'fp', 'fn', 'tn'] as const) this.#fields[key]!.value = String(matrix[key]);
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
    const counts = (['tp', 'fp', 'fn', 'tn'] as const).map((k) => this.#number(k, whole, 'Enter a whole number, 0 or more.'));
    const beta = this.#number('beta', (n) => n > 0, 'Enter a number greater than 0.');
    this.#out('threshold', Number(this.#fields.threshold!.value).toFixed(2));
    const keys = ['accuracy', 'precision', 'recall', 'specificity', 'f1', 'fBeta'] as const;
    if (counts.some((c) => c === undefined) || beta === undefined) {
      for (const k of keys) this.#out(k, '—');
      this.#summary('Some inputs are not valid; see the messages under the fields.');
      return;
    }
    const [tp, fp, fn, tn] = counts as number[];
    const m = classificationMetrics({ tp: tp!, fp: fp!, fn: fn!, tn: tn! }, beta);
    for (const k of keys) this.#out(k, format(m[k]));
    this.#summary(`Precision ${format(m.precision)}, recall ${format(m.recall)}, F1 ${format(m.f1)}.`);
  }

  #regression(): void {
    const actual = this.#list('actual');
    let predicted = this.#list('predicted');
    if (actual && predicted && actual.length !== predicted.length) {
      this.#mark(this.#fields.predicted!, `Enter as many predicted values as actual values (${actual.length}).`);
      predicted = undefined;
    }
    const keys = ['mae', 'mse', 'rmse', 'mape', 'r2'] as const;
    if (!actual || !predicted) {
      for (const k of keys) this.#out(k, '—');
      this.#summary('Some inputs are not valid; see the messages under the fields.');
      return;
    }
    const m = regressionMetrics(actual, predicted);
    for (const k of keys) this.#out(k, format(m[k]));
    this.#summary(`MAE ${format(m.mae)}, RMSE ${format(m.rmse)}, R² ${format(m.r2)}.`);
  }

  #scaling(): void {
    const values = this.#list('values');
    const rows = this.requirePart('[data-rows]');
    if (!values) {
      for (const k of ['min', 'max', 'mean', 'sd']) this.#out(k, '—');
      rows.replaceChildren();
      this.#summary('The values are not valid; see the message under the field.');
      return;
    }
    const mm = minMax(values);
    const { mean, sd, z } = zScores(values);
    this.#out('min', format(Math.min(...values)));
    this.#out('max', format(Math.max(...values)));
    this.#out('mean', format(mean));
    this.#out('sd', format(sd));
    rows.replaceChildren(
      ...values.map((x, i) => {
        const tr = document.createElement('tr');
        for (const text of [String(x), format(mm[i]!), format(z[i]!)]) {
          const td = document.createElement('td');
          td.textContent = text;
          tr.append(td);
        }
        return tr;
      }),
    );
    this.#summary(`${values.length} values: mean ${format(mean)}, standard deviation ${format(sd)}.`);
  }

  #shards(): void {
    const recordsPerSecond = this.#number('recordsPerSecond', (n) => n >= 0, 'Enter a rate of 0 or more.');
    const recordKB = this.#number('recordKB', (n) => n > 0, 'Enter a size greater than 0.');
    const consumers = this.#number('consumers', (n) => Number.isInteger(n) && n >= 1, 'Enter a whole number, 1 or more.');
    const keys = ['writeMBps', 'byWriteBytes', 'byWriteRecords', 'byReads', 'shards'];
    if (recordsPerSecond === undefined || recordKB === undefined || consumers === undefined) {
      for (const k of keys) this.#out(k, '—');
      this.#summary('Some inputs are not valid; see the messages under the fields.');
      return;
    }
    const r = shardsNeeded({ recordsPerSecond, recordKB, consumers, enhancedFanOut: this.#fields.enhancedFanOut!.checked });
    this.#out('writeMBps', format(r.writeMBps));
    this.#out('byWriteBytes', String(r.byWriteBytes));
    this.#out('byWriteRecords', String(r.byWriteRecords));
    this.#out('byReads', r.byReads === null ? 'none needed (enhanced fan-out)' : String(r.byReads));
    this.#out('shards', String(r.shards));
    this.#summary(`${r.shards} shards needed.`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-calculator': SgCalculator;
  }
}

define('sg-calculator', SgCalculator);
