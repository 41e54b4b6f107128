import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from './progress-store.ts';
import { dueIds, previewGrades, Rating, reviewCard, syncCard } from './review-queue.ts';

const wrong = (at: string): AnswerRecord => ({
  chosen: ['a'],
  correct: false,
  at,
  source: 'quiz',
  attempts: 1,
  correctAttempts: 0,
  wrongAt: at,
});
const right = (at: string): AnswerRecord => ({ chosen: ['b'], correct: true, at, source: 'quiz', attempts: 1, correctAttempts: 1 });
const now = new Date('2026-11-23T12:00:00Z');

describe('review queue', () => {
  it('puts every wrong answer in the queue and nothing else', () => {
    const answers = { w: wrong('2026-11-22T10:00:00Z'), r: right('2026-11-22T10:00:00Z') };
    expect(dueIds(answers, {}, now)).toEqual(['w']);
    expect(dueIds(answers, {}, now, new Set(['r']))).toEqual([]);
  });

  it('reviewing right schedules the card later through FSRS; it leaves the queue until due', () => {
    const answer = wrong('2026-11-22T10:00:00Z');
    const card = reviewCard(answer, undefined, Rating.Good, now);
    expect(card.reps).toBeGreaterThanOrEqual(2);
    expect(card.last_review).toBe(now.toISOString());
    expect(Date.parse(card.due)).toBeGreaterThan(now.getTime());
    // Review the card again when it falls due, rating Good: the interval grows past today.
    const later = new Date(card.due);
    const again = reviewCard(answer, card, Rating.Good, later);
    expect(Date.parse(again.due) - later.getTime()).toBeGreaterThan(Date.parse(card.due) - now.getTime());
    const nextDay = new Date(Date.parse(again.due) - 1000 * 60 * 60 * 24 * 2);
    expect(dueIds({ q: answer }, { q: again }, nextDay)).toEqual([]);
    expect(dueIds({ q: answer }, { q: again }, new Date(again.due))).toEqual(['q']);
  });

  it('a wrong answer after a review brings the card back as a lapse', () => {
    const card = reviewCard(wrong('2026-11-01T00:00:00Z'), undefined, Rating.Easy, new Date('2026-11-02T00:00:00Z'));
    const lapse = wrong('2026-11-03T00:00:00Z');
    expect(dueIds({ q: lapse }, { q: card }, new Date('2026-11-03T01:00:00Z'))).toEqual(['q']);
    const synced = syncCard(lapse, card)!;
    expect(synced.lapses).toBe(card.lapses + (card.state === 2 ? 1 : 0));
    expect(synced.last_review).toBe('2026-11-03T00:00:00.000Z');
  });

  it('an Again rating keeps the card due today', () => {
    const card = reviewCard(wrong('2026-11-22T10:00:00Z'), undefined, Rating.Again, now);
    expect(dueIds({}, { q: card }, now)).toEqual(['q']);
  });

  it('previews later dates for easier grades', () => {
    const p = previewGrades(wrong('2026-11-22T10:00:00Z'), undefined, now);
    expect(p.hard.getTime()).toBeLessThanOrEqual(p.good.getTime());
    expect(p.good.getTime()).toBeLessThan(p.easy.getTime());
  });
});
