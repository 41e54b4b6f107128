/**
 * Which questions are due for spaced review, without the scheduler: pages that only show the
 * "due today" count import this, not ts-fsrs (review-queue.ts does the scheduling). Pure.
 */
import type { AnswerRecord, StoredCard } from './progress-store.ts';

/** True when a wrong answer came after the card's last review (or there is no card yet). */
export function lapsedSince(answer: AnswerRecord | undefined, card: StoredCard | undefined): answer is AnswerRecord & { wrongAt: string } {
  if (!answer?.wrongAt) return false;
  return !card?.last_review || Date.parse(card.last_review) < Date.parse(answer.wrongAt);
}

/** The end of `now`'s local day: "due today" means due before it. */
export function endOfDay(now: Date): Date {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end;
}

/**
 * Question ids due for review by the end of today, most overdue first. Only ids in `known` (the
 * bank) are returned, when given.
 */
export function dueIds(
  answers: Readonly<Record<string, AnswerRecord>>,
  cards: Readonly<Record<string, StoredCard>>,
  now: Date,
  known?: ReadonlySet<string>,
): string[] {
  const limit = endOfDay(now).getTime();
  const due = new Map<string, number>();
  for (const id of new Set([...Object.keys(answers), ...Object.keys(cards)])) {
    if (known && !known.has(id)) continue;
    const answer = answers[id];
    const card = cards[id];
    if (lapsedSince(answer, card)) due.set(id, Date.parse(answer.wrongAt));
    else if (card && Date.parse(card.due) <= limit) due.set(id, Date.parse(card.due));
  }
  return [...due.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}
