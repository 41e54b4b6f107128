/**
 * The arithmetic behind the guide's charts: every plotted value comes from a formula here or from
 * an algorithm run on a seeded synthetic sample, so a chart is reproducible and checkable. Pure.
 */
import { seededRandom } from '../random.ts';

/** The standard normal CDF Φ(z) (Abramowitz and Stegun 7.1.26, |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Standard normal draws from a seeded generator (Box–Muller). */
export function normalSample(n: number, seed: number, mean = 0, sd = 1): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => {
    const u = 1 - random();
    const v = random();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  });
}

/** `n` evenly spaced values from `from` to `to`, both included. */
export function range(from: number, to: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => from + ((to - from) * i) / (n - 1));
}

/** The q-quantile of sorted values (linear interpolation, as NumPy's default). */
export function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Sample skewness (Fisher–Pearson, not bias-adjusted). */
export function skewness(xs: readonly number[]): number {
  const m = mean(xs);
  const m2 = mean(xs.map((x) => (x - m) ** 2));
  const m3 = mean(xs.map((x) => (x - m) ** 3));
  return m3 / m2 ** 1.5;
}

/** Five-number summary and the points beyond 1.5 × IQR (Tukey's box plot). */
export function boxStats(xs: readonly number[]): { min: number; q1: number; median: number; q3: number; max: number; outliers: number } {
  const s = [...xs].sort((a, b) => a - b);
  const q1 = quantile(s, 0.25);
  const q3 = quantile(s, 0.75);
  const fence = 1.5 * (q3 - q1);
  const inside = s.filter((x) => x >= q1 - fence && x <= q3 + fence);
  return { min: inside[0]!, q1, median: quantile(s, 0.5), q3, max: inside[inside.length - 1]!, outliers: s.length - inside.length };
}

export type Vec = readonly number[];

const dist2 = (a: Vec, b: Vec): number => a.reduce((sum, ai, i) => sum + (ai - b[i]!) ** 2, 0);

/** Lloyd's k-means with k-means++ seeding from a seeded generator; returns labels and inertia (WCSS). */
export function kMeans(points: readonly Vec[], k: number, seed: number, iterations = 50): { labels: number[]; inertia: number } {
  const random = seededRandom(seed);
  const centres: Vec[] = [points[Math.floor(random() * points.length)]!];
  while (centres.length < k) {
    const d = points.map((p) => Math.min(...centres.map((c) => dist2(p, c))));
    let r = random() * d.reduce((a, b) => a + b, 0);
    const next = d.findIndex((di) => (r -= di) <= 0);
    centres.push(points[next === -1 ? points.length - 1 : next]!);
  }
  let labels = points.map(() => 0);
  for (let it = 0; it < iterations; it++) {
    labels = points.map((p) => centres.reduce((best, c, j) => (dist2(p, c) < dist2(p, centres[best]!) ? j : best), 0));
    for (let j = 0; j < k; j++) {
      const members = points.filter((_, i) => labels[i] === j);
      if (members.length) centres[j] = members[0]!.map((_, dim) => mean(members.map((m) => m[dim]!)));
    }
  }
  const inertia = points.reduce((sum, p, i) => sum + dist2(p, centres[labels[i]!]!), 0);
  return { labels, inertia };
}

/** The mean silhouette coefficient of a clustering (−1 to 1; higher means tighter, better separated clusters). */
export function silhouette(points: readonly Vec[], labels: readonly number[]): number {
  const k = Math.max(...labels) + 1;
  const scores = points.map((p, i) => {
    const meanDist = (j: number) => {
      const others = points.filter((_, m) => labels[m] === j && m !== i);
      return others.length ? mean(others.map((o) => Math.sqrt(dist2(p, o)))) : 0;
    };
    const own = points.filter((_, m) => labels[m] === labels[i] && m !== i).length;
    if (own === 0) return 0;
    const a = meanDist(labels[i]!);
    const b = Math.min(
      ...Array.from({ length: k }, (_, j) => j)
        .filter((j) => j !== labels[i])
        .map(meanDist),
    );
    return (b - a) / Math.max(a, b);
  });
  return mean(scores);
}

/** Points around the given centres (isotropic normal noise), from a seeded generator. */
export function blobs(centres: readonly Vec[], perCentre: number, sd: number, seed: number): Vec[] {
  const noise = normalSample(centres.length * perCentre * 2, seed, 0, sd);
  return centres.flatMap((c, ci) => Array.from({ length: perCentre }, (_, i) => c.map((v, d) => v + noise[(ci * perCentre + i) * 2 + d]!)));
}

/** Round to `digits` decimals for tables. */
export const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;
