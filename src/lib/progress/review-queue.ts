/**
 * Spaced review with FSRS (ts-fsrs). Every question answered wrong anywhere on the site enters the
 * queue: a wrong answer newer than the question's last review counts as a lapse ("Again") at the
 * time it was given. Reviewing rates the card through ts-fsrs, which sets its next due date.
 */
import { type Card, createEmptyCard, fsrs, type Grade, Rating } from 'ts-fsrs';
import type { AnswerRecord, StoredCard } from './progress-store.ts';
import { lapsedSince } from './review-due.ts';

export { dueIds, endOfDay } from './review-due.ts';

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

/** The card with every wrong answer since its last review applied as a lapse. */
export function syncCard(answer: AnswerRecord | undefined, stored: StoredCard | undefined): StoredCard | undefined {
  if (!lapsedSince(answer, stored)) return stored;
  const at = new Date(answer.wrongAt);
  const card = stored ? toCard(stored) : createEmptyCard(at);
  return fromCard(scheduler.next(card, at, Rating.Again).card);
}

/** Rate a review: returns the updated card. A wrong answer is `Again`; a right one is the learner's choice. */
export function reviewCard(answer: AnswerRecord | undefined, stored: StoredCard | undefined, grade: Grade, now: Date): StoredCard {
  const synced = syncCard(answer, stored);
  const card = synced ? toCard(synced) : createEmptyCard(now);
  return fromCard(scheduler.next(card, now, grade).card);
}

/** The due date each right-answer grade would give, for showing on its button. */
export function previewGrades(
  answer: AnswerRecord | undefined,
  stored: StoredCard | undefined,
  now: Date,
): Record<'hard' | 'good' | 'easy', Date> {
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
