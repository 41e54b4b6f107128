import { describe, expect, it } from 'vitest';
import { rankOf, scoreSearch } from './search-metrics.ts';

describe('search metrics', () => {
  it('ranks the first expected page among the results', () => {
    expect(rankOf(['/a/', '/b/', '/c/'], ['/c/', '/b/'])).toBe(2);
    expect(rankOf(['/a/'], ['/z/'])).toBeNull();
  });

  it('computes top-1, top-3 and mean reciprocal rank', () => {
    const scores = scoreSearch([
      { query: 'a', rank: 1 },
      { query: 'b', rank: 2 },
      { query: 'c', rank: 4 },
      { query: 'd', rank: null },
    ]);
    expect(scores).toEqual({ queries: 4, top1: 0.25, top3: 0.5, mrr: (1 + 0.5 + 0.25 + 0) / 4 });
    expect(scoreSearch([])).toEqual({ queries: 0, top1: 0, top3: 0, mrr: 0 });
  });
});
