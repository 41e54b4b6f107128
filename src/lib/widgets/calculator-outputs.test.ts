import { describe, expect, it } from 'vitest';
import { confusionOutputs, formatRatio, regressionOutputs, scalingOutputs, shardOutputs } from './calculator-outputs.ts';

describe('formatRatio', () => {
  it('writes integers whole, others to three places, and a division by zero in words', () => {
    expect(formatRatio(15)).toBe('15');
    expect(formatRatio(2 / 3)).toBe('0.667');
    expect(formatRatio(null)).toBe('undefined (division by zero)');
  });
});

describe('the calculators’ displayed results', () => {
  it('confusion: every metric as text, and a summary of precision, recall and F1', () => {
    const out = confusionOutputs({ tp: 40, fp: 10, fn: 20, tn: 930 }, 2);
    expect(out.values).toEqual({
      accuracy: '0.970',
      precision: '0.800',
      recall: '0.667',
      specificity: '0.989',
      f1: '0.727',
      fBeta: '0.690',
    });
    expect(out.summary).toBe('Precision 0.800, recall 0.667, F1 0.727.');
    expect(confusionOutputs({ tp: 0, fp: 0, fn: 5, tn: 10 }, 1).values.precision).toBe('undefined (division by zero)');
  });

  it('regression: MAPE undefined when an actual value is 0', () => {
    const out = regressionOutputs([0, 2], [1, 2]);
    expect(out.values.mae).toBe('0.500');
    expect(out.values.mape).toBe('undefined (division by zero)');
    expect(out.summary).toBe('MAE 0.500, RMSE 0.707, R² 0.500.');
  });

  it('scaling: a row per value with its min-max and z-score', () => {
    const out = scalingOutputs([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(out.values).toEqual({ min: '2', max: '9', mean: '5', sd: '2' });
    expect(out.rows[0]).toEqual(['2', '0', '-1.500']);
    expect(out.summary).toBe('8 values: mean 5, standard deviation 2.');
  });

  it('shards: reads say none are needed with enhanced fan-out', () => {
    const input = { recordsPerSecond: 5000, recordKB: 2, consumers: 3, enhancedFanOut: false };
    expect(shardOutputs(input).values).toEqual({ writeMBps: '10', byWriteBytes: '10', byWriteRecords: '5', byReads: '15', shards: '15' });
    const efo = shardOutputs({ ...input, enhancedFanOut: true });
    expect(efo.values.byReads).toBe('none needed (enhanced fan-out)');
    expect(efo.summary).toBe('10 shards needed.');
  });
});
