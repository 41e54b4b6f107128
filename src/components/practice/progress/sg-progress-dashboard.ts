/**
 * `<sg-progress-dashboard>`: fills the progress page's tables from the progress store: readiness,
 * questions seen and unseen, due-today count, mastery per domain and task statement, and the weakest
 * task statements with links (all of MLS-C01); the MLA-C01 readiness by the same method over the
 * MLA-C01-tagged questions and weights, with its chart by MLA-C01 domain and its weakest MLA-C01 task
 * statements linked to their drills and pages (shown first while MLA-C01 is chosen, by CSS from
 * `<html data-exam>`, so every part is filled whatever the exam); and each practice exam's history apart: the latest
 * result and a chart of the latest ten, on that exam's scale and pass mark. The bank's ids, domains
 * and tags and the exams come from the embedded JSON (`[data-dashboard]`). Re-renders on
 * `sg-progress-change` (after an import or a reset).
 */
import { mlaTaskDrillHref, taskDrillHref } from '../../../lib/urls.ts';
import { mlaLabel } from '../../../lib/outline/mla-outline.ts';
import { type Mastery, type ProgressSummary, summarizeProgress, weakestTasks } from '../../../lib/exam/readiness.ts';
import { dueIds } from '../../../lib/progress/review-due.ts';
import { scaledScoreRange, type ScoreScale } from '../../../lib/exam/score-exam.ts';
import { attemptsOf, type ExamCode } from '../../../lib/exam/exam-definition.ts';
import type { ExamAttempt } from '../../../lib/progress/progress-store.ts';
import { escapeHtml } from '../../../client/html.ts';
import { passShareOf, resultBar } from '../../../lib/exam/result-chart.ts';
import { resultChartHtml } from '../shared/result-chart/result-chart-html.ts';
import { PROGRESS_CHANGE, pageProgress } from '../../../client/progress.ts';
import { define, SgElement } from '../../../client/sg-element.ts';

interface DashboardData {
  questions: [string, number, string[]][];
  weights: [number, number][];
  /** Domain id and title, in outline order. */
  domains: [number, string][];
  tasks: { id: string; title: string; pages: [string, string][] }[];
  /** The MLA-C01 bank (id, MLA-C01 domain of the first `mla` id, its `mla` ids), weights, domains and task statements with pages to read. */
  mla: {
    questions: [string, number, string[]][];
    weights: [number, number][];
    domains: [number, string][];
    tasks: { id: string; title: string; pages: [string, string][] }[];
  };
  /** Each exam whose history this page shows (`[data-latest-exam="<code>"]`, `[data-history-chart="<code>"]`), its scale and page. */
  exams: (ScoreScale & { code: ExamCode; href: string; label: string })[];
}

const pct = (x: number) => `${Math.round(x * 100)} %`;
const masteryText = (m: Mastery | undefined) => (m?.mastery === undefined ? 'not started' : `${pct(m.mastery)} (${m.right} right)`);

export class SgProgressDashboard extends SgElement {
  #data!: DashboardData;

  protected setup(): void {
    this.#data = JSON.parse(this.requirePart('[data-dashboard]').textContent ?? '') as DashboardData;
    this.#render();
  }

  protected override connect(): void {
    // An import or a reset on this page, or an answer in another tab, changes everything shown.
    this.listen(document, PROGRESS_CHANGE, () => this.#render());
  }

  #history(exam: DashboardData['exams'][number], attempts: readonly ExamAttempt[]): void {
    const part = (name: string) => this.requirePart(`[${name}="${exam.code}"]`);
    renderHistory(part('data-latest-exam'), part('data-history-chart'), exam, attempts);
  }

  /**
   * One exam's advice: the chart by domain (`[data-<prefix>readiness-chart]`) and the weakest task
   * statements (`[data-<prefix>weakest]`, `[data-<prefix>weakest-empty]`), each with its drill and pages.
   */
  #advice(
    prefix: '' | 'mla-',
    title: string,
    summary: ProgressSummary,
    weights: ReadonlyMap<number, number>,
    outline: { domains: [number, string][]; tasks: DashboardData['tasks'] },
    label: (id: string) => string,
    drill: (id: string) => string,
  ): void {
    this.requirePart(`[data-${prefix}readiness-chart]`).innerHTML = domainChart(
      `${prefix}readiness-chart-title`,
      `${title}, from your latest answers`,
      outline.domains,
      summary,
      weights,
    );
    const part = (name: string) => this.requirePart(`[data-${prefix}${name}]`);
    renderWeakest(part('weakest'), part('weakest-empty'), summary.tasks, outline.tasks, { label, drill });
  }

  #render(): void {
    const store = pageProgress();
    const bank = this.#data.questions.map(([id, domain, tasks]) => ({ id, domain, tasks }));
    const answers = store.all();
    const weights = new Map(this.#data.weights);
    const summary = summarizeProgress(bank, answers, weights);
    const stat = (name: string, value: string) => (this.requirePart(`[data-stat="${name}"]`).textContent = value);
    stat('readiness', pct(summary.readiness));
    const mla = this.#data.mla;
    const mlaBank = mla.questions.map(([id, domain, tasks]) => ({ id, domain, tasks }));
    const mlaWeights = new Map(mla.weights);
    const mlaSummary = summarizeProgress(mlaBank, answers, mlaWeights);
    // Due for review: a question of either bank (the review page covers every question).
    const due = dueIds(answers, store.cards(), new Date(), new Set([...bank, ...mlaBank].map((q) => q.id)));
    stat('mla-readiness', pct(mlaSummary.readiness));
    stat('mla-first-readiness', pct(mlaSummary.readiness));
    stat('mla-seen', String(mlaSummary.seen));
    this.#advice(
      'mla-',
      'MLA-C01: share right by domain',
      mlaSummary,
      mlaWeights,
      mla,
      (id) => `MLA-C01 ${mlaLabel(id)}`,
      mlaTaskDrillHref,
    );
    stat('seen', String(summary.seen));
    stat('unseen', String(summary.unseen));
    stat('due', String(due.length));

    this.#advice('', 'Share right by domain', summary, weights, this.#data, (id) => id, taskDrillHref);

    for (const exam of this.#data.exams) this.#history(exam, attemptsOf(store.exams(), exam.code));
    for (const row of this.querySelectorAll<HTMLElement>('[data-domain]')) {
      const m = summary.domains.get(Number(row.dataset.domain));
      this.requirePart('[data-cell="answered"]', row).textContent = `${m?.answered ?? 0} of ${m?.total ?? 0}`;
      this.requirePart('[data-cell="mastery"]', row).textContent = masteryText(m);
    }
    for (const row of this.querySelectorAll<HTMLElement>('[data-task]')) {
      const m = summary.tasks.get(row.dataset.task!);
      this.requirePart('[data-cell="answered"]', row).textContent = `${m?.answered ?? 0} of ${m?.total ?? 0}`;
      this.requirePart('[data-cell="mastery"]', row).textContent = masteryText(m);
    }
  }
}

