import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const PAGE = 'reference/sagemaker-features';

/** Every feature of the A–Z page is a `##` heading there; its name is what a learner types. */
const features = readFileSync(`content/pages/${PAGE}.mdx`, 'utf8')
  .split('\n')
  .flatMap((line) => (/^## (.+)$/.exec(line)?.[1] ? [/^## (.+)$/.exec(line)![1]!.replace(/`/g, '').trim()] : []))
  .filter((name) => !/^(Summary|At a glance|Check yourself|Sources)/i.test(name));

test.describe('SageMaker AI features A–Z', () => {
  test('search finds the features page in the top three for every feature it lists, by name', async ({ page }) => {
    test.setTimeout(120_000);
    expect(features.length).toBeGreaterThanOrEqual(20);
    await page.goto(`/${PAGE}/`);
    const ranks = await page.evaluate(
      async ({ names, path }) => {
        const pagefind = (await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string)) as {
          search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
        };
        const out: [string, number, string[]][] = [];
        for (const name of names) {
          const found = await pagefind.search(name);
          const urls = await Promise.all(found.results.slice(0, 5).map(async (r) => (await r.data()).url.replace(/[?#].*$/, '')));
          out.push([name, urls.indexOf(path), urls.slice(0, 3)]);
        }
        return out;
      },
      { names: features, path: `/${PAGE}/` },
    );
    const misses = ranks.filter(([, rank]) => rank < 0 || rank > 2).map(([name, , top]) => `${name} → ${top.join(' ')}`);
    expect(misses, `features not found in the top three:\n${misses.join('\n')}`).toEqual([]);
  });
});
