/**
 * `<sg-quiz>`: upgrades the server-rendered questions of a quiz (Quiz.astro). It enables the inputs,
 * checks answers (Check stays focusable but `aria-disabled`, with the reason beside it, until an answer of
 * the right size is chosen: "2 of 2 chosen"), marks
 * every option with text and an icon (never colour alone), opens the explanations, announces the
 * result, restores saved answers and keeps the per-quiz score line current. Options (and their
 * explanations) are put in the learner's order, and lettered A, B, C… in that order.
 *
 * Focus: after Check it moves to "Try again" (the result is announced); after Try again it returns
 * to the first option.
 *
 * Ordering and matching questions answer with a native select per step or prompt (item-rows.ts); their
 * answer is a list of `item=value` tokens (item-answer.ts), scored all or nothing like options, and
 * each step or prompt is marked in words once checked. Their steps keep the listed order.
 *
 * `showOnly(ids)` is the interface for a container such as `sg-drill`: it shows those questions, in
 * that order, numbered from 1, and hides the others.
 */
import { announce } from '../../../client/announcer.ts';
import { learnerSeed } from '../../../client/order-seed.ts';
import { PROGRESS_CHANGE, pageProgress } from '../../../client/progress.ts';
import { define, SgElement } from '../../../client/sg-element.ts';
import { optionLetter } from '../../../lib/questions/exam-bank.ts';
import { optionOrder } from '../../../lib/questions/option-order.ts';
import { optionMark } from '../../../lib/questions/option-mark.ts';
import { scoreQuestion } from '../../../lib/questions/score-question.ts';
import { selectionState } from '../../../lib/questions/selection-state.ts';
import { isItemType, itemResultText, itemState } from '../../../lib/questions/item-answer.ts';
import { type ItemQuestion, markItems } from './item-rows.ts';

export class SgQuiz extends SgElement {
  #forms: HTMLFormElement[] = [];
  #pendingSaves = new Set<() => void>();

