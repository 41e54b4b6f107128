/**
 * Runs the benchmark queries of content/search/queries.yaml against the built Pagefind index, in the
 * browser through Pagefind's own JavaScript API (the same index and ranking the search dialog uses).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { type QueryOutcome, rankOf, scoreSearch, type SearchScores } from '../src/lib/build/search-metrics.ts';

export interface BenchmarkQuery {
  q: string;
  expect: string[];
  kind: string;
}

export function benchmarkQueries(): BenchmarkQuery[] {
  return (parse(readFileSync('content/search/queries.yaml', 'utf8')) as { queries: BenchmarkQuery[] }).queries;
}

export interface BenchmarkResult extends SearchScores {
  outcomes: (QueryOutcome & { expected: string[]; top: string[] })[];
}

/** `page` must be on a page of the built site (any page: the index is site-wide). */
export async function runSearchBenchmark(page: Page): Promise<BenchmarkResult> {
  const queries = benchmarkQueries();
  const results = await page.evaluate(
    async (qs: string[]) => {
      const pagefind = (await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string)) as {
        search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
      };
      const out: string[][] = [];
      for (const q of qs) {
        const found = await pagefind.search(q);
        out.push(await Promise.all(found.results.slice(0, 10).map(async (r) => (await r.data()).url)));
      }
      return out;
    },
    queries.map((q) => q.q),
  );
  const outcomes = queries.map((q, i) => {
    const expected = q.expect.map((id) => `/${id}/`);
    const top = results[i]!.map((url) => url.replace(/[?#].*$/, ''));
    return { query: q.q, expected, top, rank: rankOf(top, expected) };
  });
  return { ...scoreSearch(outcomes), outcomes };
}
