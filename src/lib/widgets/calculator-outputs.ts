/**
 * What each calculator displays for valid inputs: the text of every `<output data-out="key">`, the
 * rows of a result table and the sentence announced after a change. The server renders the defaults
 * through these functions and `sg-calculator` every change after, so the page reads the same with and
 * without JavaScript. Pure.
 */
import {
  classificationMetrics,
  type ConfusionMatrix,
  minMax,
  type Ratio,
  regressionMetrics,
  shardsNeeded,
  type ShardInput,
  zScores,
} from './calculators.ts';

/** What an output shows while an input it depends on is not valid. */
export const NO_VALUE = '—';

/** A result as text: integers as they are, others to `digits` places, a division by zero said in words. */
export const formatRatio = (value: Ratio, digits = 3): string =>
  value === null ? 'undefined (division by zero)' : Number.isInteger(value) ? String(value) : value.toFixed(digits);

/** Every ratio of a record of metrics as text. */
const formatEach = <K extends string>(metrics: Record<K, Ratio>): Record<K, string> =>
  Object.fromEntries(Object.entries<Ratio>(metrics).map(([key, value]) => [key, formatRatio(value)])) as Record<K, string>;

export interface CalculatorOutputs<K extends string> {
  /** Text of each `output[data-out]`, by key. */
  values: Record<K, string>;
  /** One sentence for the live region. */
  summary: string;
}

export type ConfusionKey = 'accuracy' | 'precision' | 'recall' | 'specificity' | 'f1' | 'fBeta';

export function confusionOutputs(matrix: ConfusionMatrix, beta: number): CalculatorOutputs<ConfusionKey> {
  const m = classificationMetrics(matrix, beta);
  return {
    values: formatEach<ConfusionKey>(m),
    summary: `Precision ${formatRatio(m.precision)}, recall ${formatRatio(m.recall)}, F1 ${formatRatio(m.f1)}.`,
  };
}

export type RegressionKey = 'mae' | 'mse' | 'rmse' | 'mape' | 'r2';

export function regressionOutputs(actual: readonly number[], predicted: readonly number[]): CalculatorOutputs<RegressionKey> {
  const m = regressionMetrics(actual, predicted);
  return {
    values: formatEach<RegressionKey>(m),
    summary: `MAE ${formatRatio(m.mae)}, RMSE ${formatRatio(m.rmse)}, R² ${formatRatio(m.r2)}.`,
  };
}

export type ScalingKey = 'min' | 'max' | 'mean' | 'sd';

/** The summary figures, and a row per value: the value, its min-max scaling and its z-score. */
export function scalingOutputs(values: readonly number[]): CalculatorOutputs<ScalingKey> & { rows: [string, string, string][] } {
  const scaled = minMax(values);
  const { mean, sd, z } = zScores(values);
  return {
    values: {
      min: formatRatio(Math.min(...values)),
      max: formatRatio(Math.max(...values)),
      mean: formatRatio(mean),
      sd: formatRatio(sd),
    },
    rows: values.map((x, i) => [String(x), formatRatio(scaled[i]!), formatRatio(z[i]!)]),
    summary: `${values.length} values: mean ${formatRatio(mean)}, standard deviation ${formatRatio(sd)}.`,
  };
}

export type ShardKey = 'writeMBps' | 'byWriteBytes' | 'byWriteRecords' | 'byReads' | 'shards';

export function shardOutputs(input: ShardInput): CalculatorOutputs<ShardKey> {
  const r = shardsNeeded(input);
  return {
    values: {
      writeMBps: formatRatio(r.writeMBps),
      byWriteBytes: String(r.byWriteBytes),
      byWriteRecords: String(r.byWriteRecords),
      byReads: r.byReads === null ? 'none needed (enhanced fan-out)' : String(r.byReads),
      shards: String(r.shards),
    },
    summary: `${r.shards} shards needed.`,
  };
}
