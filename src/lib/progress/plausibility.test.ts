import { describe, expect, it } from 'vitest';
import { attemptsWithRetiredQuestions, CLOCK_SKEW_MS, implausible } from './plausibility.ts';
import { emptyProgress, type ExamAttempt } from './progress-record.ts';
import { exportProgress, importSizeError, MAX_IMPORT_BYTES, parseImport } from './progress-transfer.ts';

const now = new Date('2026-11-23T10:00:00.000Z');
const exam = (over: Partial<ExamAttempt> = {}): ExamAttempt => ({
  id: 'exam-1',
  startedAt: '2026-11-20T09:00:00.000Z',
  limitMs: 1000,
  elapsedMs: 10,
  questions: ['q1'],
  answers: {},
  flagged: [],
  current: 0,
  submittedAt: '2026-11-20T10:00:00.000Z',
  score: { correct: 1, total: 1 },
  ...over,
});
const answerAt = (at: string, wrongAt?: string) => ({
  chosen: ['a'],
  correct: !wrongAt,
  at,
  source: 'quiz' as const,
  attempts: 1,
  correctAttempts: wrongAt ? 0 : 1,
  ...(wrongAt ? { wrongAt } : {}),
});

describe('implausible', () => {
  it('accepts real progress, and a clock up to a day ahead', () => {
    const ahead = new Date(now.getTime() + CLOCK_SKEW_MS - 1000).toISOString();
    expect(implausible({ ...emptyProgress(), answers: { q: answerAt(ahead) }, exams: [exam()] }, now)).toEqual([]);
  });

  it('names each implausible entry: a score above its total, duplicate ids, future times', () => {
    const record = {
      ...emptyProgress(),
      answers: { q: answerAt('2099-01-01T00:00:00.000Z'), w: answerAt('2026-11-01T00:00:00.000Z', '2026-11-02T00:00:00.000Z') },
      exams: [exam({ score: { correct: 99, total: 1 } }), exam(), exam({ id: 'exam-2', score: { correct: 3, total: 3 } })],
    };
    expect(implausible(record, now)).toEqual([
      'the answer to q is dated 2099-01-01, in the future',
      'the answer to w was wrong after its latest answer',
      'exam attempt exam-1 scores 99 of 1 with 1 questions',
      'two exam attempts have the id exam-1',
      'exam attempt exam-2 scores 3 of 3 with 1 questions',
    ]);
  });

  it('refuses an attempt of an exam this guide does not have; MLS-C01 (no field) and MLA-C01 pass', () => {
    const record = {
      ...emptyProgress(),
      exams: [exam(), exam({ id: 'mla-c01-1', exam: 'MLA-C01' }), exam({ id: 'x-1', exam: 'mla-c01' })],
    };
    expect(implausible(record, now)).toEqual(['exam attempt x-1 is of mla-c01, an exam this guide does not have']);
  });

  it('refuses an implausible import whole, with the reasons', () => {
    const file = exportProgress({ ...emptyProgress(), exams: [exam({ score: { correct: 99, total: 1 } })] }, now);
    const result = parseImport(file, now);
    expect(result).toEqual({ ok: false, error: 'This file cannot be imported: exam attempt exam-1 scores 99 of 1 with 1 questions.' });
  });

  it('refuses a file over the size cap before parsing it', () => {
    expect(importSizeError(MAX_IMPORT_BYTES)).toBeUndefined();
    expect(importSizeError(20_000_000)).toMatch(/^This file is 20.0 MB; a progress export of this guide is at most 5.0 MB/);
    const huge = `{"format":"mls-c01-study-guide-progress","pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`;
    expect(parseImport(huge, now)).toMatchObject({ ok: false, error: expect.stringMatching(/at most 5.0 MB/) });
  });

  it('finds attempts whose questions left the bank, which are kept', () => {
    const record = { ...emptyProgress(), exams: [exam(), exam({ id: 'exam-2', questions: ['gone'] })] };
    expect(attemptsWithRetiredQuestions(record, new Set(['q1']))).toEqual(['exam-2']);
    expect(parseImport(exportProgress(record, now), now)).toMatchObject({ ok: true });
  });
});