  protected setup(): void {
    this.#forms = this.allParts<HTMLFormElement>('form.sg-question');
    for (const form of this.#forms) this.#upgrade(form);
    this.#updateScore();
  }

  /**
   * Run `save` once the feedback it follows has been painted: with a heavy learner's record a save
   * takes tens of milliseconds, and the learner should see the result first (issue 16). A save still
   * pending when the page is left runs then.
   */
  #afterPaint(save: () => void): void {
    this.#pendingSaves.add(save);
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (this.#pendingSaves.delete(save)) save();
      }),
    );
  }

  #flushSaves(): void {
    for (const save of this.#pendingSaves) save();
    this.#pendingSaves.clear();
  }

  #unsaved(form: HTMLFormElement): void {
    const text = ' This answer is not saved in this browser: see the notice at the foot of the page.';
    this.requirePart('.sg-question-result', form).append(text);
    announce(text.trim());
  }

  protected override disconnect(): void {
    this.#flushSaves();
  }

  protected override connect(): void {
    this.listen(window, 'pagehide', () => this.#flushSaves());
    // Another quiz or drill on the page may answer the same question; another tab may answer any.
    this.listen(document, PROGRESS_CHANGE, (event) => {
      if (event.detail.kind === 'external') for (const form of this.#forms) this.#restore(form);
      this.#updateScore();
    });
  }

  /** The ids of the questions in this quiz, in page order. */
  questionIds(): string[] {
    return this.#forms.map((form) => this.#id(form));
  }

  /** Show only the questions `ids`, in that order, numbered from 1. */
  showOnly(ids: readonly string[]): void {
    const list = this.requirePart('.sg-questions');
    const items = new Map(this.#forms.map((form) => [this.#id(form), form.closest('li')] as const));
    for (const [id, item] of items) if (item) item.hidden = !ids.includes(id);
    ids.forEach((id, i) => {
      const item = items.get(id);
      if (!item) return;
      list.append(item);
      this.requirePart('[data-question-number]', item).textContent = String(i + 1);
    });
  }

  #id(form: HTMLFormElement): string {
    const id = form.dataset.question;
    if (!id) throw new Error('sg-quiz: a form.sg-question without data-question');
    return id;
  }

  /** The answer controls: option inputs, or the selects of an ordering or matching question. */
  #inputs(form: HTMLFormElement): (HTMLInputElement | HTMLSelectElement)[] {
    return this.#items(form)
      ? this.allParts<HTMLSelectElement>('select[data-item-select]', form)
      : this.allParts<HTMLInputElement>('input[name$="-answer"]', form);
  }

  /** The ordering or matching question a form shows, as its markup needs it; undefined for options. */
  #items(form: HTMLFormElement): ItemQuestion | undefined {
    const type = form.dataset.type ?? '';
    return isItemType(type) ? { id: this.#id(form), type } : undefined;
  }

  #chosen(form: HTMLFormElement): string[] {
    return this.#inputs(form)
      .filter((i) => (i instanceof HTMLSelectElement ? i.value !== '' : i.checked))
      .map((i) => i.value);
  }

  #upgrade(form: HTMLFormElement): void {
    const select = Number(form.dataset.select ?? '1');
    const check = this.requirePart<HTMLButtonElement>('.sg-check', form);
    const retry = this.requirePart<HTMLButtonElement>('.sg-retry', form);
    this.#applyOrder(form);
    this.requirePart('.sg-question-actions', form).hidden = false;
    for (const input of this.#inputs(form)) input.disabled = false;

    const status = this.requirePart('[data-select-status]', form);
    const type = form.dataset.type === 'multiple' ? 'multiple' : 'single';
    const items = this.#items(form);
    const state = () =>
      items
        ? itemState(items.type, this.#inputs(form).length, this.#chosen(form))
        : selectionState(type, select, this.#chosen(form).length);
    const syncCheck = () => {
      const { ready, count, reason } = state();
      check.setAttribute('aria-disabled', String(!ready));
      status.textContent = form.dataset.state === 'checked' ? '' : [count && `${count}.`, reason].filter(Boolean).join(' ');
    };
    form.addEventListener('change', () => {
      syncCheck();
      if (type === 'multiple' || items) announce(status.textContent ?? '');
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (form.dataset.state === 'checked') return;
      if (!state().ready) {
        announce(state().reason);
        return;
      }
      const chosen = this.#chosen(form);
      const correct = scoreQuestion(this.#correctIds(form), chosen).correct;
      this.#showResult(form, chosen, true);
      retry.focus();
      this.#afterPaint(() => {
        const { saved } = pageProgress().record(this.#id(form), chosen, correct, this.dataset.source === 'drill' ? 'drill' : 'quiz');
        if (!saved) this.#unsaved(form);
      });
    });
    retry.addEventListener('click', () => {
      this.#reset(form);
      syncCheck();
      this.#inputs(form)[0]?.focus();
      announce('Question reset. Choose your answer again.');
    });

    this.#restore(form);
    syncCheck();
  }

  /** Show the saved answer of a question not checked on this page. */
  #restore(form: HTMLFormElement): void {
    const saved = pageProgress().get(this.#id(form));
    if (!saved || form.dataset.state === 'checked') return;
    for (const input of this.#inputs(form)) {
      if (input instanceof HTMLSelectElement) {
        input.value = [...input.options].find((o) => saved.chosen.includes(o.value))?.value ?? '';
      } else input.checked = saved.chosen.includes(input.value);
    }
    this.#showResult(form, saved.chosen, false);
  }

  /** Moves the options and their explanations into the learner's order and letters them by position. */
  #applyOrder(form: HTMLFormElement): void {
    if (this.#items(form)) return;
    const options = this.allParts('.sg-option', form);
    const order = optionOrder(
      learnerSeed(),
      this.#id(form),
      options.map((o) => o.dataset.option ?? ''),
    );
    const list = this.requirePart('.sg-options', form);
    const explanations = this.requirePart('.sg-explanations', form);
    order.forEach((id, i) => {
      const option = options.find((o) => o.dataset.option === id);
      if (!option) return;
      list.append(option);
      this.requirePart('.sg-option-letter', option).textContent = `${optionLetter(i)}.`;
      const explanation = this.requirePart(`[data-explains="${id}"]`, explanations);
      explanations.append(explanation);
      this.requirePart('[data-letter]', explanation).textContent = optionLetter(i);
    });
    this.requirePart('[data-key-letters]', form).textContent = this.#correctLetters(form).join(', ');
  }

  #correctIds(form: HTMLFormElement): string[] {
    return (form.dataset.correct ?? '').split(',').filter(Boolean);
  }

  #showResult(form: HTMLFormElement, chosen: string[], speak: boolean): void {
    const score = scoreQuestion(this.#correctIds(form), chosen);
    form.dataset.state = 'checked';
    form.dataset.result = score.correct ? 'correct' : 'incorrect';
    for (const input of this.#inputs(form)) input.disabled = true;
    const items = this.#items(form);
    if (items) return this.#showItemResult(form, items, chosen, score.correct, speak);
    for (const option of this.allParts('.sg-option', form)) {
      const id = option.dataset.option ?? '';
      const { mark, text } = optionMark(score.hits.includes(id) || score.missed.includes(id), chosen.includes(id));
      option.dataset.mark = mark;
      this.requirePart('.sg-option-mark', option).textContent = text;
    }
    this.requirePart('.sg-check', form).hidden = true;
    this.requirePart('[data-select-status]', form).textContent = '';
    this.requirePart('.sg-retry', form).hidden = false;
    this.requirePart<HTMLDetailsElement>('.sg-key', form).open = true;
    const letters = this.#correctLetters(form);
    const text = score.correct
      ? 'Correct.'
      : `Incorrect. The correct answer${letters.length > 1 ? 's are' : ' is'} ${letters.join(' and ')}.`;
    this.requirePart('.sg-question-result', form).textContent = `${text} The explanations for every option follow.`;
    if (speak) announce(`${text} Explanations are shown below the question.`);
  }

  /** The result of an ordering or matching question: every step or prompt marked, the key opened. */
  #showItemResult(form: HTMLFormElement, items: ItemQuestion, chosen: string[], correct: boolean, speak: boolean): void {
    markItems(form, items, this.#correctIds(form), chosen);
    this.requirePart('.sg-check', form).hidden = true;
    this.requirePart('[data-select-status]', form).textContent = '';
    this.requirePart('.sg-retry', form).hidden = false;
    this.requirePart<HTMLDetailsElement>('.sg-key', form).open = true;
    const wrong = this.allParts('[data-item][data-mark="wrong"]', form).length;
    const text = itemResultText(items.type, correct, wrong, this.requirePart('[data-key-items]', form).textContent ?? '');
    this.requirePart('.sg-question-result', form).textContent = `${text} The explanations follow.`;
    if (speak) announce(`${text} Explanations are shown below the question.`);
  }

  #correctLetters(form: HTMLFormElement): string[] {
    const correct = this.#correctIds(form);
    return this.allParts('.sg-option', form).flatMap((option, i) =>
      correct.includes(option.dataset.option ?? '') ? [optionLetter(i)] : [],
    );
  }

  #reset(form: HTMLFormElement): void {
    delete form.dataset.state;
    delete form.dataset.result;
    for (const input of this.#inputs(form)) {
      input.disabled = false;
      if (input instanceof HTMLSelectElement) input.value = '';
      else input.checked = false;
    }
    for (const item of this.allParts('[data-item]', form)) {
      item.dataset.mark = '';
      this.requirePart('.sg-item-mark', item).textContent = '';
    }
    for (const option of this.allParts('.sg-option', form)) {
      option.dataset.mark = '';
      this.requirePart('.sg-option-mark', option).textContent = '';
    }
    this.requirePart('.sg-check', form).hidden = false;
    this.requirePart('.sg-retry', form).hidden = true;
    this.requirePart('.sg-question-result', form).textContent = '';
    this.requirePart<HTMLDetailsElement>('.sg-key', form).open = false;
  }

  #updateScore(): void {
    const line = this.requirePart('.sg-quiz-score');
    const total = this.#forms.length;
    const right = this.#forms.filter((f) => pageProgress().get(this.#id(f))?.correct).length;
    line.textContent = `You have answered ${right} of ${total} question${total === 1 ? '' : 's'} in this quiz correctly.`;
    line.hidden = false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-quiz': SgQuiz;
  }
}

define('sg-quiz', SgQuiz);
