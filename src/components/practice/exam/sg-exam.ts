/**
 * `<sg-exam>`: runs a practice exam in the frame ExamPage.astro renders, on the screens of
 * exam-screens.ts. Which exam (MLS-C01 or MLA-C01) comes from the definition embedded as JSON
 * (`[data-exam-definition]`, exam-definition.ts): its blueprint, time limit, pass mark, outline and
 * the questions it draws from; the two exams' attempts are kept apart by their `exam`. The attempt
 * is saved in the progress store on every change and every few seconds, so a reload or a closed tab
 * resumes it; its clock (exam-clock.ts) runs only while this tab shows it.
 *
 * One running attempt per exam: the tab that runs it holds the exam's attempt lock (attempt-lock.ts).
 * Another tab says the exam is open elsewhere and offers to take it over; the tab that loses the lock
 * stops its clock and saving at once and offers to take it back. Whoever (re)takes it, starts or
 * resumes reads the attempt fresh from the store, so no answer given in another tab is lost and a
 * submitted attempt is never run again.
 *
 * Focus: moving to a question focuses its heading (so its number and text are read); the results
 * heading takes focus when results appear; closing the submit dialog returns focus to the button
 * that opened it (the browser's own dialog behaviour). Timer milestones and the result are announced.
 */
import { announce } from '../../../client/announcer.ts';
import { pageProgress } from '../../../client/progress.ts';
import { define, SgElement } from '../../../client/sg-element.ts';
import { newAttempt, remainingOf, runningAttempt, scoreAttempt, withoutMissing } from '../../../lib/exam/attempt.ts';
import { ExamClock, milestoneText } from '../../../lib/exam/exam-clock.ts';
import { assembleExam, keepCasesTogether } from '../../../lib/exam/exam-assembly.ts';
import { attemptsOf, type ExamDefinition, examDomainOf, inExam } from '../../../lib/exam/exam-definition.ts';
import type { ExamAttempt, ProgressStore } from '../../../lib/progress/progress-store.ts';
import type { ExamBank, ExamBankQuestion } from '../../../lib/questions/exam-bank.ts';
import { inShownOrder, newSeed } from '../../../lib/questions/option-order.ts';
import { AttemptLock } from './attempt-lock.ts';
import type { ResultsContext } from './exam-html.ts';
import { type Elsewhere, ExamScreens } from './exam-screens.ts';

export class SgExam extends SgElement {
  #store!: ProgressStore;
  #def!: ExamDefinition;
  /** The questions this exam draws from, by id. */
  #byId = new Map<string, ExamBankQuestion>();
  #view!: ExamScreens;
  #lock: AttemptLock | undefined;
  /** The attempt this tab runs (a copy of the stored one), and its clock. */
  #attempt: ExamAttempt | undefined;
  #clock: ExamClock | undefined;
  #interval: number | undefined;
  /** The attempt last seen running in another tab: taking over after it was submitted shows its results. */
  #seenElsewhere: string | undefined;

