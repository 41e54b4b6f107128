import { describe, expect, it } from 'vitest';
import {
  classificationMetrics,
  matrixAtThreshold,
  minMax,
  parseNumberList,
  regressionMetrics,
  shardsNeeded,
  zScores,
} from './calculators.ts';

describe('classificationMetrics', () => {
  it('matches hand-worked values', () => {
    // 40 TP, 10 FP, 20 FN, 930 TN
    const m = classificationMetrics({ tp: 40, fp: 10, fn: 20, tn: 930 }, 2);
    expect(m.accuracy).toBeCloseTo(0.97);
    expect(m.precision).toBeCloseTo(0.8);
    expect(m.recall).toBeCloseTo(2 / 3);
    expect(m.specificity).toBeCloseTo(930 / 940);
    expect(m.f1).toBeCloseTo((2 * 0.8 * (2 / 3)) / (0.8 + 2 / 3));
    expect(m.fBeta).toBeCloseTo((5 * 0.8 * (2 / 3)) / (4 * 0.8 + 2 / 3));
  });

  it('gives null, not NaN, where a formula divides by zero', () => {
    const m = classificationMetrics({ tp: 0, fp: 0, fn: 5, tn: 10 });
    expect(m.precision).toBeNull();
    expect(m.recall).toBe(0);
    expect(m.f1).toBe(0);
    expect(classificationMetrics({ tp: 0, fp: 0, fn: 0, tn: 0 }).accuracy).toBeNull();
  });
});

describe('matrixAtThreshold', () => {
  const examples = [
    { score: 0.9, positive: true },
    { score: 0.7, positive: false },
    { score: 0.4, positive: true },
    { score: 0.1, positive: false },
  ];
  it('predicts positive at or above the threshold', () => {
    expect(matrixAtThreshold(examples, 0.5)).toEqual({ tp: 1, fp: 1, fn: 1, tn: 1 });
    expect(matrixAtThreshold(examples, 0.4)).toEqual({ tp: 2, fp: 1, fn: 0, tn: 1 });
    expect(matrixAtThreshold(examples, 1)).toEqual({ tp: 0, fp: 0, fn: 2, tn: 2 });
  });
});

describe('regressionMetrics', () => {
  it('computes MAE, MSE, RMSE, MAPE and R²', () => {
    const m = regressionMetrics([3, 5, 2, 7], [2.5, 5, 4, 8]);
    expect(m.mae).toBeCloseTo(0.875);
    expect(m.mse).toBeCloseTo(1.3125);
    expect(m.rmse).toBeCloseTo(Math.sqrt(1.3125));
    expect(m.mape).toBeCloseTo((100 * (0.5 / 3 + 0 + 1 + 1 / 7)) / 4);
    expect(m.r2).toBeCloseTo(1 - 5.25 / 14.75);
  });

  it('leaves MAPE undefined for a zero actual and R² for constant actuals', () => {
    expect(regressionMetrics([0, 2], [1, 2]).mape).toBeNull();
    expect(regressionMetrics([2, 2], [1, 3]).r2).toBeNull();
    expect(regressionMetrics([1], [1, 2]).mae).toBeNull();
  });
});

describe('scaling', () => {
  it('min-max maps to [0, 1] and is undefined for constant values', () => {
    expect(minMax([10, 20, 30])).toEqual([0, 0.5, 1]);
    expect(minMax([4, 4])).toEqual([null, null]);
  });

  it('z-scores use the population standard deviation', () => {
    const { mean, sd, z } = zScores([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(mean).toBe(5);
    expect(sd).toBe(2);
    expect(z[0]).toBe(-1.5);
    expect(zScores([3, 3]).z).toEqual([null, null]);
  });
});

describe('shardsNeeded', () => {
  it('takes the largest of bytes, records and reads (the guide’s worked example)', () => {
    const standard = shardsNeeded({ recordsPerSecond: 5000, recordKB: 2, consumers: 3, enhancedFanOut: false });
    expect(standard).toEqual({ writeMBps: 10, byWriteBytes: 10, byWriteRecords: 5, byReads: 15, shards: 15 });
    expect(shardsNeeded({ recordsPerSecond: 5000, recordKB: 2, consumers: 3, enhancedFanOut: true }).shards).toBe(10);
  });

  it('needs at least one shard, and many small records are limited by the record count', () => {
    expect(shardsNeeded({ recordsPerSecond: 0, recordKB: 1, consumers: 1, enhancedFanOut: false }).shards).toBe(1);
    expect(shardsNeeded({ recordsPerSecond: 4500, recordKB: 0.1, consumers: 1, enhancedFanOut: false }).shards).toBe(5);
  });
});

describe('parseNumberList', () => {
  it('reads commas and spaces and refuses anything else', () => {
    expect(parseNumberList('1, 2 3;4')).toEqual([1, 2, 3, 4]);
    expect(parseNumberList('1, two')).toBeUndefined();
    expect(parseNumberList('  ')).toBeUndefined();
  });
});
