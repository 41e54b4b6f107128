/**
 * The screens of `<sg-exam>` over the frame exam.astro renders: start (resume, the exam open in
 * another tab, or the settings; the history), a question with the navigator, the submit dialog and
 * the results. It only shows what it is given: the attempt, the clock and the store stay in
 * sg-exam.ts. Focus: a question's heading when it is shown, the results heading, the start screen's
 * first control when asked.
 */
import { announce } from '../../../client/announcer.ts';
import { formatClock, formatDuration } from '../../../client/format.ts';
import type { SgElement } from '../../../client/sg-element.ts';
import { answeredCount, isAnswered, openQuestions, remainingOf } from '../../../lib/exam/attempt.ts';
import { type ExamScore, scaledScoreRange } from '../../../lib/exam/score-exam.ts';
import type { ExamAttempt } from '../../../lib/progress/progress-store.ts';
import { answerHint, type ExamBankQuestion } from '../../../lib/questions/exam-bank.ts';
import { isItemType, itemCount, itemState } from '../../../lib/questions/item-answer.ts';
import { answerControls, caseHtml, chosenIn } from '../shared/question-html.ts';
import { historyRows, jumpLists, type ResultsContext, resultsHtml } from './exam-html.ts';

/** Why the start screen says the exam runs in another tab: it was open there, or it moved there. */
export type Elsewhere = 'open' | 'moved';

const ELSEWHERE = {
  open: {
    title: 'The exam is open in another tab',
    text: 'This practice exam is running in another tab of this browser. Continue it there, or take it over here: the other tab then stops, and every answer given there is kept.',
    button: 'Take over the exam here',
  },
  moved: {
    title: 'The exam continues in another tab',
    text: 'The exam was taken over in another tab, so its clock and saving stopped here. Take it back to continue in this tab, with every answer given there.',
    button: 'Take the exam back',
  },
} as const;

/** The extra time AWS grants on request when English is not the candidate's first language. */
const EXTRA_MINUTES = 30;

/** The class on `<html>` that hides the site's chrome during an attempt (exam.css). */
const FOCUS_MODE = 'sg-focus-mode';

export class ExamScreens {
  readonly #root: SgElement;
  readonly #exam: ResultsContext;
  #gridButtons: HTMLButtonElement[] = [];
  /** Whether an attempt on screen hides the site's chrome; the learner can leave and re-enter it. */
  #focus = true;

  /** `exam`: the exam taken, whose scale and outline the history and results use. */
  constructor(root: SgElement, exam: ResultsContext) {
    this.#root = root;
    this.#exam = exam;
  }

