/**
 * The guide's charts by name (`<Figure chart="roc-curves">`). Each draws from a formula or from an
 * algorithm run on a seeded synthetic sample (maths.ts), and returns the numbers it plots as a table:
 * the chart's text equivalent, shown under it. `synthetic` says the data are made up for illustration,
 * which the figure then states.
 */
import { blobs, boxStats, kMeans, mean, normalCdf, normalSample, range, round, silhouette, skewness } from './maths.ts';
import { barChart, DASHES, lineChart, Plot, plotSvg, seriesClass, type Point, type Series } from './plot.ts';

export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

export interface Chart {
  svg: string;
  table: ChartTable;
  /** The data are made up (a seeded sample or an illustrative formula), not measured. */
  synthetic: boolean;
}

const pct = (x: number): string => `${round(x * 100, 1)} %`;

/** Binormal classifiers: negatives' scores ~ N(0, 1), positives' ~ N(d, 1); the threshold t in score units. */
const binormal = (d: number, t: number) => ({ fpr: 1 - normalCdf(t), tpr: 1 - normalCdf(t - d) });
/** Equal-variance binormal ROC: AUC = Φ(d / √2). */
const auc = (d: number): number => normalCdf(d / Math.SQRT2);
const SEPARATIONS = [
  { d: 2, name: `Strong (AUC ${round(auc(2), 2)})` },
  { d: 1, name: `Weak (AUC ${round(auc(1), 2)})` },
] as const;
const THRESHOLDS = range(4, -3, 57);
const PREVALENCE = 0.1;
const precisionAt = (tpr: number, fpr: number): number => (PREVALENCE * tpr) / (PREVALENCE * tpr + (1 - PREVALENCE) * fpr);

function rocCurves(): Chart {
  const series: Series[] = SEPARATIONS.map(({ d, name }, i) => ({
    name,
    points: THRESHOLDS.map((t) => [binormal(d, t).fpr, binormal(d, t).tpr] as Point),
    label: i === 0 ? { x: 0.03, y: 0.96, anchor: 'start', dy: 0 } : { x: 0.4, y: 0.72, anchor: 'start', dy: 0 },
  }));
  series.push({
    name: 'Random guess (AUC 0.5)',
    points: [
      [0, 0],
      [1, 1],
    ],
    label: { x: 0.6, y: 0.45, anchor: 'start', dy: 0 },
  });
  const at = binormal(2, 1);
  const svg = lineChart(series, {
    x: 'False positive rate',
    y: 'True positive rate (recall)',
    xDomain: [0, 1],
    yDomain: [0, 1],
    height: 360,
    marks: [Plot.dot([{ x: at.fpr, y: at.tpr }], { x: 'x', y: 'y', r: 6, symbol: 'diamond', className: 'sg-fig-marker' })],
  });
  return {
    svg,
    synthetic: true,
    table: {
      columns: ['Model', 'AUC', 'TPR at FPR 0.1', 'Point marked (threshold 1.0)'],
      rows: SEPARATIONS.map(({ d, name }) => {
        const t = 1.2815515655446004; // Φ⁻¹(0.9): the threshold where FPR is 0.1
        return [name, round(auc(d), 3), round(binormal(d, t).tpr, 2), d === 2 ? `FPR ${round(at.fpr, 2)}, TPR ${round(at.tpr, 2)}` : '—'];
      }),
    },
  };
}

