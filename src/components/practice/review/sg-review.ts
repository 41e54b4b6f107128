/**
 * `<sg-review>`: one session of spaced review. It takes the questions due today (review-due.ts),
 * shows them one at a time, and after Check marks the options, shows the explanations and updates
 * the question's FSRS card (review-queue.ts): a wrong answer is rated Again at once; a right one
 * waits for the learner's Hard / Good / Easy, each button saying when the question comes back.
 */
import { answerHint, type ExamBank, type ExamBankQuestion } from '../../../lib/questions/exam-bank.ts';
import type { OpenCaseStudy } from '../../../lib/open-data/open-data.ts';
import { correctAnswer, isItemType, itemCount, itemResultText, itemState } from '../../../lib/questions/item-answer.ts';
import { learnerSeed } from '../../../client/order-seed.ts';
import { inShownOrder } from '../../../lib/questions/option-order.ts';
import { dueIds, type Grade, previewGrades, Rating, reviewCard } from '../../../lib/progress/review-queue.ts';
import { scoreQuestion } from '../../../lib/questions/score-question.ts';
import { type SelectionState, selectionState } from '../../../lib/questions/selection-state.ts';
import { announce } from '../../../client/announcer.ts';
import { pageProgress } from '../../../client/progress.ts';
import { define, SgElement } from '../../../client/sg-element.ts';
import { itemKeyText } from '../../mdx/quiz/item-rows.ts';
import { answerControls, answerKey, caseHtml, chosenIn, itemQuestion, markAnswer } from '../shared/question-html.ts';

