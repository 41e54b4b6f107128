import { describe, expect, it } from 'vitest';
import { bankFigures, checkBankFigures, type FigureQuestion, nearDuplicateStems, questionCue } from './bank-figures.ts';

const single = (id: string, texts: string[], key: number, stem = `Stem of ${id} with enough words to compare.`): FigureQuestion => ({
  id,
  type: 'single',
  stem,
  options: texts.map((text, i) => ({ id: String.fromCharCode(97 + i), text, correct: i === key })),
});

describe('questionCue', () => {
  it('gives a longest-option guesser the question when the key is strictly longest', () => {
    const cue = questionCue(single('q', ['a much longer key option', 'short', 'brief', 'tiny'], 0));
    expect(cue.longestGuess).toBe(1);
    expect(cue.keyStrictlyLongest).toBe(true);
    expect(cue.ratio).toBeGreaterThan(4);
  });

  it('breaks ties at random', () => {
    expect(questionCue(single('q', ['aaaa', 'bbbb', 'cc', 'dd'], 0)).longestGuess).toBe(0.5);
    expect(questionCue(single('q', ['aaaa', 'bbbbbb', 'cc', 'dd'], 0)).longestGuess).toBe(0);
  });

  it('counts a multiple-response key of the k longest options, with ties', () => {
    const q: FigureQuestion = {
      id: 'm',
      type: 'multiple',
      select: 2,
      stem: 'Choose two.',
      options: ['aaaaaa', 'bbbb', 'cccc', 'dd', 'ee'].map((text, i) => ({ id: String(i), text, correct: i < 2 })),
    };
    // 'aaaaaa' is picked for sure; one of the two four-letter options at random.
    expect(questionCue(q).longestGuess).toBe(0.5);
  });

  it('flags a key that alone carries a justification', () => {
    const cue = questionCue(single('q', ['Use X so that Y holds', 'Use Z', 'Use W', 'Use V'], 0));
    expect(cue.onlyKeyJustified).toBe(true);
  });
});

describe('bankFigures and checkBankFigures', () => {
  it('passes a bank whose keys are no longer than their distractors', () => {
    const bank = [
      single(
        'one',
        ['short key', 'a longer distractor', 'another distractor', 'a third distractor'],
        0,
        'A team streams clicks into a data lake and must query them hourly.',
      ),
      single(
        'two',
        ['a longer key text', 'distractor one', 'a longer distractor text', 'distractor'],
        0,
        'A bank trains a fraud model on imbalanced labels and wants recall.',
      ),
      single(
        'three',
        ['key of medium size', 'distractor of a similar size', 'a', 'b'],
        0,
        'A hospital needs to label images with experts under strict privacy rules.',
      ),
    ];
    const figures = bankFigures(bank);
    expect(figures.singleKeyLongest).toBe(0);
    expect(figures.singleKeyShortest).toBeCloseTo(1 / 3);
    expect(checkBankFigures(figures).some((f) => f.includes('longest'))).toBe(false);
  });

  it('names the worst questions when the key is the longest option', () => {
    const bank = ['x', 'y', 'z'].map((id) =>
      single(id, ['the key, which is much longer than the rest', 'no', 'nope', 'nah'], 0, `A stem about ${id} and a constraint.`),
    );
    const failures = checkBankFigures(bankFigures(bank));
    expect(failures[0]).toMatch(/key strictly longest in 100\.0 %.*worst: x/);
    expect(failures.some((f) => f.includes('guesser scores 100.0 %'))).toBe(true);
  });
});

describe('nearDuplicateStems', () => {
  it('pairs questions with similar stems and the same key, not those that only share a key', () => {
    const stem = 'A grocery chain wants weekly demand forecasts for eight thousand products with a visual no-code tool.';
    const pairs = nearDuplicateStems([
      single('forecast-a', ['SageMaker Canvas', 'Amazon Forecast', 'Glue', 'EMR'], 0, stem),
      single('forecast-b', ['SageMaker Canvas', 'QuickSight', 'Athena', 'Redshift'], 0, `In 2026 ${stem}`),
      single('other', ['SageMaker Canvas', 'x', 'y', 'z'], 0, 'A bank must explain loan decisions to auditors in plain terms.'),
    ]);
    expect(pairs.map((p) => [p.a, p.b])).toEqual([['forecast-a', 'forecast-b']]);
  });
});
