import { describe, expect, it } from 'vitest';
import { optionMark } from './option-mark.ts';

describe('optionMark', () => {
  it('says in words what each option was', () => {
    expect(optionMark(true, true)).toEqual({ mark: 'hit', text: '✓ Correct, your choice' });
    expect(optionMark(true, false)).toEqual({ mark: 'missed', text: '✓ Correct answer, not chosen' });
    expect(optionMark(false, true)).toEqual({ mark: 'wrong', text: '✗ Incorrect, your choice' });
    expect(optionMark(false, false)).toEqual({ mark: '', text: '' });
  });
});