  protected async setup(): Promise<void> {
    this.requirePart('[data-needs-js]').hidden = true;
    this.#store = pageProgress();
    this.#def = JSON.parse(this.requirePart('[data-exam-definition]').textContent ?? '') as ExamDefinition;
    const lock = (this.#lock = new AttemptLock(this.#def.lockName, () => this.#lost()));
    // The outline the results name arrives with the bank.
    const exam: ResultsContext = { def: this.#def, domains: [], caseStudies: new Map() };
    this.#view = new ExamScreens(this, exam);
    if (this.#store.problem) this.#view.notice(this.#store.problem);
    const loading = this.requirePart('[data-loading]');
    loading.hidden = false;
    let bank: ExamBank;
    try {
      const response = await fetch(this.dataset.bank ?? '');
      if (!response.ok) throw new Error(String(response.status));
      bank = (await response.json()) as ExamBank;
    } catch {
      loading.hidden = true;
      this.#view.notice('The questions could not be loaded. Check your connection and reload the page; any attempt in progress is kept.');
      return;
    }
    loading.hidden = true;
    exam.domains = this.#def.code === 'MLA-C01' ? bank.mlaDomains : bank.domains;
    exam.caseStudies = new Map((bank.caseStudies ?? []).map((c) => [c.id, c]));
    for (const q of bank.questions) if (inExam(q, this.#def.code)) this.#byId.set(q.id, q);
    this.#wire();
    const running = this.#running();
    // An attempt whose time ran out while no tab showed it is submitted by the first tab that can run it.
    if (running && remainingOf(running) <= 0 && (await lock.acquire(false))) {
      this.#attempt = this.#copy(running);
      this.#clock = new ExamClock(running.limitMs, running.elapsedMs);
      this.#submit(true);
      return;
    }
    await this.#showStart();
  }

  protected override connect(): void {
    // Save when the tab is hidden or closed: the clock and answers survive a closed tab.
    this.listen(document, 'visibilitychange', () => document.visibilityState === 'hidden' && this.#save());
    this.listen(window, 'pagehide', () => this.#save());
  }

  protected override disconnect(): void {
    this.#stop();
  }

  #wire(): void {
    this.addEventListener('click', (event) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>('[data-action], [data-go], [data-view]');
      if (!target) return;
      if (target.dataset.go !== undefined) {
        event.preventDefault();
        this.#view.closeDialog();
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
          return void this.#begin(false);
        case 'take-over':
          return void this.#begin(true);
        case 'prev':
          return this.#show(this.#attempt!.current - 1);
        case 'next':
          return this.#show(this.#attempt!.current + 1);
        case 'flag':
          return this.#toggleFlag();
        case 'focus':
          return this.#view.toggleFocus();
        case 'finish':
          return this.#openSubmit();
        case 'cancel-submit':
          return this.#view.closeDialog();
        case 'submit':
          return this.#submit(false);
        case 'home':
          return void this.#showStart(true);
      }
    });
    this.requirePart<HTMLFormElement>('[data-start-form]').addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#begin(false, this.#view.requestedLimitMs());
    });
    this.requirePart<HTMLFormElement>('[data-question-form]').addEventListener('change', () => this.#answerChanged());
    this.requirePart<HTMLFormElement>('[data-question-form]').addEventListener('submit', (event) => event.preventDefault());
  }

  /** This exam's running attempt as stored now (another tab may have changed it). */
  #running(): ExamAttempt | undefined {
    return runningAttempt(this.#store.exams(), this.#def.code);
  }

  /** A copy to run, so the store's own copy changes only through `saveExam`; questions that left the bank dropped. */
  #copy(attempt: ExamAttempt): ExamAttempt {
    return withoutMissing(structuredClone(attempt), (id) => this.#byId.has(id));
  }

  async #showStart(focus = false, elsewhere?: Elsewhere): Promise<void> {
    this.#stop();
    const state = elsewhere ?? ((await this.#lock!.heldElsewhere()) ? 'open' : undefined);
    const running = this.#running();
    if (state === 'open') this.#seenElsewhere = running?.id;
    const done = attemptsOf(this.#store.exams(), this.#def.code)
      .filter((e) => e.submittedAt)
      .reverse();
    this.#view.start(running, state, done, focus);
  }

  /**
   * Run the attempt: the one stored as running, or a new one of `limitMs` when none is; with
   * `takeOver`, from the tab that runs it. Without the lock, say where the exam runs.
   */
  async #begin(takeOver: boolean, limitMs?: number): Promise<void> {
    if (!(await this.#lock!.acquire(takeOver))) return this.#showStart(true, 'open');
    const running = this.#running();
    if (running) {
      if (limitMs !== undefined) announce('An attempt is already in progress, so it resumes here.');
      return this.#run(running);
    }
    if (limitMs !== undefined) return this.#start(limitMs);
    const submitted = this.#store.exams().find((e) => e.id === this.#seenElsewhere && e.submittedAt);
    if (submitted) return this.#showResults(submitted, false);
    return this.#showStart(true);
  }

  #start(limitMs: number): void {
    const lastSeen = new Map(Object.entries(this.#store.all()).map(([id, a]) => [id, Date.parse(a.at)]));
    const now = Date.now();
    const entries = [...this.#byId.values()].map((q) => ({ id: q.id, domain: examDomainOf(q, this.#def.code)! }));
    const questions = keepCasesTogether(assembleExam(entries, lastSeen, now >>> 0, this.#def.blueprint), (id) => this.#byId.get(id)?.case);
    const attempt = newAttempt(questions, limitMs, now, newSeed(), this.#def);
    this.#store.saveExam(attempt);
    this.#run(attempt);
    announce(`Exam started: ${questions.length} questions, ${Math.round(limitMs / 60_000)} minutes.`);
  }

  #run(stored: ExamAttempt): void {
    this.#stop(false);
    const attempt = (this.#attempt = this.#copy(stored));
    this.#clock = new ExamClock(attempt.limitMs, attempt.elapsedMs);
    this.#clock.start();
    this.#view.exam(attempt);
    this.#show(attempt.current);
    this.#interval = window.setInterval(() => this.#tick(), 1000);
    this.#tick();
  }

  /** Stop running: no clock, no saving; the lock is let go unless `release` is false. */
  #stop(release = true): void {
    if (this.#interval !== undefined) clearInterval(this.#interval);
    this.#interval = undefined;
    this.#clock?.stop();
    this.#attempt = undefined;
    if (release) this.#lock?.release();
  }

  /** Another tab took the attempt over: stop at once, and offer to take it back. */
  #lost(): void {
    this.#seenElsewhere = this.#attempt?.id;
    this.#stop(false);
    this.#view.closeDialog();
    void this.#showStart(true, 'moved');
  }

  #tick(): void {
    if (!this.#attempt || !this.#clock) return;
    const reading = this.#clock.read();
    this.#view.timer(reading.remainingMs);
    if (reading.timeUp) return this.#submit(true);
    if (reading.milestone !== undefined) announce(milestoneText(reading.milestone));
    if (reading.saveDue) this.#save();
  }

  #save(): void {
    const attempt = this.#attempt;
    if (!attempt || !this.#clock) return;
    const stored = this.#store.exams().find((e) => e.id === attempt.id);
    if (stored?.submittedAt) return this.#showResults(stored, false);
    attempt.elapsedMs = this.#clock.usedMs();
    this.#clock.saved();
    this.#store.saveExam(structuredClone(attempt));
  }

  /** The question on screen, its options in the attempt's order. */
  #question(): ExamBankQuestion {
    const a = this.#attempt!;
    return inShownOrder(this.#byId.get(a.questions[a.current]!)!, a.seed);
  }

  #show(index: number): void {
    const a = this.#attempt!;
    a.current = Math.min(a.questions.length - 1, Math.max(0, index));
    this.#view.question(a, this.#question());
    this.#save();
  }

  #answerChanged(): void {
    const a = this.#attempt;
    if (!a) return;
    const q = this.#question();
    const chosen = this.#view.chosen();
    if (chosen.length > 0) a.answers[q.id] = chosen;
    else delete a.answers[q.id];
    this.#view.counts(a, q);
    this.#view.gridButton(a, a.current);
    this.#save();
  }

  #toggleFlag(): void {
    const a = this.#attempt!;
    const id = this.#question().id;
    const flagged = a.flagged.includes(id);
    a.flagged = flagged ? a.flagged.filter((f) => f !== id) : [...a.flagged, id];
    this.#view.flag(!flagged);
    this.#view.gridButton(a, a.current);
    announce(flagged ? `Question ${a.current + 1} unflagged.` : `Question ${a.current + 1} flagged for review.`);
    this.#save();
  }

  #openSubmit(): void {
    this.#save();
    if (this.#attempt && this.#clock) this.#view.submitDialog(this.#attempt, this.#clock.remainingMs());
  }

  #submit(timedOut: boolean): void {
    const a = this.#attempt;
    if (!a || !this.#clock || a.submittedAt) return;
    const now = new Date();
    a.elapsedMs = this.#clock.usedMs();
    a.submittedAt = now.toISOString();
    if (timedOut) a.timedOut = true;
    const { questions, score } = scoreAttempt(a, (id) => this.#byId.get(id), this.#def.code);
    a.score = { correct: score.correct, total: score.total };
    this.#store.saveExam(structuredClone(a));
    for (const q of questions) {
      const chosen = a.answers[q.id] ?? [];
      if (chosen.length > 0) this.#store.record(q.id, chosen, score.results.get(q.id)!, 'exam', now);
    }
    this.#showResults(a, true);
  }

  #showResults(a: ExamAttempt, fresh: boolean): void {
    this.#stop();
    const { questions, score } = scoreAttempt(a, (id) => this.#byId.get(id), this.#def.code);
    this.#view.results(a, questions, score, fresh);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-exam': SgExam;
  }
}

define('sg-exam', SgExam);