function prCurves(): Chart {
  const series: Series[] = SEPARATIONS.map(({ d, name }, i) => ({
    name,
    label: i === 0 ? { x: 0.35, y: 0.95, anchor: 'start', dy: 0 } : { x: 0.05, y: 0.26, anchor: 'start', dy: 0 },
    points: THRESHOLDS.slice(4).map((t) => {
      const { fpr, tpr } = binormal(d, t);
      return [tpr, precisionAt(tpr, fpr)] as Point;
    }),
  }));
  series.push({
    name: `No skill (precision = ${PREVALENCE})`,
    points: [
      [0, PREVALENCE],
      [1, PREVALENCE],
    ],
    label: { at: 0, anchor: 'start', dy: -10 },
  });
  const at = binormal(2, 1);
  return {
    svg: lineChart(series, {
      x: 'Recall (true positive rate)',
      y: 'Precision',
      xDomain: [0, 1],
      yDomain: [0, 1],
      height: 360,
      marks: [
        Plot.dot([{ x: at.tpr, y: precisionAt(at.tpr, at.fpr) }], { x: 'x', y: 'y', r: 6, symbol: 'diamond', className: 'sg-fig-marker' }),
      ],
    }),
    synthetic: true,
    table: {
      columns: ['Model', 'Recall', 'Precision at that recall (10 % positives)'],
      rows: SEPARATIONS.flatMap(({ d, name }) =>
        [1.5, 1, 0.5].map((t) => {
          const { fpr, tpr } = binormal(d, t);
          return [name, round(tpr, 2), round(precisionAt(tpr, fpr), 2)];
        }),
      ),
    },
  };
}

/** A right-skewed positive quantity (incomes, prices, counts): lognormal with μ = 10, σ = 0.9. */
const SKEWED = normalSample(600, 18, 10, 0.9).map(Math.exp);

function histogram(values: readonly number[], x: string, thresholds: number): string {
  return plotSvg({
    height: 260,
    x: { label: x, labelAnchor: 'center', labelArrow: 'none' },
    y: { label: 'Count', grid: true, labelArrow: 'none' },
    marks: [
      Plot.rectY(values, { ...Plot.binX({ y: 'count' }, { x: (v: number) => v, thresholds }), inset: 0.5, className: seriesClass(0) }),
      Plot.ruleY([0]),
    ],
  });
}

const skewRows = (xs: readonly number[], fmt: (v: number) => string) => {
  const b = boxStats(xs);
  return [
    ['Mean', fmt(mean(xs))],
    ['Median', fmt(b.median)],
    ['Skewness', String(round(skewness(xs), 2))],
  ];
};

function skewRaw(): Chart {
  return {
    svg: histogram(SKEWED, 'Value (for example, income in USD)', 30),
    synthetic: true,
    table: { columns: ['Statistic (600 values)', 'Raw values'], rows: skewRows(SKEWED, (v) => Math.round(v).toLocaleString('en-US')) },
  };
}

function skewLog(): Chart {
  const logged = SKEWED.map(Math.log);
  return {
    svg: histogram(logged, 'Natural log of the value', 30),
    synthetic: true,
    table: { columns: ['Statistic (600 values)', 'log(value)'], rows: skewRows(logged, (v) => String(round(v, 2))) },
  };
}

const GROUPS = [
  { name: 'Symmetric', values: normalSample(200, 3, 50, 10) },
  { name: 'Right-skewed', values: normalSample(200, 5, 3.5, 0.45).map(Math.exp) },
  { name: 'With outliers', values: [...normalSample(194, 7, 45, 6), 95, 98, 104, 110, 5, 2] },
];

function boxPlots(): Chart {
  const data = GROUPS.flatMap((g) => g.values.map((v) => ({ group: g.name, v })));
  return {
    svg: plotSvg({
      height: 240,
      marginLeft: 110,
      x: { label: 'Value', grid: true, labelAnchor: 'center', labelArrow: 'none' },
      y: { label: null, domain: GROUPS.map((g) => g.name) },
      marks: [Plot.boxX(data, { x: 'v', y: 'group', className: 'sg-fig-box', r: 3 })],
    }),
    synthetic: true,
    table: {
      columns: ['Sample (200 values)', 'Lower whisker', 'Q1', 'Median', 'Q3', 'Upper whisker', 'Outliers'],
      rows: GROUPS.map((g) => {
        const b = boxStats(g.values);
        return [g.name, round(b.min, 1), round(b.q1, 1), round(b.median, 1), round(b.q3, 1), round(b.max, 1), b.outliers];
      }),
    },
  };
}

