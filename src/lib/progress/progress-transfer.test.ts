import { describe, expect, it } from 'vitest';
import { emptyProgress, type ProgressRecord } from './progress-store.ts';
import { exportProgress, isEmptyMerge, mergeProgress, parseImport } from './progress-transfer.ts';

const now = new Date('2026-11-23T12:00:00Z');
const answer = (at: string, correct: boolean, attempts = 1, correctAttempts = correct ? 1 : 0) => ({
  chosen: ['a'],
  correct,
  at,
  source: 'quiz' as const,
  attempts,
  correctAttempts,
  ...(correct ? {} : { wrongAt: at }),
});
const exam = (id: string, submitted: boolean) => ({
  id,
  startedAt: '2026-11-20T10:00:00.000Z',
  limitMs: 1000,
  elapsedMs: 10,
  questions: ['q1'],
  answers: { q1: ['a'] },
  flagged: [],
  current: 0,
  ...(submitted ? { submittedAt: '2026-11-20T11:00:00.000Z', score: { correct: 1, total: 1 } } : {}),
});
const card = (last: string) => ({
  due: last,
  stability: 1,
  difficulty: 5,
  elapsed_days: 0,
  scheduled_days: 1,
  learning_steps: 0,
  reps: 1,
  lapses: 0,
  state: 1 as const,
  last_review: last,
});

const device: ProgressRecord = {
  version: 2,
  answers: { q1: answer('2026-11-20T00:00:00.000Z', false), q2: answer('2026-11-21T00:00:00.000Z', true) },
  cards: { q1: card('2026-11-21T00:00:00.000Z') },
  exams: [exam('exam-1', true), exam('exam-2', false)],
};

describe('export and import', () => {
  it('keeps the exam each attempt names; attempts saved before there were two exams stay MLS-C01', () => {
    const mla = { ...exam('mla-c01-3', true), exam: 'MLA-C01' };
    const parsed = parseImport(exportProgress({ ...device, exams: [exam('exam-1', true), mla] }, now));
    if (!parsed.ok) throw new Error(parsed.error);
    const { record } = mergeProgress(emptyProgress(), parsed.record);
    expect(record.exams.map((e) => [e.id, e.exam])).toEqual([
      ['exam-1', undefined],
      ['mla-c01-3', 'MLA-C01'],
    ]);
  });

  it('round-trips: an export imported into an empty device restores everything but a running attempt', () => {
    const parsed = parseImport(exportProgress(device, now));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { record, summary } = mergeProgress(emptyProgress(), parsed.record);
    expect(record.answers).toEqual(device.answers);
    expect(record.cards).toEqual(device.cards);
    expect(record.exams.map((e) => e.id)).toEqual(['exam-1']);
    expect(summary).toEqual({ answersAdded: 2, answersUpdated: 0, cardsAdded: 1, cardsUpdated: 0, examsAdded: 1, examsSkipped: 1 });
  });

  it('merges rather than overwrites, and a second import changes nothing', () => {
    const local: ProgressRecord = {
      version: 2,
      answers: { q1: answer('2026-11-22T00:00:00.000Z', true, 3, 2), q3: answer('2026-11-01T00:00:00.000Z', true) },
      cards: { q1: card('2026-11-22T00:00:00.000Z') },
      exams: [],
    };
    const { record, summary } = mergeProgress(local, device);
    // q1: the local answer is newer and stays the latest; the imported wrong answer's time is kept.
    expect(record.answers.q1).toMatchObject({
      correct: true,
      at: '2026-11-22T00:00:00.000Z',
      attempts: 3,
      correctAttempts: 2,
      wrongAt: '2026-11-20T00:00:00.000Z',
    });
    expect(record.answers.q3).toEqual(local.answers.q3);
    expect(record.answers.q2).toEqual(device.answers.q2);
    expect(record.cards.q1).toEqual(local.cards.q1);
    expect(summary).toMatchObject({ answersAdded: 1, answersUpdated: 1, cardsAdded: 0, cardsUpdated: 0, examsAdded: 1 });
    expect(local.answers.q2).toBeUndefined();
    const second = mergeProgress(record, device);
    expect(isEmptyMerge(second.summary)).toBe(true);
    expect(second.record).toEqual(record);
  });

  it('accepts a bare format-1 record and upgrades it', () => {
    const parsed = parseImport(
      JSON.stringify({
        version: 1,
        answers: { q: { chosen: ['a'], correct: false, at: '2026-11-01T00:00:00Z', source: 'quiz', attempts: 1, correctAttempts: 0 } },
      }),
    );
    expect(parsed.ok && parsed.record.answers.q!.wrongAt).toBe('2026-11-01T00:00:00Z');
  });

  it.each([
    ['not JSON', '{oops', /not JSON/],
    ['another app', JSON.stringify({ format: 'something-else', progress: {} }), /not a progress export/],
    ['a newer format', JSON.stringify({ version: 9, answers: {} }), /newer version/],
    [
      'a damaged answer',
      JSON.stringify({
        format: 'mls-c01-study-guide-progress',
        progress: { version: 2, answers: { q: { chosen: 1 } }, cards: {}, exams: [] },
      }),
      /damaged/,
    ],
    ['an array', '[]', /not a progress record/],
  ])('refuses %s with a clear error', (_, text, message) => {
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
