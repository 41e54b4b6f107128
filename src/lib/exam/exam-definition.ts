/**
 * What makes a practice exam one exam and not another: its length, time limit, domain weights and
 * the questions per domain they give, its passing score and scale, and which of a question's tags
 * count. One implementation (sg-exam, score-exam.ts, exam-assembly.ts) runs every definition; the
 * pages pass theirs to the browser as JSON, so a definition is plain data. Pure.
 *
 * - MLS-C01 (the default) takes its fixed figures from exam-assembly.ts and score-exam.ts and its
 *   weights from content/outline.yaml (its blueprint is what `blueprintFor` gives them).
 * - MLA-C01 reads every figure from content/mla-outline.yaml: `scored-questions` + `unscored-questions`
 *   give the length, `duration` the minutes (with whether AWS states it), `passing-score` and
 *   `score-scale` the pass mark, the domains' weights the mix. A question counts in the MLA-C01 domain
 *   of its FIRST `mla:` id, and in the MLA-C01 task statement of every `mla:` id.
 * - All questions of an attempt are scored, the unscored ones of the real exam included: the real
 *   exam does not say which 15 they are, and no question here is a trial question, so marking 15 as
 *   unscored would only throw away evidence and widen the estimate.
 */
import type { ExamCode } from '../open-data/open-data.ts';
import type { MlaFact, MlaOutline } from '../../schemas/mla-outline.ts';
import { PRACTICE } from '../urls.ts';
import { EXAM_BLUEPRINT, EXAM_LENGTH, EXAM_MINUTES } from './exam-assembly.ts';
import { PASSING_SCORE, SCALE_MAX, SCALE_MIN, type ScoreScale } from './score-exam.ts';

export type { ExamCode };

export interface ExamDefinition extends ScoreScale {
  code: ExamCode;
  /** The exam's full name, as AWS gives it. */
  name: string;
  /** Questions in an attempt: the real exam's scored and unscored questions together. */
  length: number;
  /** Of those, how many AWS scores and how many it leaves unscored (here every question is scored). */
  scored: number;
  unscored: number;
  /** The default time limit. */
  minutes: number;
  /** False when the exam guide gives no duration and `minutes` is what others report. */
  minutesStated: boolean;
  /** Why the time limit is what it is, when AWS does not state it; empty otherwise. */
  minutesNote: string;
  /** Domain id → weight in percent, in outline order. */
  weights: Record<number, number>;
  /** Domain id → questions per attempt (largest remainders of `length` × weight). */
  blueprint: Record<number, number>;
  /** The exam's page. */
  href: string;
  /** The Web Lock one running attempt of this exam holds (attempt-lock.ts). */
  lockName: string;
  /** The start of its attempts' ids, followed by the start time in ms. */
  attemptPrefix: string;
}

/** The question fields a definition reads to place a question in its outline. */
export interface ExamTagged {
  domain: number | null;
  tasks: readonly string[];
  mlaDomain: number | null;
  mla: readonly string[];
}

/**
 * Questions per domain for an exam of `length` in `weights` (percent): each domain gets the whole part
 * of its share, and the questions left go to the largest remainders (ties to the earlier domain).
 */
export function blueprintFor(weights: Readonly<Record<number, number>>, length: number): Record<number, number> {
  const entries = Object.entries(weights).map(([id, w]) => ({ id: Number(id), w }));
  const sum = entries.reduce((a, e) => a + e.w, 0);
  if (sum <= 0) throw new Error('blueprintFor: the domain weights add up to 0');
  const exact = entries.map((e) => ({ id: e.id, share: (length * e.w) / sum }));
  const counts = new Map(exact.map((e) => [e.id, Math.floor(e.share)]));
  let left = length - [...counts.values()].reduce((a, b) => a + b, 0);
  const byRemainder = [...exact].sort((a, b) => b.share - Math.floor(b.share) - (a.share - Math.floor(a.share)) || a.id - b.id);
  for (const e of byRemainder) {
    if (left <= 0) break;
    counts.set(e.id, counts.get(e.id)! + 1);
    left -= 1;
  }
  return Object.fromEntries(entries.map((e) => [e.id, counts.get(e.id)!]));
}