/** Density curves from their formulas: normal, lognormal (right skew) and a two-component mixture (bimodal). */
function distributions(): Chart {
  const xs = range(0.01, 10, 120);
  const normal = (x: number, m: number, s: number) => Math.exp(-((x - m) ** 2) / (2 * s * s)) / (s * Math.sqrt(2 * Math.PI));
  const logn = (x: number) => Math.exp(-((Math.log(x) - 1) ** 2) / (2 * 0.5 ** 2)) / (x * 0.5 * Math.sqrt(2 * Math.PI));
  const series: Series[] = [
    { name: 'Normal', points: xs.map((x) => [x, normal(x, 5, 1.2)] as Point), label: { at: 60, anchor: 'start', dy: -8 } },
    { name: 'Right-skewed', points: xs.map((x) => [x, logn(x)] as Point), label: { at: 25, anchor: 'end', dy: -6 } },
    {
      name: 'Bimodal',
      points: xs.map((x) => [x, 0.5 * normal(x, 3, 0.7) + 0.5 * normal(x, 7.5, 0.7)] as Point),
      label: { at: 90, anchor: 'start', dy: -8 },
    },
  ];
  const lognMedian = Math.E;
  const lognMean = Math.exp(1 + 0.5 ** 2 / 2);
  return {
    svg: lineChart(series, {
      x: 'Value',
      y: 'Density',
      xDomain: [0, 10],
      yTickFormat: '.2f',
      height: 300,
      marks: [
        Plot.ruleX([lognMedian], { className: 'sg-fig-s2', strokeDasharray: '2 3', strokeWidth: 1.5 }),
        Plot.text([{ x: lognMedian, y: 0.02 }], { x: 'x', y: 'y', text: () => 'median', textAnchor: 'end', dx: -4 }),
        Plot.ruleX([lognMean], { className: 'sg-fig-s2', strokeDasharray: '8 3 2 3', strokeWidth: 1.5 }),
        Plot.text([{ x: lognMean, y: 0.02 }], { x: 'x', y: 'y', text: () => 'mean', textAnchor: 'start', dx: 4 }),
      ],
    }),
    synthetic: false,
    table: {
      columns: ['Distribution', 'Mean', 'Median', 'Peaks'],
      rows: [
        ['Normal (mean 5, SD 1.2)', 5, 5, 'one'],
        ['Right-skewed: lognormal, μ = 1, σ = 0.5', round(lognMean, 2), round(lognMedian, 2), 'one, long right tail'],
        ['Bimodal: half N(3, 0.7), half N(7.5, 0.7)', 5.25, 5.25, 'two'],
      ],
    },
  };
}

/** The scaling calculator's default values (samples.ts), mapped by min-max and by z-score. */
const SCALING_VALUES = [12, 15, 20, 22, 31];

function scalingMethods(): Chart {
  const min = Math.min(...SCALING_VALUES);
  const max = Math.max(...SCALING_VALUES);
  const m = mean(SCALING_VALUES);
  const sd = Math.sqrt(mean(SCALING_VALUES.map((v) => (v - m) ** 2)));
  const minMax = SCALING_VALUES.map((v) => [v, (v - min) / (max - min)] as Point);
  const z = SCALING_VALUES.map((v) => [v, (v - m) / sd] as Point);
  const dots = [...minMax.map(([x, y]) => ({ x, y, s: 0 })), ...z.map(([x, y]) => ({ x, y, s: 1 }))];
  return {
    svg: lineChart(
      [
        { name: 'Min-max: 0 to 1', points: minMax, label: { at: 4, dy: 18 } },
        { name: 'z-score: mean 0, SD 1', points: z, label: { at: 3, anchor: 'end', dy: -12 } },
      ],
      {
        x: 'Original value',
        y: 'Scaled value',
        height: 300,
        marks: [
          Plot.ruleY([0], { strokeOpacity: 0.5 }),
          Plot.dot(dots, {
            x: 'x',
            y: 'y',
            r: 4,
            symbol: (d: { s: number }) => (d.s === 0 ? 'circle' : 'square'),
            className: 'sg-fig-marker',
          }),
        ],
      },
    ),
    synthetic: false,
    table: {
      columns: ['Value', 'Min-max', 'z-score (population SD)'],
      rows: SCALING_VALUES.map((v, i) => [v, round(minMax[i]![1], 3), round(z[i]![1], 3)]),
    },
  };
}

