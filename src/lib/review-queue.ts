/**
 * Spaced review with FSRS (ts-fsrs). Every question answered wrong anywhere on the site enters the
 * queue: a wrong answer newer than the question's last review counts as a lapse ("Again") at the
 * time it was given. Reviewing rates the card through ts-fsrs, which sets its next due date.
 *
 * `dueIds` needs no scheduler (so the dashboard can show the count without loading ts-fsrs).
 */
import { type Card, createEmptyCard, fsrs, type Grade, Rating } from 'ts-fsrs';
import type { AnswerRecord, StoredCard } from './progress-store.ts';

const scheduler = fsrs({ enable_fuzz: false });

export function toCard(stored: StoredCard): Card {
  const { last_review, due, ...rest } = stored;
  return { ...rest, due: new Date(due), ...(last_review ? { last_review: new Date(last_review) } : {}) };
}

export function fromCard(card: Card): StoredCard {
  const stored: StoredCard = {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as StoredCard['state'],
  };
  if (card.last_review) stored.last_review = card.last_review.toISOString();
  return stored;
}

/** True when a wrong answer came after the card's last review (or there is no card yet). */
function lapsedSince(answer: AnswerRecord | undefined, card: StoredCard | undefined): answer is AnswerRecord & { wrongAt: string } {
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

/** The card with every wrong answer since its last review applied as a lapse. */
export function syncCard(answer: AnswerRecord | undefined, stored: StoredCard | undefined): StoredCard | undefined {
  if (!lapsedSince(answer, stored)) return stored;
  const at = new Date(answer.wrongAt);
  const card = stored ? toCard(stored) : createEmptyCard(at);
  return fromCard(scheduler.next(card, at, Rating.Again).card);
}

/** Rate a review: returns the updated card. A wrong answer is `Again`; a right one is the learner's choice. */
export function reviewCard(
  answer: AnswerRecord | undefined,
  stored: StoredCard | undefined,
  grade: Grade,
  now: Date,
): StoredCard {
  const synced = syncCard(answer, stored);
  const card = synced ? toCard(synced) : createEmptyCard(now);
  return fromCard(scheduler.next(card, now, grade).card);
}

/** The due date each right-answer grade would give, for showing on its button. */
export function previewGrades(answer: AnswerRecord | undefined, stored: StoredCard | undefined, now: Date): Record<'hard' | 'good' | 'easy', Date> {
  const synced = syncCard(answer, stored);
  const card = synced ? toCard(synced) : createEmptyCard(now);
  const preview = scheduler.repeat(card, now);
  return {
    hard: preview[Rating.Hard].card.due,
    good: preview[Rating.Good].card.due,
    easy: preview[Rating.Easy].card.due,
  };
}

export { Rating };
export type { Grade };
