/**
 * Results of a practice exam: right answers per domain and per task statement (all or nothing per
 * question, as scoreQuestion), and an estimated scaled score as a range. Pure.
 */
import { scoreQuestion } from '../questions/score-question.ts';

export interface ScoredQuestionMeta {
  id: string;
  domain: number;
  /** Outline ids (task statements or bullets such as `1.2.b`). */
  tasks: readonly string[];
  correct: readonly string[];
}

export interface Tally {
  correct: number;
  total: number;
}

export interface ExamScore extends Tally {
  answered: number;
  byDomain: Map<number, Tally>;
  /** Keyed by task statement id (`1.2`); a question tagged with two task statements counts in both. */
  byTask: Map<string, Tally>;
  /** Per question id: right or not. */
  results: Map<string, boolean>;
}

import { taskOf } from '../outline/outline.ts';

export { taskOf };

const bump = <K>(map: Map<K, Tally>, key: K, correct: boolean) => {
  const t = map.get(key) ?? { correct: 0, total: 0 };
  t.total += 1;
  if (correct) t.correct += 1;
  map.set(key, t);
};

/** Score the questions of an attempt; an unanswered question is wrong. */
export function scoreExam(questions: readonly ScoredQuestionMeta[], answers: Readonly<Record<string, readonly string[]>>): ExamScore {
  const score: ExamScore = { correct: 0, total: 0, answered: 0, byDomain: new Map(), byTask: new Map(), results: new Map() };
  for (const q of questions) {
    const chosen = answers[q.id] ?? [];
    const right = scoreQuestion(q.correct, chosen).correct;
    score.total += 1;
    if (chosen.length > 0) score.answered += 1;
    if (right) score.correct += 1;
    score.results.set(q.id, right);
    bump(score.byDomain, q.domain, right);
    for (const task of new Set(q.tasks.map(taskOf))) bump(score.byTask, task, right);
  }
  return score;
}

export const PASSING_SCORE = 750;
export const SCALE_MIN = 100;
export const SCALE_MAX = 1000;

/** An exam's reporting scale and pass mark (exam-definition.ts); MLS-C01's by default. */
export interface ScoreScale {
  passingScore: number;
  scaleMin: number;
  scaleMax: number;
}

export const MLS_SCALE: ScoreScale = { passingScore: PASSING_SCORE, scaleMin: SCALE_MIN, scaleMax: SCALE_MAX };

export interface ScaledRange {
  low: number;
  high: number;
  /** The point estimate (linear mapping of the share right). */
  point: number;
  /** `clears` when the whole range is at or above the passing score, `below` when it is all under, else `borderline`. */
  verdict: 'clears' | 'borderline' | 'below';
}

/** Wilson score interval for a proportion (z = 1.96, 95 %). */
export function wilsonInterval(correct: number, total: number, z = 1.96): [number, number] {
  if (total === 0) return [0, 1];
  const p = correct / total;
  const z2 = z * z;
  const centre = (p + z2 / (2 * total)) / (1 + z2 / total);
  const half = (z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))) / (1 + z2 / total);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * AWS does not publish how raw results become its 100–1000 scale. This estimate maps the share of
 * questions right linearly onto the exam's scale and widens it by the 95 % Wilson interval of that
 * share, the uncertainty of a result based on only `total` questions; the bounds are rounded to tens.
 */
export function scaledScoreRange(correct: number, total: number, scale: ScoreScale = MLS_SCALE): ScaledRange {
  const toScale = (share: number) => Math.round((scale.scaleMin + (scale.scaleMax - scale.scaleMin) * share) / 10) * 10;
  const [lowShare, highShare] = wilsonInterval(correct, total);
  const low = toScale(lowShare);
  const high = toScale(highShare);
  const verdict = low >= scale.passingScore ? 'clears' : high < scale.passingScore ? 'below' : 'borderline';
  return { low, high, point: toScale(total === 0 ? 0 : correct / total), verdict };
}