function classImbalance(): Chart {
  const sets = [
    { name: 'Original', neg: 9500, pos: 500 },
    { name: 'Random undersampling', neg: 500, pos: 500 },
    { name: 'Random oversampling', neg: 9500, pos: 9500 },
    { name: 'SMOTE (synthetic)', neg: 9500, pos: 9500 },
  ];
  const bars = sets.flatMap((s) => [
    { label: `${s.name}: negative`, value: s.neg, series: 1 },
    { label: `${s.name}: positive`, value: s.pos, series: 0 },
  ]);
  return {
    svg: barChart(bars, { x: 'Training examples', y: '', marginLeft: 210, format: (v) => v.toLocaleString('en-US') }),
    synthetic: true,
    table: {
      columns: ['Training set', 'Negative', 'Positive', 'Positive share'],
      rows: sets.map((s) => [s.name, s.neg.toLocaleString('en-US'), s.pos.toLocaleString('en-US'), pct(s.pos / (s.neg + s.pos))]),
    },
  };
}

/** Eigenvalues of a 10-feature correlation matrix (they sum to 10, the number of standardised features). */
const EIGENVALUES = [4.1, 2.3, 1.2, 0.9, 0.6, 0.3, 0.25, 0.18, 0.1, 0.07];

function pcaVariance(): Chart {
  const total = EIGENVALUES.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  const rows = EIGENVALUES.map((e, i) => {
    cumulative += e / total;
    return { pc: i + 1, share: e / total, cumulative };
  });
  return {
    svg: plotSvg({
      height: 300,
      x: { label: 'Principal component', labelAnchor: 'center', labelArrow: 'none', type: 'band' },
      y: { label: 'Share of variance explained', domain: [0, 1], grid: true, tickFormat: '.0%', labelArrow: 'none' },
      marks: [
        Plot.barY(rows, { x: 'pc', y: 'share', className: seriesClass(0), inset: 4 }),
        Plot.line(rows, {
          x: 'pc',
          y: 'cumulative',
          className: seriesClass(1),
          strokeWidth: 2.5,
          strokeDasharray: DASHES[1],
          marker: 'circle',
        }),
        Plot.ruleY([0.9], { strokeDasharray: DASHES[2] }),
        Plot.text([{ x: 10, y: 0.9 }], { x: 'x', y: 'y', text: () => '90 % line', dy: -8, textAnchor: 'end' }),
        Plot.text([rows[2]!], { x: 'pc', y: 'cumulative', text: () => 'cumulative', dy: -12, textAnchor: 'end' }),
        Plot.ruleY([0]),
      ],
    }),
    synthetic: true,
    table: {
      columns: ['Component', 'Variance explained', 'Cumulative'],
      rows: rows.map((r) => [`PC${r.pc}`, pct(r.share), pct(r.cumulative)]),
    },
  };
}

/** Four true clusters in two dimensions; k-means run for k = 1 … 8 on the same points. */
const CLUSTER_POINTS = blobs(
  [
    [0, 0],
    [6, 1],
    [1, 6],
    [7, 7],
  ],
  40,
  1.1,
  11,
);
const K_VALUES = [1, 2, 3, 4, 5, 6, 7, 8];
let clusterRuns: { k: number; inertia: number; silhouette: number }[] | undefined;
function clusterScores() {
  clusterRuns ??= K_VALUES.map((k) => {
    const best = [1, 2, 3].map((seed) => kMeans(CLUSTER_POINTS, k, seed)).sort((a, b) => a.inertia - b.inertia)[0]!;
    return { k, inertia: best.inertia, silhouette: k === 1 ? Number.NaN : silhouette(CLUSTER_POINTS, best.labels) };
  });
  return clusterRuns;
}

