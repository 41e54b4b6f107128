import { describe, expect, it } from 'vitest';
import { curvePoints, describePoint, FRAME, pointPosition, rocAuc, thresholdPoint } from './threshold-curves.ts';
import { SCORED_SAMPLE } from '../../components/mdx/calculator/samples.ts';

describe('threshold curves of the calculator sample', () => {
  const points = curvePoints(SCORED_SAMPLE);
  it('run from predicting nothing to predicting everything', () => {
    expect(points[0]).toMatchObject({ tp: 0, fp: 0, tpr: 0, fpr: 0, precision: 1 });
    expect(points.at(-1)).toMatchObject({ tpr: 1, fpr: 1, precision: 5 / 12 });
  });
  it('give the AUC as the share of correctly ranked pairs', () => {
    let pairs = 0;
    for (const p of SCORED_SAMPLE.filter((e) => e.positive))
      for (const n of SCORED_SAMPLE.filter((e) => !e.positive)) pairs += p.score > n.score ? 1 : 0;
    expect(rocAuc(points)).toBeCloseTo(pairs / 35, 10);
  });
  it('put the default threshold where the calculator does', () => {
    const at = thresholdPoint(SCORED_SAMPLE, 0.5);
    expect(at).toMatchObject({ tp: 4, fp: 3, fn: 1, tn: 4 });
    expect(describePoint(at)).toBe('At threshold 0.50: TPR (recall) 0.80, FPR 0.43, precision 0.57 (TP 4, FP 3).');
  });
  it('map rates to the chart frame', () => {
    expect(pointPosition(0, 0)).toEqual({ cx: FRAME.marginLeft, cy: FRAME.height - FRAME.marginBottom });
    expect(pointPosition(1, 1)).toEqual({ cx: FRAME.width - FRAME.marginRight, cy: FRAME.marginTop });
  });
});
