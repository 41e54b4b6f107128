/**
 * `<sg-exam>`: runs a practice exam in the frame exam.astro renders. Screens: start (settings, a
 * running attempt to resume, the history), exam (one question at a time, timer, flag, navigator),
 * a submit dialog, and results (per domain and task statement, score range, review of every
 * question). The attempt is saved in the progress store on every change and every few seconds, so
 * a reload or a closed tab resumes it. The clock runs only while the page is open.
 *
 * Focus: moving to a question focuses its heading (so its number and text are read); the results
 * heading takes focus when results appear; closing the submit dialog returns focus to the button
 * that opened it (the browser's own dialog behaviour). Timer milestones and the result are announced.
 */
import {
  answeredCount,
  crossedMilestone,
  isAnswered,
  milestoneText,
  newAttempt,
  openQuestions,
  remainingOf,
  withoutMissing,
} from '../../../lib/exam/attempt.ts';
import { assembleExam, EXAM_BLUEPRINT } from '../../../lib/exam/exam-assembly.ts';
import { type ExamBank, type ExamBankQuestion, selectHint } from '../../../lib/questions/exam-bank.ts';
import { inShownOrder, newSeed } from '../../../lib/questions/option-order.ts';
import type { ExamAttempt, ProgressStore } from '../../../lib/progress/progress-store.ts';
import { scaledScoreRange, scoreExam } from '../../../lib/exam/score-exam.ts';
import { announce } from '../../../client/announcer.ts';
import { formatClock, formatDuration } from '../../../client/format.ts';
import { pageProgress } from '../../../client/progress.ts';
import { define, SgElement } from '../../../client/sg-element.ts';
import { optionInputs } from '../shared/question-html.ts';
import { historyRows, jumpLists, resultsHtml } from './exam-html.ts';

const SAVE_EVERY_MS = 5000;
const EXTRA_MINUTES = 30;

export class SgExam extends SgElement {
  #store!: ProgressStore;
  #bank!: ExamBank;
  #byId = new Map<string, ExamBankQuestion>();
  #attempt: ExamAttempt | undefined;
  /** Elapsed time saved when the clock last (re)started, and when that was (Date.now()). */
  #baseElapsed = 0;
  #resumedAt = 0;
  #lastSaved = 0;
  #lastRemaining = Infinity;
  #interval: number | undefined;
  #gridButtons: HTMLButtonElement[] = [];

  protected async setup(): Promise<void> {
    this.requirePart('[data-needs-js]').hidden = true;
    this.#store = pageProgress();
    if (this.#store.problem) this.#notice(this.#store.problem);
    const loading = this.requirePart('[data-loading]');
    loading.hidden = false;
    try {
      const response = await fetch(this.dataset.bank ?? '');
      if (!response.ok) throw new Error(String(response.status));
      this.#bank = (await response.json()) as ExamBank;
    } catch {
      loading.hidden = true;
      this.#notice('The questions could not be loaded. Check your connection and reload the page; any attempt in progress is kept.');
      return;
    }
    loading.hidden = true;
    for (const q of this.#bank.questions) this.#byId.set(q.id, q);
    this.#wire();
    const running = this.#store.exams().find((e) => !e.submittedAt);
    if (running && remainingOf(running) <= 0) {
      this.#attempt = this.#clean(running);
      this.#baseElapsed = running.elapsedMs;
      this.#submit(true);
      return;
    }
    this.#showStart();
  }

  protected override connect(): void {
    // Save when the tab is hidden or closed: the clock and answers survive a closed tab.
    this.listen(document, 'visibilitychange', () => document.visibilityState === 'hidden' && this.#save());
    this.listen(window, 'pagehide', () => this.#save());
  }

  protected override disconnect(): void {
    this.#stopClock();
  }

  #notice(text: string): void {
    const notice = this.requirePart('[data-notice]');
    notice.textContent = text;
    notice.hidden = false;
  }

  #screen(name: 'start' | 'exam' | 'results'): void {
    for (const s of this.allParts('[data-screen]')) s.hidden = s.dataset.screen !== name;
  }

  #wire(): void {
    this.addEventListener('click', (event) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>('[data-action], [data-go], [data-view]');
      if (!target) return;
      if (target.dataset.go !== undefined) {
        this.requirePart<HTMLDialogElement>('[data-submit-dialog]').close();
        this.#show(Number(target.dataset.go));
        return;
      }
      if (target.dataset.view !== undefined) {
        const attempt = this.#store.exams().find((e) => e.id === target.dataset.view);
        if (attempt) this.#showResults(attempt, false);
        return;
      }
      switch (target.dataset.action) {
        case 'resume':
          return this.#resume();
        case 'prev':
          return this.#show(this.#attempt!.current - 1);
        case 'next':
          return this.#show(this.#attempt!.current + 1);
        case 'flag':
          return this.#toggleFlag();
        case 'finish':
          return this.#openSubmit();
        case 'cancel-submit':
          this.requirePart<HTMLDialogElement>('[data-submit-dialog]').close();
          return;
        case 'submit':
          return this.#submit(false);
        case 'home':
          return this.#showStart(true);
      }
    });
    this.requirePart<HTMLFormElement>('[data-start-form]').addEventListener('submit', (event) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const minutes = Math.min(600, Math.max(1, Math.round(Number(new FormData(form).get('minutes')) || 0)));
      const extra = (form.elements.namedItem('extra') as HTMLInputElement).checked ? EXTRA_MINUTES : 0;
      this.#start((minutes + extra) * 60_000);
    });
    this.requirePart<HTMLFormElement>('[data-question-form]').addEventListener('change', () => this.#answerChanged());
    this.requirePart<HTMLFormElement>('[data-question-form]').addEventListener('submit', (event) => event.preventDefault());
  }

