import { expect, test } from './fixtures.ts';
import { runSearchBenchmark } from './search-benchmark.ts';

test.describe('search quality', () => {
  test('search quality: the expected page is in the top three for at least 90 % of the benchmark queries', async ({ page }) => {
    await page.goto('/');
    const result = await runSearchBenchmark(page);
    const misses = result.outcomes.filter((o) => o.rank === null || o.rank > 3).map((o) => `${o.query} → ${o.top.slice(0, 3).join(' ')}`);
    console.log(
      `search benchmark: ${result.queries} queries, top-1 ${(result.top1 * 100).toFixed(1)} %, top-3 ${(result.top3 * 100).toFixed(1)} %, MRR ${result.mrr.toFixed(3)}`,
    );
    if (misses.length > 0) console.log(`outside the top three:\n${misses.join('\n')}`);
    expect(result.queries).toBeGreaterThanOrEqual(60);
    expect(result.top3, `queries outside the top three:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  });
});