function kmeansElbow(): Chart {
  const runs = clusterScores();
  return {
    svg: lineChart([{ name: 'Inertia', points: runs.map((r) => [r.k, r.inertia] as Point) }], {
      x: 'Number of clusters k',
      y: 'Within-cluster sum of squares (inertia)',
      height: 300,
      marks: [
        Plot.dot(runs, { x: 'k', y: 'inertia', r: 4, className: 'sg-fig-marker' }),
        Plot.text([runs[3]!], { x: 'k', y: 'inertia', text: () => 'elbow at k = 4', dx: 10, dy: -12, textAnchor: 'start' }),
      ],
    }),
    synthetic: true,
    table: { columns: ['k', 'Inertia'], rows: runs.map((r) => [r.k, Math.round(r.inertia)]) },
  };
}

function kmeansSilhouette(): Chart {
  const runs = clusterScores().filter((r) => r.k > 1);
  return {
    svg: lineChart([{ name: 'Mean silhouette', points: runs.map((r) => [r.k, r.silhouette] as Point) }], {
      x: 'Number of clusters k',
      y: 'Mean silhouette coefficient',
      yDomain: [0, 1],
      height: 300,
      marks: [
        Plot.dot(runs, { x: 'k', y: 'silhouette', r: 4, className: 'sg-fig-marker' }),
        Plot.text([runs.reduce((a, b) => (b.silhouette > a.silhouette ? b : a))], {
          x: 'k',
          y: 'silhouette',
          text: () => 'highest',
          dy: -12,
        }),
      ],
    }),
    synthetic: true,
    table: { columns: ['k', 'Mean silhouette'], rows: runs.map((r) => [r.k, round(r.silhouette, 3)]) },
  };
}

const SIZES = range(100, 5000, 50);
/** Illustrative shapes: training error rises towards a floor and validation error falls to it, each as 1/√n. */
const CURVES = {
  // High bias: both errors end high and close together; more data does not help.
  underfit: { floor: 0.3, train: 1.5, valid: 1.5 },
  // High variance: training error near zero, a wide gap that narrows slowly as data grows.
  overfit: { floor: 0.1, train: 0.9, valid: 5 },
};
function learningCurve(kind: keyof typeof CURVES): Chart {
  const c = CURVES[kind];
  const train = SIZES.map((n) => [n, Math.max(0, c.floor - c.train / Math.sqrt(n))] as Point);
  const valid = SIZES.map((n) => [n, c.floor + c.valid / Math.sqrt(n)] as Point);
  return {
    svg: lineChart(
      [
        { name: 'Validation error', points: valid },
        { name: 'Training error', points: train },
      ],
      { x: 'Training examples', y: 'Error rate', yDomain: [0, 0.7], height: 280 },
    ),
    synthetic: true,
    table: {
      columns: ['Training examples', 'Training error', 'Validation error', 'Gap'],
      rows: [0, 9, 24, 49].map((i) => [
        SIZES[i]!.toLocaleString('en-US'),
        round(train[i]![1], 3),
        round(valid[i]![1], 3),
        round(valid[i]![1] - train[i]![1], 3),
      ]),
    },
  };
}

function biasVariance(): Chart {
  const c = range(1, 10, 46);
  const bias = c.map((x) => [x, 1.6 / x] as Point);
  const variance = c.map((x) => [x, 0.012 * x * x] as Point);
  const total = c.map((x) => [x, 1.6 / x + 0.012 * x * x + 0.1] as Point);
  const best = total.reduce((a, b) => (b[1] < a[1] ? b : a));
  return {
    svg: lineChart(
      [
        { name: 'Total error', points: total, label: { at: 40, anchor: 'end', dy: -12 } },
        { name: 'Bias²', points: bias, label: { at: 45, dy: -10 } },
        { name: 'Variance', points: variance, label: { at: 38, anchor: 'start', dy: 16 } },
      ],
      {
        x: 'Model complexity (for example, tree depth)',
        y: 'Expected error',
        yDomain: [0, 1.8],
        height: 300,
        marks: [
          Plot.ruleX([best[0]], { strokeDasharray: '2 3' }),
          Plot.text([{ x: best[0], y: 1.7 }], { x: 'x', y: 'y', text: () => 'sweet spot', dx: 6, textAnchor: 'start' }),
        ],
      },
    ),
    synthetic: true,
    table: {
      columns: ['Complexity', 'Bias²', 'Variance', 'Total (with noise 0.1)'],
      rows: [0, 9, 18, 27, 45].map((i) => [round(c[i]!, 1), round(bias[i]![1], 3), round(variance[i]![1], 3), round(total[i]![1], 3)]),
    },
  };
}