const GRADES: Record<string, Grade> = { hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
const NOT_SAVED = ' This review is not saved in this browser: see the notice at the foot of the page.';

function when(due: Date, now: Date): string {
  const minutes = Math.round((due.getTime() - now.getTime()) / 60_000);
  if (minutes < 60) return `in ${Math.max(1, minutes)} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `in ${hours} hour${hours === 1 ? '' : 's'}`;
  const days = Math.round(hours / 24);
  return `in ${days} day${days === 1 ? '' : 's'}`;
}

export class SgReview extends SgElement {
  #store = pageProgress();
  #byId = new Map<string, ExamBankQuestion>();
  #cases = new Map<string, OpenCaseStudy>();
  #queue: string[] = [];
  #index = 0;
  #done = 0;

  protected async setup(): Promise<void> {
    this.requirePart('[data-needs-js]').hidden = true;
    try {
      const response = await fetch(this.dataset.bank ?? '');
      if (!response.ok) throw new Error(String(response.status));
      const bank = (await response.json()) as ExamBank;
      // The review queue covers every question of the site, MLA-C01-only ones included, as the
      // dashboard's count of questions due does: a question answered wrong anywhere comes back.
      for (const q of bank.questions) this.#byId.set(q.id, q);
      for (const c of bank.caseStudies ?? []) this.#cases.set(c.id, c);
    } catch {
      this.requirePart('[data-review-status]').textContent =
        'The questions could not be loaded. Check your connection and reload the page.';
      return;
    }
    this.#queue = dueIds(this.#store.all(), this.#store.cards(), new Date(), new Set(this.#byId.keys()));
    const form = this.requirePart<HTMLFormElement>('[data-review-form]');
    form.addEventListener('change', () => {
      const status = this.#syncCheck();
      if (this.#question().type !== 'single') announce(status);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const { ready, reason } = this.#selection();
      if (ready) this.#check();
      else announce(reason);
    });
    this.addEventListener('click', (event) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>('[data-grade], [data-action="next"]');
      if (!target) return;
      if (target.dataset.grade) this.#rate(GRADES[target.dataset.grade]!);
      else this.#next();
    });
    this.#show(false);
  }

  /** The question on screen, its options in the learner's order. */
  #question(): ExamBankQuestion {
    return inShownOrder(this.#byId.get(this.#queue[this.#index]!)!, learnerSeed());
  }

  #chosen(): string[] {
    return chosenIn(this.requirePart('[data-r-options]'));
  }

  #selection(): SelectionState {
    const q = this.#question();
    const type = q.type;
    if (isItemType(type)) return itemState(type, itemCount(q), this.#chosen());
    return selectionState(type, q.select, this.#chosen().length);
  }

  /** Check stays focusable: `aria-disabled` until the answer has the right size, the reason beside it. Returns that text. */
  #syncCheck(): string {
    const { ready, count, reason } = this.#selection();
    this.requirePart('[data-r-check]').setAttribute('aria-disabled', String(!ready));
    const text = [count && `${count}.`, reason].filter(Boolean).join(' ');
    this.requirePart('[data-r-select-status]').textContent = text;
    return text;
  }

  #show(focus: boolean): void {
    const left = this.#queue.length - this.#index;
    const status = this.requirePart('[data-review-status]');
    if (left <= 0) {
      this.requirePart('[data-review-card]').hidden = true;
      this.requirePart('[data-review-done]').hidden = false;
      const now = new Date();
      const later = dueIds(this.#store.all(), this.#store.cards(), now, new Set(this.#byId.keys()));
      const next = Math.min(...later.map((id) => Date.parse(this.#store.cards()[id]?.due ?? '')).filter((t) => !Number.isNaN(t)));
      const comeBack = later.length
        ? ` ${later.length} question${later.length === 1 ? ' comes' : 's come'} back later today${Number.isFinite(next) ? `, the next ${when(new Date(next), now)}` : ''}: reload this page then.`
        : '';
      status.textContent =
        this.#done > 0
          ? `Done: you reviewed ${this.#done} question${this.#done === 1 ? '' : 's'}.${comeBack || ' Nothing else is due today.'}`
          : later.length
            ? `Nothing is due right now.${comeBack}`
            : 'Nothing is due for review today. Questions you answer wrong anywhere on the site will appear here.';
      if (focus) {
        status.tabIndex = -1;
        status.focus();
      }
      return;
    }
    // One set for both counters: the session's queue, so "Question 2 of 5" sits beside "5 due".
    const total = this.#queue.length;
    status.textContent = `${total} question${total === 1 ? '' : 's'} due for review today${left < total ? `: ${left} to go` : ''}.`;
    const q = this.#question();
    this.requirePart('[data-review-card]').hidden = false;
    this.requirePart('[data-r-heading]').textContent = `Question ${this.#index + 1} of ${this.#queue.length}`;
    this.requirePart('[data-review-form]').dataset.questionId = q.id;
    const scenario = this.requirePart('[data-r-case]');
    scenario.innerHTML = caseHtml(q.case ? this.#cases.get(q.case) : undefined, scenario.getAttribute('aria-labelledby') ?? '');
    scenario.hidden = !q.case;
    this.requirePart('[data-r-stem]').innerHTML = q.stem;
    this.requirePart('[data-r-legend]').textContent = `Your answer ${answerHint(q)}`.trim();
    this.requirePart('[data-r-options]').replaceChildren(
      answerControls(q, 'review-answer', [], this.requirePart<HTMLTemplateElement>('template[data-option-row]')),
    );
    this.requirePart('[data-r-check]').hidden = false;
    this.requirePart('[data-r-feedback]').hidden = true;
    this.#syncCheck();
    if (focus) this.requirePart('[data-r-heading]').focus();
  }

  #check(): void {
    const q = this.#question();
    const chosen = this.#chosen();
    const right = scoreQuestion(correctAnswer(q), chosen).correct;
    const controls = this.requirePart('[data-r-options]');
    for (const input of controls.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) input.disabled = true;
    markAnswer(controls, q, chosen);
    const items = itemQuestion(q);
    // What a wrong answer says first: for steps or prompts, how many were wrong and the right answer.
    const wrongText = items
      ? itemResultText(items.type, false, controls.querySelectorAll('[data-item][data-mark="wrong"]').length, itemKeyText(items))
      : 'Incorrect.';
    this.requirePart('[data-r-check]').hidden = true;
    this.requirePart('[data-r-select-status]').textContent = '';
    this.requirePart('[data-r-key]').innerHTML = answerKey(q, chosen);
    const feedback = this.requirePart('[data-r-feedback]');
    feedback.hidden = false;
    const result = this.requirePart('[data-r-result]');
    const now = new Date();
    if (right) {
      const preview = previewGrades(this.#store.get(q.id), this.#store.cards()[q.id], now);
      for (const [name, grade] of Object.entries({ hard: preview.hard, good: preview.good, easy: preview.easy })) {
        this.requirePart(`[data-grade="${name}"]`).textContent = `${name[0]!.toUpperCase()}${name.slice(1)}: again ${when(grade, now)}`;
      }
      result.textContent = 'Correct. How hard was it to recall? Your choice sets when it comes back.';
      this.requirePart('[data-r-grades]').hidden = false;
      this.requirePart('[data-r-next-row]').hidden = true;
      this.requirePart<HTMLButtonElement>('[data-grade="good"]').focus();
      announce('Correct. Choose Hard, Good or Easy.');
    } else {
      const card = reviewCard(this.#store.get(q.id), this.#store.cards()[q.id], Rating.Again, now);
      const saved = this.#store.setCard(q.id, card).saved && this.#store.record(q.id, chosen, false, 'review', now).saved;
      this.#done += 1;
      result.textContent = `${wrongText} It comes back ${when(new Date(card.due), now)}. The explanations follow.${saved ? '' : NOT_SAVED}`;
      this.requirePart('[data-r-grades]').hidden = true;
      this.requirePart('[data-r-next-row]').hidden = false;
      this.requirePart<HTMLButtonElement>('[data-action="next"]').focus();
      announce(`${wrongText} The explanations follow.`);
    }
    this.requirePart('[data-review-form]').dataset.result = right ? 'correct' : 'incorrect';
  }

  #rate(grade: Grade): void {
    const q = this.#question();
    const now = new Date();
    const card = reviewCard(this.#store.get(q.id), this.#store.cards()[q.id], grade, now);
    const saved = this.#store.setCard(q.id, card).saved && this.#store.record(q.id, this.#chosen(), true, 'review', now).saved;
    this.#done += 1;
    announce(`Scheduled: again ${when(new Date(card.due), now)}.${saved ? '' : NOT_SAVED}`);
    this.#next();
  }

  #next(): void {
    this.#index += 1;
    delete this.requirePart('[data-review-form]').dataset.result;
    this.#show(true);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-review': SgReview;
  }
}

define('sg-review', SgReview);
