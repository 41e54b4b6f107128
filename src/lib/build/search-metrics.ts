/** Scoring of the search-quality benchmark: where the first expected page ranks for each query. */

export interface QueryOutcome {
  query: string;
  /** 1-based rank of the first expected page among the results, or null if it is absent. */
  rank: number | null;
}

export interface SearchScores {
  queries: number;
  top1: number;
  top3: number;
  /** Mean reciprocal rank (0 when the expected page is absent). */
  mrr: number;
}

/** The rank of the first result that is one of the expected paths. */
export function rankOf(results: readonly string[], expected: readonly string[]): number | null {
  const at = results.findIndex((url) => expected.includes(url));
  return at === -1 ? null : at + 1;
}

export function scoreSearch(outcomes: readonly QueryOutcome[]): SearchScores {
  const n = outcomes.length;
  if (n === 0) return { queries: 0, top1: 0, top3: 0, mrr: 0 };
  const share = (test: (rank: number) => boolean) => outcomes.filter((o) => o.rank !== null && test(o.rank)).length / n;
  return {
    queries: n,
    top1: share((r) => r === 1),
    top3: share((r) => r <= 3),
    mrr: outcomes.reduce((s, o) => s + (o.rank === null ? 0 : 1 / o.rank), 0) / n,
  };
}