  // Start screen and history.

  #showStart(focus = false): void {
    this.#stopClock();
    this.#attempt = undefined;
    const running = this.#store.exams().find((e) => !e.submittedAt);
    const resume = this.requirePart('[data-resume]');
    const form = this.requirePart<HTMLFormElement>('[data-start-form]');
    resume.hidden = !running;
    form.hidden = Boolean(running);
    if (running) {
      const answered = answeredCount(running);
      this.requirePart('[data-resume-text]').textContent =
        `Started ${new Date(running.startedAt).toLocaleString()}: ${answered} of ${running.questions.length} answered, ` +
        `${formatDuration(remainingOf(running))} left. Finish or submit it before starting another.`;
    }
    const done = [...this.#store.exams()].filter((e) => e.submittedAt).reverse();
    this.requirePart('[data-history-empty]').hidden = done.length > 0;
    this.requirePart('[data-history-table]').hidden = done.length === 0;
    this.requirePart('[data-history-table] tbody').innerHTML = historyRows(done);
    this.#screen('start');
    if (focus)
      (running
        ? this.requirePart<HTMLButtonElement>('[data-action="resume"]')
        : this.requirePart<HTMLInputElement>('#exam-minutes')
      ).focus();
  }

  // The attempt.

  #start(limitMs: number): void {
    const lastSeen = new Map(Object.entries(this.#store.all()).map(([id, a]) => [id, Date.parse(a.at)]));
    const now = Date.now();
    const questions = assembleExam(this.#bank.questions, lastSeen, now >>> 0, EXAM_BLUEPRINT);
    const attempt = newAttempt(questions, limitMs, now, newSeed());
    this.#store.saveExam(attempt);
    this.#run(attempt);
    announce(`Exam started: ${questions.length} questions, ${Math.round(limitMs / 60_000)} minutes.`);
  }

  #resume(): void {
    const running = this.#store.exams().find((e) => !e.submittedAt);
    if (running) this.#run(this.#clean(running));
  }

  /** Drops questions that are no longer in the bank. */
  #clean(attempt: ExamAttempt): ExamAttempt {
    return withoutMissing(attempt, (id) => this.#byId.has(id));
  }

  #run(attempt: ExamAttempt): void {
    this.#attempt = attempt;
    this.#baseElapsed = attempt.elapsedMs;
    this.#resumedAt = Date.now();
    this.#lastSaved = this.#resumedAt;
    this.#lastRemaining = this.#remaining();
    this.#buildGrid();
    this.#screen('exam');
    this.#show(attempt.current);
    this.#stopClock();
    this.#interval = window.setInterval(() => this.#tick(), 1000);
    this.#tick();
  }