/** Least-squares weights of four standardised, uncorrelated features; their paths have closed forms. */
const OLS = [
  { name: 'w1', w: 3 },
  { name: 'w2', w: -2 },
  { name: 'w3', w: 1.2 },
  { name: 'w4', w: 0.5 },
];
const LAMBDAS = range(0, 4, 81);
const lasso = (w: number, l: number) => Math.sign(w) * Math.max(Math.abs(w) - l, 0);
// With loss ½‖y − Xw‖² and XᵀX = I: lasso soft-thresholds each weight by λ, ridge divides it by 1 + 2λ.
const ridge = (w: number, l: number) => w / (1 + 2 * l);

function path(kind: 'lasso' | 'ridge'): Chart {
  const f = kind === 'lasso' ? lasso : ridge;
  return {
    svg: lineChart(
      OLS.map((o) => ({
        name: o.name,
        points: LAMBDAS.map((l) => [l, f(o.w, l)] as Point),
        label: { at: 0, anchor: 'start', dy: o.w > 0 ? -10 : 14 },
      })),
      { x: 'Regularisation strength λ', y: 'Weight', yDomain: [-2.2, 3.4], height: 300, marks: [Plot.ruleY([0])] },
    ),
    synthetic: true,
    table: {
      columns: ['λ', ...OLS.map((o) => o.name)],
      rows: [0, 0.5, 1, 2, 4].map((l) => [l, ...OLS.map((o) => round(f(o.w, l), 2))]),
    },
  };
}

/** Gradient descent on f(w) = w² from w = 1: w ← w − η·2w, so the loss after t steps is (1 − 2η)^(2t). */
const RATES = [
  { eta: 0.02, name: 'Too small (η = 0.02)' },
  { eta: 0.3, name: 'About right (η = 0.3)' },
  { eta: 1.05, name: 'Too large (η = 1.05)' },
];
function learningRates(): Chart {
  const steps = range(0, 20, 21);
  const loss = (eta: number, t: number) => (1 - 2 * eta) ** (2 * t);
  return {
    svg: lineChart(
      RATES.map((r, i) => ({
        name: r.name,
        points: steps.map((t) => [t, loss(r.eta, t)] as Point),
        label: { at: i === 1 ? 8 : 20, anchor: i === 1 ? 'start' : 'end', dy: -10 },
      })),
      { x: 'Gradient-descent step', y: 'Loss (log scale)', yType: 'log', yTickFormat: '.0e', height: 300 },
    ),
    synthetic: false,
    table: {
      columns: ['Learning rate', 'Loss after 5 steps', 'after 20 steps'],
      rows: RATES.map((r) => [r.name, loss(r.eta, 5).toPrecision(2), loss(r.eta, 20).toPrecision(2)]),
    },
  };
}

