/** The scored examples the threshold slider classifies: 12 cases, 5 of them actually positive. */
export const SCORED_SAMPLE = [
  { score: 0.97, positive: true },
  { score: 0.91, positive: true },
  { score: 0.84, positive: false },
  { score: 0.78, positive: true },
  { score: 0.66, positive: false },
  { score: 0.61, positive: true },
  { score: 0.52, positive: false },
  { score: 0.45, positive: false },
  { score: 0.38, positive: true },
  { score: 0.27, positive: false },
  { score: 0.15, positive: false },
  { score: 0.06, positive: false },
] as const;

/** Defaults: what each calculator shows before the reader types anything (and without JavaScript). */
export const DEFAULTS = {
  // The worked example of the metrics page (precision 0.667, recall 0.80): samples.test.ts holds them equal.
  confusion: { tp: 40, fp: 20, fn: 10, tn: 930, beta: 2, threshold: 0.5 },
  regression: { actual: '3, 5, 2, 7, 10', predicted: '2.5, 5, 4, 8, 9' },
  scaling: { values: '12, 15, 20, 22, 31' },
  shards: { recordsPerSecond: 5000, recordKB: 2, consumers: 3, enhancedFanOut: false },
} as const;
