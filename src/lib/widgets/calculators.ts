/**
 * The formulas behind the calculators, as code. A value that is undefined by its formula (a division
 * by zero) is `null`, which the calculators display as "undefined" with the reason.
 */

export type Ratio = number | null;

const ratio = (numerator: number, denominator: number): Ratio => (denominator === 0 ? null : numerator / denominator);

export interface ConfusionMatrix {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface ClassificationMetrics {
  accuracy: Ratio;
  precision: Ratio;
  recall: Ratio;
  specificity: Ratio;
  f1: Ratio;
  fBeta: Ratio;
}

/** Accuracy, precision, recall (sensitivity), specificity, F1 and F-beta from a confusion matrix. */
export function classificationMetrics({ tp, fp, fn, tn }: ConfusionMatrix, beta = 1): ClassificationMetrics {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const b2 = beta * beta;
  // F-beta in its count form stays defined when only one of precision and recall is.
  const fBeta = ratio((1 + b2) * tp, (1 + b2) * tp + b2 * fn + fp);
  return {
    accuracy: ratio(tp + tn, tp + fp + fn + tn),
    precision,
    recall,
    specificity: ratio(tn, tn + fp),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
    fBeta,
  };
}

export interface ScoredExample {
  score: number;
  /** True when the example is actually positive. */
  positive: boolean;
}

/** The confusion matrix when every example scoring at or above `threshold` is predicted positive. */
export function matrixAtThreshold(examples: readonly ScoredExample[], threshold: number): ConfusionMatrix {
  const m = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const { score, positive } of examples) {
    const predicted = score >= threshold;
    if (predicted && positive) m.tp++;
    else if (predicted) m.fp++;
    else if (positive) m.fn++;
    else m.tn++;
  }
  return m;
}

export interface RegressionMetrics {
  mae: Ratio;
  mse: Ratio;
  rmse: Ratio;
  /** Mean absolute percentage error, in percent; null if any actual value is 0. */
  mape: Ratio;
  r2: Ratio;
}

/** MAE, MSE, RMSE, MAPE and R² of predictions against actual values (same length). */
export function regressionMetrics(actual: readonly number[], predicted: readonly number[]): RegressionMetrics {
  const n = actual.length;
  if (n === 0 || predicted.length !== n) return { mae: null, mse: null, rmse: null, mape: null, r2: null };
  let abs = 0;
  let sq = 0;
  let pct = 0;
  let zeroActual = false;
  for (let i = 0; i < n; i++) {
    const e = actual[i]! - predicted[i]!;
    abs += Math.abs(e);
    sq += e * e;
    if (actual[i] === 0) zeroActual = true;
    else pct += Math.abs(e / actual[i]!);
  }
  const mean = actual.reduce((s, y) => s + y, 0) / n;
  const total = actual.reduce((s, y) => s + (y - mean) ** 2, 0);
  const mse = sq / n;
  return {
    mae: abs / n,
    mse,
    rmse: Math.sqrt(mse),
    mape: zeroActual ? null : (100 * pct) / n,
    r2: total === 0 ? null : 1 - sq / total,
  };
}

/** Min-max normalisation to [0, 1]; null for every value when all values are equal. */
export function minMax(values: readonly number[]): Ratio[] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return values.map((x) => ratio(x - min, max - min));
}

/** Z-score standardisation with the population standard deviation; null when it is 0. */
export function zScores(values: readonly number[]): { mean: number; sd: number; z: Ratio[] } {
  const n = values.length;
  const mean = values.reduce((s, x) => s + x, 0) / n;
  const sd = Math.sqrt(values.reduce((s, x) => s + (x - mean) ** 2, 0) / n);
  return { mean, sd, z: values.map((x) => ratio(x - mean, sd)) };
}

/** Per-shard limits of Kinesis Data Streams (both capacity modes). */
export const SHARD_LIMITS = { writeMBps: 1, writeRecords: 1000, readMBps: 2 } as const;

export interface ShardInput {
  recordsPerSecond: number;
  /** Average record size in KB (1 MB = 1,000 KB, as on the guide's page). */
  recordKB: number;
  consumers: number;
  enhancedFanOut: boolean;
}

export interface ShardResult {
  writeMBps: number;
  byWriteBytes: number;
  byWriteRecords: number;
  /** Null with enhanced fan-out: each consumer then has its own 2 MB/s per shard. */
  byReads: number | null;
  shards: number;
}

/** Shards needed to carry a write rate and its readers. */
export function shardsNeeded({ recordsPerSecond, recordKB, consumers, enhancedFanOut }: ShardInput): ShardResult {
  const writeMBps = (recordsPerSecond * recordKB) / 1000;
  const byWriteBytes = Math.ceil(writeMBps / SHARD_LIMITS.writeMBps);
  const byWriteRecords = Math.ceil(recordsPerSecond / SHARD_LIMITS.writeRecords);
  const byReads = enhancedFanOut ? null : Math.ceil((consumers * writeMBps) / SHARD_LIMITS.readMBps);
  return { writeMBps, byWriteBytes, byWriteRecords, byReads, shards: Math.max(1, byWriteBytes, byWriteRecords, byReads ?? 0) };
}

/** Parse a comma- or space-separated list of numbers; undefined if any item is not a number. */
export function parseNumberList(text: string): number[] | undefined {
  const items = text.split(/[\s,;]+/).filter(Boolean);
  if (items.length === 0) return undefined;
  const numbers = items.map(Number);
  return numbers.every(Number.isFinite) ? numbers : undefined;
}