/** MLS-C01 domain weights (content/outline.yaml), the only MLS-C01 figures not kept in code. */
export function mlsExamDefinition(weights: Readonly<Record<number, number>>): ExamDefinition {
  return {
    code: 'MLS-C01',
    name: 'AWS Certified Machine Learning – Specialty',
    length: EXAM_LENGTH,
    scored: 50,
    unscored: EXAM_LENGTH - 50,
    minutes: EXAM_MINUTES,
    // Team reference exam-guide.md (E1): no MLS-C01 guide version states a duration.
    minutesStated: false,
    minutesNote:
      "The exam guide gives no duration; 180 minutes is the figure most sources attribute to AWS's certification page (some say 170).",
    passingScore: PASSING_SCORE,
    scaleMin: SCALE_MIN,
    scaleMax: SCALE_MAX,
    weights: { ...weights },
    blueprint: { ...EXAM_BLUEPRINT },
    href: PRACTICE.exam,
    lockName: 'sg-exam-attempt',
    attemptPrefix: 'exam-',
  };
}

const where = 'content/mla-outline.yaml › facts';

function fact(outline: MlaOutline, id: string): MlaFact {
  const found = outline.facts.find((f) => f.id === id);
  if (!found) throw new Error(`${where}: no fact "${id}"; the MLA-C01 practice exam needs it`);
  return found;
}

function numberFact(outline: MlaOutline, id: string): number {
  const { value } = fact(outline, id);
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw new Error(`${where} › ${id} › value: found ${JSON.stringify(value)}; allowed: a whole number above 0`);
  }
  return value;
}

/** "100–1,000" → [100, 1000]. */
export function parseScale(text: string): [number, number] {
  const match = /^\s*(\d[\d,]*)\s*[–-]\s*(\d[\d,]*)\s*$/.exec(text);
  const [low, high] = match ? [Number(match[1]!.replaceAll(',', '')), Number(match[2]!.replaceAll(',', ''))] : [NaN, NaN];
  if (!(low < high)) throw new Error(`${where} › score-scale › value: found ${JSON.stringify(text)}; allowed: a range such as "100–1,000"`);
  return [low, high];
}

/** The MLA-C01 practice exam, every figure read from the MLA-C01 outline's facts and weights. */
export function mlaExamDefinition(outline: MlaOutline): ExamDefinition {
  const scored = numberFact(outline, 'scored-questions');
  const unscored = numberFact(outline, 'unscored-questions');
  const duration = fact(outline, 'duration');
  const minutes = numberFact(outline, 'duration');
  const passingScore = numberFact(outline, 'passing-score');
  const scale = fact(outline, 'score-scale').value;
  const [scaleMin, scaleMax] = parseScale(String(scale));
  if (passingScore <= scaleMin || passingScore > scaleMax) {
    throw new Error(`${where} › passing-score › value: found ${passingScore}; allowed: a score within ${scaleMin}–${scaleMax}`);
  }
  const weights = Object.fromEntries(outline.domains.map((d) => [Number(d.id), d.weight]));
  const length = scored + unscored;
  const minutesStated = duration.status !== 'not-stated';
  return {
    code: 'MLA-C01',
    name: outline.name,
    length,
    scored,
    unscored,
    minutes,
    minutesStated,
    minutesNote: minutesStated ? '' : duration.note,
    passingScore,
    scaleMin,
    scaleMax,
    weights,
    blueprint: blueprintFor(weights, length),
    href: PRACTICE.mlaExam,
    lockName: 'sg-exam-attempt:MLA-C01',
    attemptPrefix: 'mla-c01-',
  };
}

/** The domain a question counts in on this exam; null when the exam does not test it. */
export const examDomainOf = (q: ExamTagged, code: ExamCode): number | null => (code === 'MLA-C01' ? q.mlaDomain : q.domain);

/**
 * The question types each practice exam draws, as the real exams have them: MLS-C01 had only
 * multiple choice and multiple response; MLA-C01 adds ordering and matching (case-study questions
 * are of these types too). A question of another type is not drawn.
 */
export const EXAM_QUESTION_TYPES: Readonly<Record<ExamCode, readonly string[]>> = {
  'MLS-C01': ['single', 'multiple'],
  'MLA-C01': ['single', 'multiple', 'ordering', 'matching'],
};

/** True when the exam `code` tests the question and can show it. */
export const inExam = (q: ExamTagged & { type: string }, code: ExamCode): boolean =>
  examDomainOf(q, code) !== null && EXAM_QUESTION_TYPES[code].includes(q.type);

/** The outline ids a question counts under on this exam (their task statements via `taskOf`). */
export const examTasksOf = (q: ExamTagged, code: ExamCode): readonly string[] => (code === 'MLA-C01' ? q.mla : q.tasks);

/** The exam an attempt was of: attempts saved before there were two exams are MLS-C01. */
export const examOf = (attempt: { exam?: string }): string => attempt.exam ?? 'MLS-C01';

/** The attempts of one exam, in their stored order. */
export const attemptsOf = <T extends { exam?: string }>(exams: readonly T[], code: ExamCode): T[] =>
  exams.filter((e) => examOf(e) === code);
