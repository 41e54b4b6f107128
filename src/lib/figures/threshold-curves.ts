/**
 * The ROC and precision–recall curves of a small scored sample, and where one threshold sits on each:
 * the static figure the threshold explorer (src/components/mdx/roc-explorer/) moves a point over.
 * Both charts have fixed frames, so `pointPosition` maps rates to the same SVG coordinates in the
 * build and in the browser. Pure; the browser imports only `thresholdPoint` and `pointPosition`.
 */
import { matrixAtThreshold } from '../widgets/calculators.ts';

export interface ScoredExample {
  score: number;
  positive: boolean;
}

export interface ThresholdPoint {
  threshold: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** True positive rate (recall). */
  tpr: number;
  fpr: number;
  /** Precision; 1 by convention when nothing is predicted positive (the curve's left end). */
  precision: number;
}

export function thresholdPoint(sample: readonly ScoredExample[], threshold: number): ThresholdPoint {
  const m = matrixAtThreshold(sample, threshold);
  const positives = m.tp + m.fn;
  const negatives = m.fp + m.tn;
  return {
    threshold,
    ...m,
    tpr: positives ? m.tp / positives : 0,
    fpr: negatives ? m.fp / negatives : 0,
    precision: m.tp + m.fp ? m.tp / (m.tp + m.fp) : 1,
  };
}

/** One point per distinct score (each a threshold at which the matrix changes), plus "predict nothing", from strict to lenient. */
export function curvePoints(sample: readonly ScoredExample[]): ThresholdPoint[] {
  const scores = [...new Set(sample.map((e) => e.score))].sort((a, b) => b - a);
  return [thresholdPoint(sample, Infinity), ...scores.map((s) => thresholdPoint(sample, s))];
}

/** The frame both charts are drawn in: SVG size and plot-area margins (Observable Plot's own layout options). */
export const FRAME = { width: 300, height: 300, marginTop: 30, marginRight: 16, marginBottom: 46, marginLeft: 44 } as const;

/** SVG coordinates of (x, y) in [0, 1]² inside FRAME. */
export function pointPosition(x: number, y: number): { cx: number; cy: number } {
  const { width, height, marginTop, marginRight, marginBottom, marginLeft } = FRAME;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    cx: round(marginLeft + x * (width - marginLeft - marginRight)),
    cy: round(height - marginBottom - y * (height - marginTop - marginBottom)),
  };
}

/** The x and y each curve plots for a point. */
export const CURVES = {
  roc: { x: (p: ThresholdPoint) => p.fpr, y: (p: ThresholdPoint) => p.tpr, xLabel: 'False positive rate', yLabel: 'True positive rate' },
  pr: { x: (p: ThresholdPoint) => p.tpr, y: (p: ThresholdPoint) => p.precision, xLabel: 'Recall', yLabel: 'Precision' },
} as const;

export type CurveName = keyof typeof CURVES;

/** The area under the empirical ROC curve through `curvePoints` (trapezoids: the share of correctly ranked positive–negative pairs, ties counting half). */
export function rocAuc(points: readonly ThresholdPoint[]): number {
  let area = 0;
  for (let i = 1; i < points.length; i++) area += ((points[i]!.fpr - points[i - 1]!.fpr) * (points[i]!.tpr + points[i - 1]!.tpr)) / 2;
  return area;
}

/** A threshold's point in words: the explorer's readout, the same in the build and in the browser. */
export const describePoint = (p: ThresholdPoint): string =>
  `At threshold ${p.threshold.toFixed(2)}: TPR (recall) ${p.tpr.toFixed(2)}, FPR ${p.fpr.toFixed(2)}, precision ${p.precision.toFixed(2)} (TP ${p.tp}, FP ${p.fp}).`;
