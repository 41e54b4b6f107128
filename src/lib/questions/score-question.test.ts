import { describe, expect, it } from 'vitest';
import { scoreQuestion } from './score-question.ts';

describe('scoreQuestion', () => {
  it('marks a single answer right or wrong', () => {
    expect(scoreQuestion(['b'], ['b']).correct).toBe(true);
    expect(scoreQuestion(['b'], ['a'])).toEqual({ correct: false, hits: [], wrong: ['a'], missed: ['b'] });
  });

  it('needs the exact set for multiple response', () => {
    expect(scoreQuestion(['a', 'c'], ['c', 'a']).correct).toBe(true);
    expect(scoreQuestion(['a', 'c'], ['a'])).toEqual({ correct: false, hits: ['a'], wrong: [], missed: ['c'] });
    expect(scoreQuestion(['a', 'c'], ['a', 'c', 'd']).correct).toBe(false);
  });

  it('treats an empty answer as wrong', () => {
    expect(scoreQuestion(['a'], [])).toEqual({ correct: false, hits: [], wrong: [], missed: ['a'] });
  });

  it('ignores a repeated choice', () => {
    expect(scoreQuestion(['a'], ['a', 'a']).correct).toBe(true);
  });
});
