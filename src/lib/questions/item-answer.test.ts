import { describe, expect, it } from 'vitest';
import {
  answerMap,
  correctAnswer,
  itemCount,
  itemMark,
  itemResultText,
  itemResults,
  itemState,
  parseToken,
  positionLabel,
  scrambledOrder,
} from './item-answer.ts';
import { scoreQuestion } from './score-question.ts';

const ordering = { type: 'ordering', options: [], steps: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }] };
const matching = {
  type: 'matching',
  options: [],
  prompts: [
    { id: 'a', answer: 'c' },
    { id: 'b', answer: 'a' },
    { id: 'c', answer: 'c' },
  ],
};

describe('correctAnswer', () => {
  it('pairs each step with its authored position, each prompt with its response, options by `correct`', () => {
    expect(correctAnswer(ordering)).toEqual(['a=1', 'b=2', 'c=3', 'd=4']);
    expect(correctAnswer(matching)).toEqual(['a=c', 'b=a', 'c=c']);
    expect(
      correctAnswer({
        type: 'single',
        options: [
          { id: 'a', correct: false },
          { id: 'b', correct: true },
        ],
      }),
    ).toEqual(['b']);
  });
});

describe('itemCount', () => {
  it('counts the steps of an ordering, the prompts of a matching, nothing for options', () => {
    expect(itemCount(ordering)).toBe(4);
    expect(itemCount(matching)).toBe(3);
    expect(itemCount({ type: 'single' })).toBe(0);
  });
});

describe('scoring an ordering or matching answer', () => {
  it('is all or nothing: one pair wrong makes the whole answer wrong', () => {
    const key = correctAnswer(ordering);
    expect(scoreQuestion(key, ['d=4', 'c=3', 'b=2', 'a=1']).correct).toBe(true);
    expect(scoreQuestion(key, ['a=1', 'b=3', 'c=2', 'd=4']).correct).toBe(false);
    expect(scoreQuestion(correctAnswer(matching), ['a=c', 'b=a']).correct).toBe(false);
    expect(scoreQuestion(correctAnswer(matching), ['a=c', 'b=a', 'c=c']).correct).toBe(true);
  });

  it('reports each item right or wrong, and an item left out as wrong', () => {
    expect(itemResults(correctAnswer(matching), ['a=c', 'b=b'])).toEqual([
      { item: 'a', given: 'c', right: 'c', correct: true },
      { item: 'b', given: 'b', right: 'a', correct: false },
      { item: 'c', given: '', right: 'c', correct: false },
    ]);
  });
});

describe('itemState', () => {
  it('needs a value for every item', () => {
    expect(itemState('ordering', 4, ['a=1', 'b=2'])).toEqual({
      ready: false,
      count: '2 of 4 placed',
      reason: 'Give 2 more steps a position to check your answer.',
    });
    expect(itemState('matching', 3, ['a=c', 'b=a']).reason).toBe('Give 1 more prompt a response to check your answer.');
    expect(itemState('matching', 3, ['a=c', 'b=c', 'c=c'])).toEqual({ ready: true, count: '3 of 3 matched', reason: '' });
  });

  it('refuses an ordering that gives one position to two steps; a matching may reuse a response', () => {
    expect(itemState('ordering', 3, ['a=1', 'b=1', 'c=3'])).toEqual({
      ready: false,
      count: '3 of 3 placed',
      reason: 'Each position takes one step: 1st is given more than once.',
    });
    expect(itemState('ordering', 3, ['a=1', 'b=2', 'c=3']).ready).toBe(true);
  });
});

describe('tokens', () => {
  it('reads `item=value` and nothing else, the last value of an item winning', () => {
    expect(parseToken('a=3')).toEqual({ item: 'a', value: '3' });
    expect(parseToken('b')).toBeUndefined();
    expect(parseToken('a=')).toBeUndefined();
    expect([...answerMap(['a=1', 'x', 'a=2'])]).toEqual([['a', '2']]);
  });

  it('labels positions', () => {
    expect([1, 2, 3, 4, 5].map(positionLabel)).toEqual(['1st', '2nd', '3rd', '4th', '5th']);
  });
});

describe('scrambledOrder', () => {
  it('never lists the steps in the answer order, and is stable', () => {
    for (const id of ['q1', 'q2', 'q3', 'mla-order-x', 'another']) {
      const ids = ['a', 'b', 'c', 'd'];
      const order = scrambledOrder(id, ids);
      expect(order).not.toEqual(ids);
      expect([...order].sort()).toEqual(ids);
      expect(scrambledOrder(id, ids)).toEqual(order);
    }
    expect(scrambledOrder('q', ['a', 'b'])).toEqual(['b', 'a']);
  });
});

describe('itemMark', () => {
  it('says what was given and what is right, in words', () => {
    expect(itemMark('ordering', { item: 'a', given: '2', right: '3', correct: false }, (v) => positionLabel(Number(v)))).toEqual({
      mark: 'wrong',
      text: '✗ You put it 2nd; it goes 3rd',
    });
    expect(itemMark('matching', { item: 'a', given: '', right: 'b', correct: false }, (v) => v.toUpperCase()).text).toBe(
      '✗ Not matched; the match is B',
    );
    expect(itemMark('matching', { item: 'a', given: 'b', right: 'b', correct: true }, (v) => v).text).toBe('✓ Right match');
  });
});

describe('itemResultText', () => {
  it('says the answer scores nothing unless every pair is right, and gives the key', () => {
    expect(itemResultText('ordering', false, 2, 'C, A, B')).toBe(
      'Incorrect: 2 steps are in the wrong place, and every one must be right to score. The correct order: C, A, B.',
    );
    expect(itemResultText('matching', false, 1, '1 → B')).toBe(
      'Incorrect: 1 match is wrong, and every one must be right to score. The correct matches: 1 → B.',
    );
    expect(itemResultText('matching', true, 0, '')).toBe('Correct.');
  });
});
