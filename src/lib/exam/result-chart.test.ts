import { describe, expect, it } from 'vitest';
import { PASS_SHARE, passLineText, passLineTextOf, passShareOf, resultBar, resultBars } from './result-chart.ts';
import { scaledScoreRange } from './score-exam.ts';

describe('result chart', () => {
  it('puts the pass line where the estimate centres on the passing score', () => {
    expect(PASS_SHARE).toBeCloseTo(650 / 900);
    expect(passLineText).toBe('Pass line ≈ 72 %');
    expect(scaledScoreRange(47, 65).point).toBeGreaterThanOrEqual(750);
    expect(47 / 65).toBeGreaterThanOrEqual(PASS_SHARE);
    expect(46 / 65).toBeLessThan(PASS_SHARE);
  });

  it("puts another exam's pass line where its passing score falls (MLA-C01: 720)", () => {
    const share = passShareOf({ passingScore: 720, scaleMin: 100, scaleMax: 1000 });
    expect(share).toBeCloseTo(620 / 900);
    expect(passLineTextOf(share)).toBe('Pass line ≈ 69 %');
    expect(scaledScoreRange(45, 65, { passingScore: 720, scaleMin: 100, scaleMax: 1000 }).point).toBeGreaterThanOrEqual(720);
    expect(resultBar('Whole exam', { correct: 45, total: 65 }, share).reaches).toBe(true);
    expect(resultBar('Whole exam', { correct: 45, total: 65 }).reaches).toBe(false);
  });

  it('says each bar in words: count, share and side of the line', () => {
    expect(resultBar('1. Data Engineering', { correct: 7, total: 12 })).toEqual({
      label: '1. Data Engineering',
      correct: 7,
      total: 12,
      share: 7 / 12,
      reaches: false,
      text: '7 of 12 right (58 %), below the pass line',
    });
    expect(resultBar('Whole exam', { correct: 50, total: 65 }).text).toBe('50 of 65 right (77 %), at or above the pass line');
    expect(resultBar('4. Ops', undefined).text).toBe('0 of 0 right (–), no questions');
  });

  it('leads with the whole exam, then the domains in order', () => {
    const bars = resultBars(
      { correct: 3, total: 4 },
      [
        { id: '1', title: 'A' },
        { id: '2', title: 'B' },
      ],
      new Map([[2, { correct: 1, total: 2 }]]),
    );
    expect(bars.map((b) => [b.label, b.correct, b.total])).toEqual([
      ['Whole exam', 3, 4],
      ['1. A', 0, 0],
      ['2. B', 1, 2],
    ]);
  });
});
