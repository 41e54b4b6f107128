/**
 * `<sg-quiz>`: upgrades the server-rendered questions of a quiz (Quiz.astro). It enables the inputs,
 * checks answers (a multiple-response Check stays disabled until the right number is chosen), marks
 * every option with text and an icon (never colour alone), opens the explanations, announces the
 * result, restores saved answers and keeps the per-quiz score line current. Options (and their
 * explanations) are put in the learner's order, and lettered A, B, C… in that order.
 *
 * Focus: after Check it moves to "Try again" (the result is announced); after Try again it returns
 * to the first option.
 */
import { learnerSeed } from '../../../client/order-seed.ts';
import { optionLetter } from '../../../lib/questions/exam-bank.ts';
import { optionOrder } from '../../../lib/questions/option-order.ts';
import { createProgressStore, type ProgressStore } from '../../../lib/progress/progress-store.ts';
import { scoreQuestion } from '../../../lib/questions/score-question.ts';

let sharedStore: ProgressStore | undefined;
const store = () => (sharedStore ??= createProgressStore(() => localStorage));

class SgQuiz extends HTMLElement {
  #forms: HTMLFormElement[] = [];

  connectedCallback(): void {
    this.#forms = [...this.querySelectorAll<HTMLFormElement>('form.sg-question')];
    for (const form of this.#forms) this.#upgrade(form);
    const notice = this.querySelector<HTMLElement>('.sg-quiz-notice');
    const problem = store().problem;
    if (notice && problem) {
      notice.textContent = problem;
      notice.hidden = false;
    }
    this.#updateScore();
  }

  #inputs(form: HTMLFormElement): HTMLInputElement[] {
    return [...form.querySelectorAll<HTMLInputElement>('input[name$="-answer"]')];
  }

