import { describe, expect, it } from 'vitest';
import { blobs, boxStats, kMeans, mean, normalCdf, normalSample, quantile, silhouette, skewness } from './maths.ts';

describe('normalCdf', () => {
  it('matches the standard normal table', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1)).toBeCloseTo(0.841345, 5);
    expect(normalCdf(-1.959964)).toBeCloseTo(0.025, 5);
    expect(normalCdf(1.281552)).toBeCloseTo(0.9, 5);
  });
});

describe('seeded samples', () => {
  it('are reproducible and roughly standard normal', () => {
    const a = normalSample(4000, 1);
    expect(normalSample(4000, 1)).toEqual(a);
    expect(mean(a)).toBeCloseTo(0, 1);
    expect(Math.sqrt(mean(a.map((x) => x * x)))).toBeCloseTo(1, 1);
  });
});

describe('quantiles and box plots', () => {
  it('interpolates like NumPy and applies Tukey fences', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    const b = boxStats([1, 2, 3, 4, 5, 6, 7, 8, 100]);
    expect(b.median).toBe(5);
    expect(b.q1).toBe(3);
    expect(b.q3).toBe(7);
    expect(b.outliers).toBe(1);
    expect(b.max).toBe(8);
  });
  it('skewness is 0 for symmetric data and positive for a right tail', () => {
    expect(skewness([1, 2, 3, 4, 5])).toBeCloseTo(0, 10);
    expect(skewness([1, 1, 1, 2, 10])).toBeGreaterThan(1);
  });
});

describe('k-means and silhouette', () => {
  const points = blobs(
    [
      [0, 0],
      [10, 10],
    ],
    20,
    0.5,
    3,
  );
  it('finds two well-separated blobs', () => {
    const { labels, inertia } = kMeans(points, 2, 1);
    expect(new Set(labels.slice(0, 20)).size).toBe(1);
    expect(new Set(labels.slice(20)).size).toBe(1);
    expect(labels[0]).not.toBe(labels[20]);
    expect(kMeans(points, 1, 1).inertia).toBeGreaterThan(inertia * 10);
    expect(silhouette(points, labels)).toBeGreaterThan(0.9);
  });
});