function kFold(): Chart {
  const k = 5;
  const cells = Array.from({ length: k }, (_, round) =>
    Array.from({ length: k }, (_, fold) => ({
      round: `Round ${round + 1}`,
      fold: `Fold ${fold + 1}`,
      role: fold === round ? 'validate' : 'train',
    })),
  ).flat();
  return {
    svg: plotSvg({
      height: 250,
      marginLeft: 80,
      padding: 0.08,
      x: { label: null, axis: 'top' },
      y: { label: null },
      marks: [
        Plot.cell(
          cells.filter((c) => c.role === 'train'),
          { x: 'fold', y: 'round', className: 'sg-fig-cell-off' },
        ),
        Plot.cell(
          cells.filter((c) => c.role === 'validate'),
          { x: 'fold', y: 'round', className: 'sg-fig-cell-on' },
        ),
        Plot.text(
          cells.filter((c) => c.role === 'train'),
          { x: 'fold', y: 'round', text: 'role', className: 'sg-fig-cell-text' },
        ),
        Plot.text(
          cells.filter((c) => c.role === 'validate'),
          { x: 'fold', y: 'round', text: 'role', className: 'sg-fig-cell-text-on' },
        ),
      ],
    }),
    synthetic: false,
    table: {
      columns: ['Round', 'Validation fold', 'Training folds'],
      rows: Array.from({ length: k }, (_, r) => [
        r + 1,
        r + 1,
        Array.from({ length: k }, (_, f) => f + 1)
          .filter((f) => f !== r + 1)
          .join(', '),
      ]),
    },
  };
}

/** Nine trials of each strategy over two hyperparameters; the objective's best region is around (0.7, 0.3). */
function searchStrategies(): Chart {
  const grid = [0.1, 0.5, 0.9].flatMap((x) => [0.1, 0.5, 0.9].map((y) => ({ x, y })));
  const r = normalSample(18, 23, 0.5, 0.25).map((v) => Math.min(0.98, Math.max(0.02, v)));
  const random = Array.from({ length: 9 }, (_, i) => ({ x: r[i * 2]!, y: r[i * 2 + 1]! }));
  const bayes = [
    { x: 0.2, y: 0.8 },
    { x: 0.8, y: 0.6 },
    { x: 0.5, y: 0.2 },
    { x: 0.75, y: 0.35 },
    { x: 0.65, y: 0.25 },
    { x: 0.72, y: 0.3 },
    { x: 0.68, y: 0.33 },
    { x: 0.71, y: 0.28 },
    { x: 0.7, y: 0.31 },
  ];
  const data = [
    ...grid.map((p, i) => ({ ...p, n: i + 1, s: 'Grid' })),
    ...random.map((p, i) => ({ ...p, n: i + 1, s: 'Random' })),
    ...bayes.map((p, i) => ({ ...p, n: i + 1, s: 'Bayesian' })),
  ];
  return {
    svg: plotSvg({
      height: 280,
      marginLeft: 60,
      fx: { label: null, domain: ['Grid', 'Random', 'Bayesian'], padding: 0.2 },
      x: { label: 'Hyperparameter A (scaled)', domain: [0, 1], ticks: 3, labelAnchor: 'center', labelArrow: 'none' },
      y: { label: 'Hyperparameter B (scaled)', domain: [0, 1], ticks: 3, labelAnchor: 'center', labelArrow: 'none' },
      marks: [
        Plot.frame({ strokeOpacity: 0.4 }),
        Plot.dot([{ x: 0.7, y: 0.3 }], { x: 'x', y: 'y', r: 22, className: 'sg-fig-target', strokeDasharray: '2 3' }),
        Plot.dot(data, { x: 'x', y: 'y', fx: 's', r: 9, fill: 'currentColor', className: 'sg-fig-s1' }),
        Plot.text(data, { x: 'x', y: 'y', fx: 's', text: 'n', className: 'sg-fig-dot-text', fontSize: 10 }),
      ],
    }),
    synthetic: true,
    table: {
      columns: ['Strategy', 'How the 9 trials are chosen', 'Trials within 0.1 of the best region'],
      rows: [
        ['Grid', 'every combination of 3 values per hyperparameter', grid.filter((p) => Math.hypot(p.x - 0.7, p.y - 0.3) < 0.1).length],
        ['Random', 'independent random draws', random.filter((p) => Math.hypot(p.x - 0.7, p.y - 0.3) < 0.1).length],
        ['Bayesian', 'each trial chosen from the results so far', bayes.filter((p) => Math.hypot(p.x - 0.7, p.y - 0.3) < 0.1).length],
      ],
    },
  };
}