  #chosen(form: HTMLFormElement): string[] {
    return this.#inputs(form).filter((i) => i.checked).map((i) => i.value);
  }

  #upgrade(form: HTMLFormElement): void {
    const select = Number(form.dataset.select ?? '1');
    const check = form.querySelector<HTMLButtonElement>('.sg-check')!;
    const retry = form.querySelector<HTMLButtonElement>('.sg-retry')!;
    this.#applyOrder(form);
    form.querySelector<HTMLElement>('.sg-question-actions')!.hidden = false;
    for (const input of this.#inputs(form)) input.disabled = false;

    const syncCheck = () => {
      const count = this.#chosen(form).length;
      check.disabled = form.dataset.type === 'multiple' ? count !== select : count === 0;
    };
    form.addEventListener('change', syncCheck);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (check.disabled || form.dataset.state === 'checked') return;
      const chosen = this.#chosen(form);
      const correct = scoreQuestion(this.#correctIds(form), chosen).correct;
      store().record(form.dataset.question!, chosen, correct, this.dataset.source === 'drill' ? 'drill' : 'quiz');
      this.#showResult(form, chosen, true);
      retry.focus();
      this.#updateScore();
    });
    retry.addEventListener('click', () => {
      this.#reset(form);
      syncCheck();
      this.#inputs(form)[0]?.focus();
      this.#announce('Question reset. Choose your answer again.');
    });

    const saved = store().get(form.dataset.question!);
    if (saved) {
      for (const input of this.#inputs(form)) input.checked = saved.chosen.includes(input.value);
      this.#showResult(form, saved.chosen, false);
    }
    syncCheck();
  }

  /** Moves the options and their explanations into the learner's order and letters them by position. */
  #applyOrder(form: HTMLFormElement): void {
    const options = [...form.querySelectorAll<HTMLElement>('.sg-option')];
    const order = optionOrder(learnerSeed(), form.dataset.question!, options.map((o) => o.dataset.option!));
    const list = options[0]?.parentElement;
    const explanations = form.querySelector('.sg-explanations');
    order.forEach((id, i) => {
      const option = options.find((o) => o.dataset.option === id);
      if (!option || !list) return;
      list.append(option);
      const letter = option.querySelector('.sg-option-letter');
      if (letter) letter.textContent = `${optionLetter(i)}.`;
      const explanation = explanations?.querySelector<HTMLElement>(`[data-explains="${id}"]`);
      if (!explanation) return;
      explanations?.append(explanation);
      const verdict = explanation.querySelector('[data-letter]');
      if (verdict) verdict.textContent = optionLetter(i);
    });
    const keyLetters = form.querySelector('[data-key-letters]');
    if (keyLetters) keyLetters.textContent = this.#correctLetters(form).join(', ');
  }

  #correctIds(form: HTMLFormElement): string[] {
    return (form.dataset.correct ?? '').split(',').filter(Boolean);
  }

  #showResult(form: HTMLFormElement, chosen: string[], announce: boolean): void {
    const score = scoreQuestion(this.#correctIds(form), chosen);
    form.dataset.state = 'checked';
    form.dataset.result = score.correct ? 'correct' : 'incorrect';
    for (const input of this.#inputs(form)) input.disabled = true;
    for (const option of form.querySelectorAll<HTMLElement>('.sg-option')) {
      const id = option.dataset.option!;
      const mark = option.querySelector<HTMLElement>('.sg-option-mark')!;
      const isRight = score.hits.includes(id) || score.missed.includes(id);
      const wasChosen = chosen.includes(id);
      option.dataset.mark = isRight ? (wasChosen ? 'hit' : 'missed') : wasChosen ? 'wrong' : '';
      mark.textContent = isRight
        ? wasChosen
          ? '✓ Correct, your choice'
          : '✓ Correct answer, not chosen'
        : wasChosen
          ? '✗ Incorrect, your choice'
          : '';
    }
    form.querySelector<HTMLButtonElement>('.sg-check')!.hidden = true;
    form.querySelector<HTMLButtonElement>('.sg-retry')!.hidden = false;
    const key = form.querySelector<HTMLDetailsElement>('.sg-key');
    if (key) key.open = true;
    const letters = this.#correctLetters(form);
    const text = score.correct
      ? 'Correct.'
      : `Incorrect. The correct answer${letters.length > 1 ? 's are' : ' is'} ${letters.join(' and ')}.`;
    form.querySelector<HTMLElement>('.sg-question-result')!.textContent = `${text} The explanations for every option follow.`;
    if (announce) this.#announce(`${text} Explanations are shown below the question.`);
  }

  #correctLetters(form: HTMLFormElement): string[] {
    const correct = this.#correctIds(form);
    return [...form.querySelectorAll<HTMLElement>('.sg-option')].flatMap((option, i) =>
      correct.includes(option.dataset.option!) ? [optionLetter(i)] : [],
    );
  }

  #reset(form: HTMLFormElement): void {
    delete form.dataset.state;
    delete form.dataset.result;
    for (const input of this.#inputs(form)) {
      input.disabled = false;
      input.checked = false;
    }
    for (const option of form.querySelectorAll<HTMLElement>('.sg-option')) {
      option.dataset.mark = '';
      option.querySelector<HTMLElement>('.sg-option-mark')!.textContent = '';
    }
    form.querySelector<HTMLButtonElement>('.sg-check')!.hidden = false;
    form.querySelector<HTMLButtonElement>('.sg-retry')!.hidden = true;
    form.querySelector<HTMLElement>('.sg-question-result')!.textContent = '';
    const key = form.querySelector<HTMLDetailsElement>('.sg-key');
    if (key) key.open = false;
  }

  #announce(message: string): void {
    const region = this.querySelector<HTMLElement>('[data-announcer]');
    if (!region) return;
    region.textContent = '';
    // A fresh text node on the next frame makes screen readers announce repeated messages too.
    requestAnimationFrame(() => (region.textContent = message));
  }

  #updateScore(): void {
    const line = this.querySelector<HTMLElement>('.sg-quiz-score');
    if (!line) return;
    const total = this.#forms.length;
    const right = this.#forms.filter((f) => store().get(f.dataset.question!)?.correct).length;
    line.textContent = `You have answered ${right} of ${total} question${total === 1 ? '' : 's'} in this quiz correctly.`;
    line.hidden = false;
  }
}

if (!customElements.get('sg-quiz')) customElements.define('sg-quiz', SgQuiz);