  #part<T extends Element = HTMLElement>(selector: string): T {
    return this.#root.requirePart<T>(selector);
  }

  get dialog(): HTMLDialogElement {
    return this.#part<HTMLDialogElement>('[data-submit-dialog]');
  }

  notice(text: string): void {
    const notice = this.#part('[data-notice]');
    notice.textContent = text;
    notice.hidden = false;
  }

  #screen(name: 'start' | 'exam' | 'results'): void {
    for (const s of this.#root.allParts('[data-screen]')) s.hidden = s.dataset.screen !== name;
    this.#applyFocus(name === 'exam');
  }

  #applyFocus(inAttempt: boolean): void {
    const on = inAttempt && this.#focus;
    document.documentElement.classList.toggle(FOCUS_MODE, on);
    this.#part('[data-action="focus"]').textContent = this.#focus ? 'Exit focus mode' : 'Focus mode';
  }

  /** Leave focus mode (the site's header, menu and contents come back) or enter it again. */
  toggleFocus(): void {
    this.#focus = !this.#focus;
    this.#applyFocus(true);
    announce(this.#focus ? 'Focus mode: only the exam is shown.' : "Focus mode off: the site's header and menus are shown.");
  }

  /** The start screen: the running attempt to resume, or the tab it runs in, or the settings; the history. */
  start(running: ExamAttempt | undefined, elsewhere: Elsewhere | undefined, done: readonly ExamAttempt[], focus: boolean): void {
    const resume = this.#part('[data-resume]');
    const away = this.#part('[data-elsewhere]');
    resume.hidden = !running || elsewhere !== undefined;
    away.hidden = elsewhere === undefined;
    this.#part('[data-start-form]').hidden = Boolean(running) || elsewhere !== undefined;
    if (running) {
      this.#part('[data-resume-text]').textContent =
        `Started ${new Date(running.startedAt).toLocaleString()}: ${answeredCount(running)} of ${running.questions.length} answered, ` +
        `${formatDuration(remainingOf(running))} left. Finish or submit it before starting another.`;
    }
    if (elsewhere) {
      const copy = ELSEWHERE[elsewhere];
      this.#part('[data-elsewhere-title]').textContent = copy.title;
      this.#part('[data-elsewhere-text]').textContent = copy.text;
      this.#part('[data-action="take-over"]').textContent = copy.button;
      announce(`${copy.title}. ${copy.text}`);
    }
    this.#part('[data-history-empty]').hidden = done.length > 0;
    this.#part('[data-history-table]').hidden = done.length === 0;
    this.#part('[data-history-table] tbody').innerHTML = historyRows(done, this.#exam.def);
    this.#screen('start');
    if (focus) {
      const first = elsewhere ? '[data-action="take-over"]' : running ? '[data-action="resume"]' : '#exam-minutes';
      this.#part(first).focus();
    }
  }

  /** The time limit the start form asks for: 1 to 600 minutes, plus the extra time when ticked. */
  requestedLimitMs(): number {
    const form = this.#part<HTMLFormElement>('[data-start-form]');
    const minutes = Math.min(600, Math.max(1, Math.round(Number(new FormData(form).get('minutes')) || 0)));
    const extra = (form.elements.namedItem('extra') as HTMLInputElement).checked ? EXTRA_MINUTES : 0;
    return (minutes + extra) * 60_000;
  }

  /** The exam screen with its navigator for `a`; then show a question with `question`. */
  exam(a: ExamAttempt): void {
    this.#part('[data-grid]').innerHTML = a.questions
      .map((_, i) => `<li><button type="button" class="sg-exam-cell" data-go="${i}"></button></li>`)
      .join('');
    this.#gridButtons = this.#root.allParts<HTMLButtonElement>('[data-grid] button');
    for (let i = 0; i < a.questions.length; i++) this.gridButton(a, i);
    this.#screen('exam');
  }

  timer(remainingMs: number): void {
    this.#part('[data-timer]').textContent = formatClock(remainingMs);
  }

  /** Question `a.current`, `q` with its options in the attempt's order; its heading takes focus. */
  question(a: ExamAttempt, q: ExamBankQuestion): void {
    const n = a.questions.length;
    const heading = this.#part('[data-q-heading]');
    heading.textContent = `Question ${a.current + 1} of ${n}`;
    this.#part('[data-question-form]').dataset.questionId = q.id;
    const scenario = this.#part('[data-q-case]');
    scenario.innerHTML = caseHtml(q.case ? this.#exam.caseStudies.get(q.case) : undefined, `${scenario.getAttribute('aria-labelledby')}`);
    scenario.hidden = !q.case;
    this.#part('[data-q-stem]').innerHTML = q.stem;
    this.#part('[data-q-legend]').textContent = `Your answer ${answerHint(q)}`.trim();
    this.#part('[data-q-options]').replaceChildren(
      answerControls(q, 'exam-answer', a.answers[q.id] ?? [], this.#part<HTMLTemplateElement>('template[data-option-row]')),
    );
    this.counts(a, q);
    this.#part<HTMLButtonElement>('[data-action="prev"]').disabled = a.current === 0;
    this.#part<HTMLButtonElement>('[data-action="next"]').disabled = a.current === n - 1;
    this.flag(a.flagged.includes(q.id));
    for (const [i, button] of this.#gridButtons.entries()) {
      if (i === a.current) button.setAttribute('aria-current', 'step');
      else button.removeAttribute('aria-current');
    }
    heading.focus();
  }

  /** The answer on screen: the options checked, or the value of every step's or prompt's select. */
  chosen(): string[] {
    return chosenIn(this.#part('[data-q-options]'));
  }

  counts(a: ExamAttempt, q: ExamBankQuestion): void {
    const chosen = a.answers[q.id] ?? [];
    const type = q.type;
    let count = '';
    if (isItemType(type)) {
      const state = itemState(type, itemCount(q), chosen);
      count = `${state.count}. ${state.reason}`.trim();
    } else if (type === 'multiple') count = `${chosen.length} of ${q.select} chosen.`;
    this.#part('[data-q-count]').textContent = count;
    this.#part('[data-answered-count]').textContent = `${answeredCount(a)} of ${a.questions.length} answered`;
  }

  flag(pressed: boolean): void {
    this.#part('[data-action="flag"]').setAttribute('aria-pressed', String(pressed));
  }

  gridButton(a: ExamAttempt, i: number): void {
    const id = a.questions[i]!;
    const answered = isAnswered(a, id);
    const flagged = a.flagged.includes(id);
    const button = this.#gridButtons[i]!;
    button.dataset.answered = String(answered);
    button.dataset.flagged = String(flagged);
    button.setAttribute('aria-label', `Question ${i + 1}, ${answered ? 'answered' : 'not answered'}${flagged ? ', flagged' : ''}`);
    button.innerHTML = `${i + 1}${flagged ? '<span class="sg-exam-flag" aria-hidden="true">⚑</span>' : ''}`;
  }

  /** The submit dialog: what is answered and flagged, the time left; "Back to the exam" takes focus. */
  submitDialog(a: ExamAttempt, remainingMs: number): void {
    const { unanswered, flagged } = openQuestions(a);
    const n = a.questions.length;
    this.#part('[data-submit-summary]').textContent =
      `${n - unanswered.length} of ${n} answered, ${unanswered.length} not answered, ${flagged.length} flagged for review. ` +
      `${formatDuration(remainingMs)} left. Unanswered questions count as wrong.`;
    this.#part('[data-submit-lists]').innerHTML = jumpLists(unanswered, flagged);
    this.dialog.showModal();
    this.#part<HTMLButtonElement>('[data-action="cancel-submit"]').focus();
  }

  closeDialog(): void {
    if (this.dialog.open) this.dialog.close();
  }

  /** The results of a submitted attempt; announced when it was `fresh`ly submitted. */
  results(a: ExamAttempt, questions: readonly ExamBankQuestion[], score: ExamScore, fresh: boolean): void {
    this.closeDialog();
    const range = scaledScoreRange(score.correct, score.total, this.#exam.def);
    const heading = this.#part('[data-results-heading]');
    heading.textContent = `Results of the exam submitted ${new Date(a.submittedAt ?? Date.now()).toLocaleString()}`;
    this.#part('[data-results]').innerHTML = resultsHtml(this.#exam, a, questions, score);
    const filter = (all: boolean) => {
      let shown = 0;
      for (const li of this.#root.allParts('[data-review] > li')) {
        li.hidden = !all && li.dataset.result === 'correct' && li.dataset.flagged !== 'true';
        if (!li.hidden) shown += 1;
      }
      this.#part('[data-review-empty]').hidden = shown > 0;
    };
    filter(false);
    this.#part('.sg-review-filter').addEventListener('change', (event) => filter((event.target as HTMLInputElement).value === 'all'));
    this.#screen('results');
    heading.focus();
    if (fresh) {
      announce(
        `${a.timedOut ? 'Time is up. The exam was submitted. ' : 'Exam submitted. '}${score.correct} of ${score.total} correct. Estimated scaled score ${range.low} to ${range.high}.`,
      );
    }
  }
}
