/**
 * The practice exam's screens built as HTML. The results of a submitted attempt lead with a bar per
 * domain against the pass line (result-chart.ts; the words carry every value, the bars are drawn by
 * CSS), then the estimated scaled score, the questions to revisit (wrong, not answered or flagged;
 * a native control shows all) with their options in the attempt's order, the learner's marks and
 * the explanations, and the tables by domain and task statement (with drill links). Question HTML
 * comes from the build (trusted); everything else is escaped.
 */
import { formatDuration, percent } from '../../../client/format.ts';
import { escapeHtml } from '../../../client/html.ts';
import { type ExamScore, type ScoreScale, scaledScoreRange, type Tally } from '../../../lib/exam/score-exam.ts';
import { answerHint, type ExamBankDomain, type ExamBankQuestion, type ExamBankTask } from '../../../lib/questions/exam-bank.ts';
import type { OpenCaseStudy } from '../../../lib/open-data/open-data.ts';
import { inShownOrder } from '../../../lib/questions/option-order.ts';
import type { ExamAttempt } from '../../../lib/progress/progress-store.ts';
import type { ExamDefinition } from '../../../lib/exam/exam-definition.ts';
import { passShareOf, resultBars } from '../../../lib/exam/result-chart.ts';
import { mlaLabel } from '../../../lib/outline/mla-outline.ts';
import { resultChartHtml } from '../shared/result-chart/result-chart-html.ts';
import { EXAM_QUESTION_ID, taskDrillHref } from '../../../lib/urls.ts';
import { answeredQuestion, caseHtml } from '../shared/question-html.ts';

/** What the results need of the exam taken: its definition and its outline (domains and task statements). */
export interface ResultsContext {
  def: ExamDefinition;
  domains: readonly ExamBankDomain[];
  /** The bank's case studies by id: their scenarios come before their questions. */
  caseStudies: ReadonlyMap<string, OpenCaseStudy>;
}

/**
 * A task statement's row heading: its id and title, then where to practise or read it. MLS-C01 task
 * statements have drills; MLA-C01 ones (`mla:1.2`, shown as `1.2`) link the first page that teaches them.
 */
function taskHeading(t: ExamBankTask, def: ExamDefinition): string {
  const label = def.code === 'MLA-C01' ? mlaLabel(t.id) : t.id;
  const hidden = `<span class="sg-visually-hidden"> task statement ${label}</span>`;
  const link =
    def.code === 'MLS-C01'
      ? ` <a class="sg-small-link" href="${taskDrillHref(t.id)}">Drill${hidden}</a>`
      : t.pages[0]
        ? ` <a class="sg-small-link" href="${escapeHtml(t.pages[0])}">Read${hidden}</a>`
        : '';
  return `${label} ${escapeHtml(t.title)}${link}`;
}

