/**
 * The first-visit bytes of the pages in PAGE_BUDGETS (src/lib/build/budgets.ts), measured from what
 * the browser receives from the built site: HTML, CSS, JavaScript and fonts each within budget, and
 * the whole visit too. Bytes, not times, so the test holds on a busy machine.
 */
import { expect, test } from './fixtures.ts';
import { measurePage } from './page-weight.ts';
import { PAGE_BUDGETS } from '../src/lib/build/budgets.ts';
import { kib } from '../src/lib/build/page-weight.ts';

test.describe('byte budgets', () => {
  for (const [path, budget] of Object.entries(PAGE_BUDGETS)) {
    test(`a first visit of ${path} stays within its budget`, async ({ newContext, baseURL }) => {
      const weight = await measurePage(await newContext({ serviceWorkers: 'block' }), new URL(path, baseURL).href);
      const over = (['html', 'css', 'js', 'font'] as const)
        .filter((kind) => weight.byKind[kind].gzip > budget[kind])
        .map((kind) => {
          const files = weight.files.filter((f) => f.kind === kind).map((f) => `${f.path} ${kib(f.gzip)}`);
          return `${kind}: ${kib(weight.byKind[kind].gzip)} > ${kib(budget[kind])} (${files.join(', ')})`;
        });
      if (weight.total > budget.total) over.push(`total: ${kib(weight.total)} > ${kib(budget.total)}`);
      expect(over, `${path} over budget`).toEqual([]);
    });
  }
});