/** The chart of the share right by domain, each bar labelled with its domain's exam weight. */
function domainChart(
  id: string,
  title: string,
  domains: readonly [number, string][],
  summary: ProgressSummary,
  weights: ReadonlyMap<number, number>,
): string {
  return resultChartHtml(
    id,
    title,
    ', the share a practice exam needs to centre on a pass',
    domains.map(([d, name]) => {
      const m = summary.domains.get(d);
      return resultBar(`${d}. ${name} (${weights.get(d) ?? 0} % of the exam)`, { correct: m?.right ?? 0, total: m?.answered ?? 0 });
    }),
  );
}

/**
 * The five weakest task statements answered and not yet mastered into `list` (each with its drill and
 * pages to read), `empty` shown while there are none.
 */
function renderWeakest(
  list: HTMLElement,
  empty: HTMLElement,
  tasks: ReadonlyMap<string, Mastery>,
  outline: DashboardData['tasks'],
  hrefs: { label: (id: string) => string; drill: (id: string) => string },
): void {
  const titles = new Map(outline.map((t) => [t.id, t]));
  const weakest = weakestTasks(tasks)
    .filter((id) => tasks.get(id)!.answered > 0 && tasks.get(id)!.mastery! < 1)
    .slice(0, 5);
  empty.hidden = weakest.length > 0;
  list.innerHTML = weakest
    .map((id) => {
      const t = titles.get(id);
      const m = tasks.get(id)!;
      const label = escapeHtml(hrefs.label(id));
      const pages = (t?.pages ?? []).map(([href, title]) => `<a href="${escapeHtml(href)}">${escapeHtml(title)}</a>`).join(', ');
      return (
        `<li data-weak-task="${escapeHtml(id)}"><strong>${label} ${escapeHtml(t?.title ?? '')}</strong>: ${m.right} of ${m.answered} answered right (${pct(m.mastery!)}). ` +
        `<a href="${hrefs.drill(id)}">Drill ${label}</a>${pages ? `; read ${pages}` : ''}.</li>`
      );
    })
    .join('');
}

/** One exam's latest result (in `latestPart`) and its chart of the latest ten (in `chart`). */
function renderHistory(
  latestPart: HTMLElement,
  chart: HTMLElement,
  exam: DashboardData['exams'][number],
  attempts: readonly ExamAttempt[],
): void {
  const finished = attempts.filter((e) => e.submittedAt && e.score);
  const latest = finished[finished.length - 1];
  const pass = exam.passingScore;
  const passShare = passShareOf(exam);
  chart.hidden = finished.length === 0;
  chart.innerHTML =
    finished.length === 0
      ? ''
      : resultChartHtml(
          `history-chart-title${exam.code === 'MLS-C01' ? '' : `-${exam.code.toLowerCase()}`}`,
          `${exam.label}, latest ten`,
          `, where the estimate centres on ${pass}`,
          finished.slice(-10).map((e, i, shown) => {
            const n = finished.length - shown.length + i + 1;
            const day = new Date(e.submittedAt!).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
            return resultBar(`Exam ${n}, ${day}`, e.score!, passShare);
          }),
          passShare,
        );
  if (latest?.score) {
    const { correct, total } = latest.score;
    const range = scaledScoreRange(correct, total, exam);
    latestPart.innerHTML =
      `Latest <a href="${exam.href}">${exam.code} practice exam</a> (${finished.length} finished): ${correct} of ${total} right, ` +
      `estimated scaled score ${range.low} to ${range.high}${range.verdict === 'clears' ? `, clearing ${pass}` : range.verdict === 'below' ? `, below ${pass}` : `, around ${pass}`}.`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-progress-dashboard': SgProgressDashboard;
  }
}

define('sg-progress-dashboard', SgProgressDashboard);
