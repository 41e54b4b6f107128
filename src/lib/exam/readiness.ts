/**
 * Where the learner stands, from the latest answer to every question anywhere on the site
 * (inline quizzes, drills, exams, review). Pure.
 *
 * - Mastery of a domain or task statement: the share of its questions answered whose latest answer
 *   is right (`right / answered`), shown with how many were answered.
 * - Readiness: the exam's domain weights applied to each domain's right answers, where a domain with
 *   fewer than `MIN_EVIDENCE` answers is divided by `MIN_EVIDENCE` instead (unanswered questions count
 *   as not yet known), so a few lucky answers cannot claim readiness.
 */
import type { AnswerRecord } from '../progress/progress-store.ts';
import { taskOf } from './score-exam.ts';

export const MIN_EVIDENCE = 10;

export interface MasteryQuestion {
  id: string;
  domain: number;
  tasks: readonly string[];
}

export interface Mastery {
  /** Questions in the bank, answered at least once, and right on the latest answer. */
  total: number;
  answered: number;
  right: number;
  /** `right / answered`, or undefined when nothing was answered. */
  mastery: number | undefined;
}

export interface ProgressSummary {
  domains: Map<number, Mastery>;
  tasks: Map<string, Mastery>;
  /** 0–1. */
  readiness: number;
  seen: number;
  unseen: number;
}

const empty = (): Mastery => ({ total: 0, answered: 0, right: 0, mastery: undefined });

function add(m: Mastery, answer: AnswerRecord | undefined) {
  m.total += 1;
  if (!answer) return;
  m.answered += 1;
  if (answer.correct) m.right += 1;
  m.mastery = m.right / m.answered;
}

/** `weights` are the exam's domain weights in percent (they need not sum to exactly 100). */
export function summarizeProgress(
  bank: readonly MasteryQuestion[],
  answers: Readonly<Record<string, AnswerRecord>>,
  weights: ReadonlyMap<number, number>,
): ProgressSummary {
  const domains = new Map<number, Mastery>([...weights.keys()].map((d) => [d, empty()]));
  const tasks = new Map<string, Mastery>();
  let seen = 0;
  for (const q of bank) {
    const answer = answers[q.id];
    if (answer) seen += 1;
    const d = domains.get(q.domain) ?? empty();
    add(d, answer);
    domains.set(q.domain, d);
    for (const task of new Set(q.tasks.map(taskOf))) {
      const t = tasks.get(task) ?? empty();
      add(t, answer);
      tasks.set(task, t);
    }
  }
  const weightSum = [...weights.values()].reduce((a, b) => a + b, 0);
  let readiness = 0;
  for (const [domain, weight] of weights) {
    const m = domains.get(domain)!;
    const evidence = Math.max(m.answered, Math.min(MIN_EVIDENCE, m.total));
    if (evidence > 0) readiness += (weight / weightSum) * (m.right / evidence);
  }
  return { domains, tasks, readiness, seen, unseen: bank.length - seen };
}

/**
 * Task statements from weakest to strongest: answered ones by mastery (lower first, then more
 * evidence first), then those with no answer yet, in outline order.
 */
export function weakestTasks(tasks: ReadonlyMap<string, Mastery>): string[] {
  const ids = [...tasks.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const answered = ids.filter((id) => tasks.get(id)!.answered > 0);
  const unanswered = ids.filter((id) => tasks.get(id)!.answered === 0);
  answered.sort((a, b) => tasks.get(a)!.mastery! - tasks.get(b)!.mastery! || tasks.get(b)!.answered - tasks.get(a)!.answered);
  return [...answered, ...unanswered];
}