/** Share of traffic on the green fleet over time with equal baking periods (one unit each). */
function trafficShifting(): Chart {
  const series: Series[] = [
    {
      name: 'All at once',
      points: [
        [0, 0],
        [1, 100],
        [4, 100],
      ],
      label: { at: 2, anchor: 'start', dy: -10 },
    },
    {
      name: 'Canary (10 %)',
      points: [
        [0, 0],
        [1, 10],
        [2, 100],
        [4, 100],
      ],
      label: { x: 2.05, y: 10, anchor: 'start', dy: -8 },
    },
    {
      name: 'Linear (4 × 25 %)',
      points: [
        [0, 0],
        [1, 25],
        [2, 50],
        [3, 75],
        [4, 100],
      ],
      label: { x: 2.05, y: 50, anchor: 'start', dy: -10 },
    },
  ];
  // Each shift is instant, then holds for a baking period: draw the steps as vertical then horizontal.
  const steps = series.map((s): Series => ({
    ...s,
    points: s.points.flatMap(([x, y], i) => (i === 0 ? [[x, y] as Point] : [[x, s.points[i - 1]![1]] as Point, [x, y] as Point])),
  }));
  return {
    svg: lineChart(steps, { x: 'Time (baking periods)', y: 'Traffic on green (%)', yDomain: [0, 105], xDomain: [0, 4.4], height: 300 }),
    synthetic: false,
    table: {
      columns: ['Mode', 'Steps of traffic to green', 'Baking periods'],
      rows: [
        ['All at once', '100 %', 1],
        ['Canary', '10 %, then 100 %', 2],
        ['Linear', '25 %, 50 %, 75 %, 100 %', 4],
      ],
    },
  };
}

function inferencePayloads(): Chart {
  const options = [
    { label: 'Serverless', value: 4 },
    { label: 'Real-time', value: 6 },
    { label: 'Batch transform', value: 100 },
    { label: 'Asynchronous', value: 1024 },
  ];
  return {
    svg: barChart(options, {
      x: 'Largest payload (MB, log scale)',
      y: '',
      xType: 'log',
      xTicks: [1, 10, 100, 1000],
      format: (v) => (v >= 1024 ? '1 GB' : `${v} MB`),
    }),
    synthetic: false,
    table: {
      columns: ['Option', 'Largest payload', 'Longest processing'],
      rows: [
        ['Serverless inference', '4 MB', '60 s per request'],
        ['Real-time endpoint', '6 MB', '60 s per request'],
        ['Batch transform', '100 MB per mini-batch (MaxPayloadInMB)', 'the job runs until the dataset is done'],
        ['Asynchronous inference', '1 GB (input in S3)', '1 hour'],
      ],
    },
  };
}

/** Every chart by the name authors give `<Figure chart>`. Charts draw lazily, once per build. */
export const CHARTS = {
  'roc-curves': rocCurves,
  'pr-curves': prCurves,
  'skew-raw': skewRaw,
  'skew-log': skewLog,
  'box-plots': boxPlots,
  distributions,
  'scaling-methods': scalingMethods,
  'class-imbalance': classImbalance,
  'pca-variance': pcaVariance,
  'kmeans-elbow': kmeansElbow,
  'kmeans-silhouette': kmeansSilhouette,
  'learning-curve-underfit': () => learningCurve('underfit'),
  'learning-curve-overfit': () => learningCurve('overfit'),
  'bias-variance': biasVariance,
  'lasso-path': () => path('lasso'),
  'ridge-path': () => path('ridge'),
  'learning-rates': learningRates,
  'k-fold': kFold,
  'search-strategies': searchStrategies,
  'traffic-shifting': trafficShifting,
  'inference-payloads': inferencePayloads,
} satisfies Record<string, () => Chart>;

export type ChartName = keyof typeof CHARTS;
export const CHART_NAMES = Object.keys(CHARTS) as ChartName[];
