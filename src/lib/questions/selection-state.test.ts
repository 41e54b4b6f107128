import { describe, expect, it } from 'vitest';
import { selectionState } from './selection-state.ts';

describe('selectionState', () => {
  it('is ready for a single answer once one option is chosen', () => {
    expect(selectionState('single', 1, 0)).toEqual({ ready: false, count: '', reason: 'Choose an answer to check it.' });
    expect(selectionState('single', 1, 1)).toEqual({ ready: true, count: '', reason: '' });
  });

  it('counts a multiple-response answer and is ready only at exactly the number asked', () => {
    expect(selectionState('multiple', 2, 1)).toEqual({
      ready: false,
      count: '1 of 2 chosen',
      reason: 'Choose 1 more option to check your answer.',
    });
    expect(selectionState('multiple', 2, 2)).toEqual({ ready: true, count: '2 of 2 chosen', reason: '' });
  });

  it('says why a third choice of a Select TWO question cannot be checked', () => {
    const state = selectionState('multiple', 2, 3);
    expect(state.ready).toBe(false);
    expect(state.count).toBe('3 of 2 chosen');
    expect(state.reason).toBe('This question takes exactly 2: clear 1 option to check your answer.');
  });
});