  #elapsed(): number {
    return this.#baseElapsed + Math.max(0, Date.now() - this.#resumedAt);
  }

  #remaining(): number {
    return this.#attempt!.limitMs - this.#elapsed();
  }

  #stopClock(): void {
    if (this.#interval !== undefined) clearInterval(this.#interval);
    this.#interval = undefined;
  }

  #tick(): void {
    if (!this.#attempt || this.#attempt.submittedAt) return;
    const remaining = this.#remaining();
    this.requirePart('[data-timer]').textContent = formatClock(remaining);
    if (remaining <= 0) {
      this.#submit(true);
      return;
    }
    const milestone = crossedMilestone(this.#lastRemaining, remaining);
    if (milestone !== undefined) {
      announce(milestoneText(milestone));
    }
    this.#lastRemaining = remaining;
    if (Date.now() - this.#lastSaved >= SAVE_EVERY_MS) this.#save();
  }

  #save(): void {
    const attempt = this.#attempt;
    if (!attempt || attempt.submittedAt) return;
    attempt.elapsedMs = Math.min(attempt.limitMs, Math.round(this.#elapsed()));
    this.#lastSaved = Date.now();
    this.#store.saveExam(attempt);
  }

  /** The question on screen, its options in the attempt's order. */
  #question(): ExamBankQuestion {
    const a = this.#attempt!;
    return inShownOrder(this.#byId.get(a.questions[a.current]!)!, a.seed);
  }

  #show(index: number): void {
    const a = this.#attempt!;
    const n = a.questions.length;
    a.current = Math.min(n - 1, Math.max(0, index));
    const q = this.#question();
    const chosen = a.answers[q.id] ?? [];
    const heading = this.requirePart('[data-q-heading]');
    heading.textContent = `Question ${a.current + 1} of ${n}`;
    this.requirePart('[data-question-form]').dataset.questionId = q.id;
    this.requirePart('[data-q-stem]').innerHTML = q.stem;
    this.requirePart('[data-q-legend]').textContent = q.type === 'multiple' ? `Your answer ${selectHint(q.select)}` : 'Your answer';
    this.requirePart('[data-q-options]').replaceChildren(
      optionInputs(q, 'exam-answer', chosen, this.requirePart<HTMLTemplateElement>('template[data-option-row]')),
    );
    this.#syncCount();
    this.requirePart<HTMLButtonElement>('[data-action="prev"]').disabled = a.current === 0;
    this.requirePart<HTMLButtonElement>('[data-action="next"]').disabled = a.current === n - 1;
    this.requirePart('[data-action="flag"]').setAttribute('aria-pressed', String(a.flagged.includes(q.id)));
    for (const [i, button] of this.#gridButtons.entries()) {
      if (i === a.current) button.setAttribute('aria-current', 'step');
      else button.removeAttribute('aria-current');
    }
    heading.focus();
    this.#save();
  }

  #syncCount(): void {
    const a = this.#attempt!;
    const q = this.#question();
    const count = (a.answers[q.id] ?? []).length;
    this.requirePart('[data-q-count]').textContent = q.type === 'multiple' ? `${count} of ${q.select} chosen.` : '';
    const answered = answeredCount(a);
    this.requirePart('[data-answered-count]').textContent = `${answered} of ${a.questions.length} answered`;
  }

  #answerChanged(): void {
    const a = this.#attempt!;
    const q = this.#question();
    const chosen = [...this.querySelectorAll<HTMLInputElement>('[data-q-options] input:checked')].map((i) => i.value);
    if (chosen.length > 0) a.answers[q.id] = chosen;
    else delete a.answers[q.id];
    this.#syncCount();
    this.#syncGridButton(a.current);
    this.#save();
  }

  #toggleFlag(): void {
    const a = this.#attempt!;
    const id = this.#question().id;
    const flagged = a.flagged.includes(id);
    a.flagged = flagged ? a.flagged.filter((f) => f !== id) : [...a.flagged, id];
    this.requirePart('[data-action="flag"]').setAttribute('aria-pressed', String(!flagged));
    this.#syncGridButton(a.current);
    announce(flagged ? `Question ${a.current + 1} unflagged.` : `Question ${a.current + 1} flagged for review.`);
    this.#save();
  }

  #buildGrid(): void {
    const a = this.#attempt!;
    this.requirePart('[data-grid]').innerHTML = a.questions
      .map((_, i) => `<li><button type="button" class="sg-exam-cell" data-go="${i}"></button></li>`)
      .join('');
    this.#gridButtons = [...this.querySelectorAll<HTMLButtonElement>('[data-grid] button')];
    for (let i = 0; i < a.questions.length; i++) this.#syncGridButton(i);
  }

  #syncGridButton(i: number): void {
    const a = this.#attempt!;
    const id = a.questions[i]!;
    const answered = isAnswered(a, id);
    const flagged = a.flagged.includes(id);
    const button = this.#gridButtons[i]!;
    button.dataset.answered = String(answered);
    button.dataset.flagged = String(flagged);
    button.setAttribute('aria-label', `Question ${i + 1}, ${answered ? 'answered' : 'not answered'}${flagged ? ', flagged' : ''}`);
    button.innerHTML = `${i + 1}${flagged ? '<span class="sg-exam-flag" aria-hidden="true">⚑</span>' : ''}`;
  }

  #openSubmit(): void {
    this.#save();
    const a = this.#attempt!;
    const { unanswered, flagged } = openQuestions(a);
    const n = a.questions.length;
    this.requirePart('[data-submit-summary]').textContent =
      `${n - unanswered.length} of ${n} answered, ${unanswered.length} not answered, ${flagged.length} flagged for review. ` +
      `${formatDuration(this.#remaining())} left. Unanswered questions count as wrong.`;
    this.requirePart('[data-submit-lists]').innerHTML = jumpLists(unanswered, flagged);
    this.requirePart<HTMLDialogElement>('[data-submit-dialog]').showModal();
    this.requirePart<HTMLButtonElement>('[data-action="cancel-submit"]').focus();
  }

  #submit(timedOut: boolean): void {
    const a = this.#attempt;
    if (!a || a.submittedAt) return;
    this.#stopClock();
    const dialog = this.requirePart<HTMLDialogElement>('[data-submit-dialog]');
    const now = new Date();
    a.elapsedMs = Math.min(a.limitMs, Math.round(this.#elapsed()));
    a.submittedAt = now.toISOString();
    if (timedOut) a.timedOut = true;
    const questions = a.questions.map((id) => this.#byId.get(id)!).filter(Boolean);
    const score = scoreExam(
      questions.map((q) => ({ ...q, correct: q.options.filter((o) => o.correct).map((o) => o.id) })),
      a.answers,
    );
    a.score = { correct: score.correct, total: score.total };
    this.#store.saveExam(a);
    for (const q of questions) {
      const chosen = a.answers[q.id] ?? [];
      if (chosen.length > 0) this.#store.record(q.id, chosen, score.results.get(q.id)!, 'exam', now);
    }
    if (dialog.open) dialog.close();
    this.#showResults(a, true);
  }

  // Results.

  #showResults(a: ExamAttempt, fresh: boolean): void {
    this.#stopClock();
    this.#attempt = undefined;
    const questions = a.questions.map((id) => this.#byId.get(id)).filter((q): q is ExamBankQuestion => q !== undefined);
    const score = scoreExam(
      questions.map((q) => ({ ...q, correct: q.options.filter((o) => o.correct).map((o) => o.id) })),
      a.answers,
    );
    const range = scaledScoreRange(score.correct, score.total);
    this.requirePart('[data-results-heading]').textContent =
      `Results of the exam submitted ${new Date(a.submittedAt ?? Date.now()).toLocaleString()}`;
    this.requirePart('[data-results]').innerHTML = resultsHtml(this.#bank, a, questions, score);
    this.requirePart('.sg-review-filter').addEventListener('change', (event) => {
      const value = (event.target as HTMLInputElement).value;
      for (const li of this.querySelectorAll<HTMLElement>('[data-review] > li')) {
        li.hidden = value === 'incorrect' ? li.dataset.result === 'correct' : value === 'flagged' ? li.dataset.flagged !== 'true' : false;
      }
    });
    this.#screen('results');
    const heading = this.requirePart('[data-results-heading]');
    heading.focus();
    if (fresh) {
      announce(
        `${a.timedOut ? 'Time is up. The exam was submitted. ' : 'Exam submitted. '}${score.correct} of ${score.total} correct. Estimated scaled score ${range.low} to ${range.high}.`,
      );
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-exam': SgExam;
  }
}

define('sg-exam', SgExam);