export function resultsHtml(ctx: ResultsContext, a: ExamAttempt, questions: readonly ExamBankQuestion[], score: ExamScore): string {
  const { def } = ctx;
  const pass = def.passingScore;
  const range = scaledScoreRange(score.correct, score.total, def);
  const verdict = {
    clears: `The whole range is at or above ${pass}: on this estimate, this result would pass.`,
    borderline: `The range straddles ${pass}: too close to call.`,
    below: `The whole range is below ${pass}: on this estimate, this result would not pass yet.`,
  }[range.verdict];
  const missing = a.questions.length - questions.length;
  const row = (label: string, t: Tally | undefined, extra = '') =>
    `<tr><th scope="row">${label}</th>${extra}<td>${t?.correct ?? 0} of ${t?.total ?? 0}</td><td>${percent(t?.correct ?? 0, t?.total ?? 0)}</td></tr>`;
  const domainRows = ctx.domains
    .map((d) => row(`${d.id}. ${escapeHtml(d.title)}`, score.byDomain.get(d.id), `<td>${d.weight} %</td>`))
    .join('');
  const taskRows = ctx.domains
    .flatMap((d) => d.tasks)
    .filter((t) => score.byTask.has(t.id))
    .map((t) => row(taskHeading(t, def), score.byTask.get(t.id), ''))
    .join('');
  const review = questions
    .map((authored, i) => {
      const q = inShownOrder(authored, a.seed);
      const chosen = a.answers[q.id] ?? [];
      const status = chosen.length === 0 ? 'Not answered' : score.results.get(q.id) ? 'Correct' : 'Incorrect';
      const flagged = a.flagged.includes(q.id);
      const result = chosen.length === 0 ? 'unanswered' : score.results.get(q.id) ? 'correct' : 'incorrect';
      return (
        `<li data-result="${result}" data-flagged="${flagged}"><article class="sg-question sg-review-question" data-result="${result === 'correct' ? 'correct' : 'incorrect'}" data-question-id="${q.id}" aria-labelledby="review-${q.id}">` +
        `<h4 id="review-${q.id}">Question ${i + 1}: <span class="sg-review-status">${status}</span>${flagged ? ', flagged' : ''}${answerHint(q) ? ` <span class="sg-select-hint">${answerHint(q)}</span>` : ''}</h4>` +
        (q.case
          ? `<div class="sg-case" role="group" aria-labelledby="review-${q.id}-case">${caseHtml(ctx.caseStudies.get(q.case), `review-${q.id}-case`)}</div>`
          : '') +
        `<div class="sg-stem">${q.stem}</div>${answeredQuestion(q, chosen)}</article></li>`
      );
    })
    .join('');
  const revisit = questions.filter((q) => !score.results.get(q.id) || a.flagged.includes(q.id)).length;
  return (
    `<p class="sg-exam-summary" data-summary>You answered <strong>${score.correct} of ${score.total}</strong> questions correctly (${percent(score.correct, score.total)}). ` +
    `Time used: ${formatDuration(Math.min(a.elapsedMs, a.limitMs))} of ${formatDuration(a.limitMs)}.` +
    `${a.timedOut ? ' Time ran out, so the exam was submitted automatically.' : ''}` +
    `${missing > 0 ? ` ${missing} question${missing === 1 ? ' is' : 's are'} no longer in the bank and ${missing === 1 ? 'is' : 'are'} left out.` : ''}</p>` +
    resultChartHtml(
      'exam-chart-title',
      'Share right by domain',
      `, where the estimate centres on ${pass}`,
      resultBars(score, ctx.domains, score.byDomain, passShareOf(def)),
      passShareOf(def),
    ) +
    `<div class="sg-exam-estimate sg-practice-card"><p><strong data-range>Estimated scaled score: ${range.low} to ${range.high}</strong> on AWS's scale of ${def.scaleMin} to ${def.scaleMax.toLocaleString('en-GB')}, where ${pass} passes. ${verdict}</p>` +
    `<p>AWS does not publish how it scales results; read <a href="#exam-method">how this estimate is made</a>.</p></div>` +
    `<h3 id="exam-review-title">Your answers, with explanations</h3>` +
    `<fieldset class="sg-review-filter"><legend>Show</legend>` +
    [`revisit:Wrong, not answered or flagged (${revisit})`, `all:All questions (${questions.length})`]
      .map((s, i) => {
        const [value, label] = s.split(':');
        return `<label><input type="radio" name="review-filter" value="${value}"${i === 0 ? ' checked' : ''}> ${label}</label>`;
      })
      .join('') +
    `</fieldset><p class="sg-review-empty" data-review-empty hidden>Nothing to revisit: every answer was right and none is flagged.</p>` +
    `<ol class="sg-review-list" role="list" aria-labelledby="exam-review-title" data-review>${review}</ol>` +
    `<details class="sg-result-tables"><summary>Tables by domain and by task statement</summary>` +
    `<h3>By domain</h3><div class="sg-table-wrap" tabindex="0"><table data-by-domain><thead><tr><th scope="col">Domain</th><th scope="col">Exam weight</th><th scope="col">Correct</th><th scope="col">Share</th></tr></thead><tbody>${domainRows}</tbody></table></div>` +
    `<h3>By task statement</h3><div class="sg-table-wrap" tabindex="0"><table data-by-task><thead><tr><th scope="col">Task statement</th><th scope="col">Correct</th><th scope="col">Share</th></tr></thead><tbody>${taskRows}</tbody></table></div>` +
    `</details>`
  );
}

/** The history table's rows: one per submitted attempt of the exam on `scale`, newest first as given. */
export function historyRows(done: readonly ExamAttempt[], scale: ScoreScale): string {
  return done
    .map((e) => {
      const score = e.score ?? { correct: 0, total: e.questions.length };
      const range = scaledScoreRange(score.correct, score.total, scale);
      const date = new Date(e.submittedAt ?? e.startedAt).toLocaleString();
      return (
        `<tr><td>${escapeHtml(date)}</td><td>${score.correct} of ${score.total} (${percent(score.correct, score.total)})</td>` +
        `<td>${range.low}–${range.high}</td><td>${formatDuration(Math.min(e.elapsedMs, e.limitMs))}${e.timedOut ? ' (time ran out)' : ''}</td>` +
        `<td><button type="button" class="sg-button sg-button-quiet sg-button-small" data-view="${escapeHtml(e.id)}">View results<span class="sg-visually-hidden"> of ${escapeHtml(date)}</span></button></td></tr>`
      );
    })
    .join('');
}

/** How many question numbers a list of the submit dialog shows before "and N more". */
export const JUMP_LIMIT = 15;

/**
 * The submit dialog's lists of questions to go back to (0-based indexes, shown from 1): compact
 * numbered links, at most `JUMP_LIMIT` each, the rest counted (the navigator shows them all).
 */
export function jumpLists(unanswered: readonly number[], flagged: readonly number[]): string {
  const list = (title: string, indexes: readonly number[]) => {
    if (indexes.length === 0) return '';
    const more = indexes.length - JUMP_LIMIT;
    const links = indexes
      .slice(0, JUMP_LIMIT)
      .map((i) => `<li><a href="#${EXAM_QUESTION_ID}" data-go="${i}"><span class="sg-visually-hidden">Question </span>${i + 1}</a></li>`)
      .join('');
    return (
      `<h3>${title} (${indexes.length})</h3><ul class="sg-exam-jump" role="list">${links}</ul>` +
      (more > 0 ? `<p class="sg-exam-jump-more">and ${more} more, in the navigator below the question.</p>` : '')
    );
  };
  return list('Not answered', unanswered) + list('Flagged for review', flagged);
}
