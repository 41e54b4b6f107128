import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from './samples.ts';

describe('confusion-matrix calculator defaults', () => {
  it('are the counts of the worked example beside it on the metrics page', () => {
    const page = readFileSync('content/pages/modeling/evaluation-metrics.mdx', 'utf8');
    const count = (name: string) => Number(new RegExp(`\\b${name} = (\\d+)`).exec(page)?.[1]);
    const { tp, fp, fn, tn } = DEFAULTS.confusion;
    expect({ tp, fp, fn, tn }).toEqual({ tp: count('TP'), fp: count('FP'), fn: count('FN'), tn: count('TN') });
  });
});
