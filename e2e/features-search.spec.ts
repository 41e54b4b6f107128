import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

const PAGE = 'reference/sagemaker-features';

interface Feature {
  name: string;
  /** The guide page the section names as teaching the feature in depth (its first site link). */
  teacher: string | undefined;
}

/** Every feature of the A–Z page is a `##` section there; its heading is the name a learner types. */
const features: Feature[] = readFileSync(`content/pages/${PAGE}.mdx`, 'utf8')
  .split(/^## /m)
  .slice(1)
  .map((section) => {
    const name = (section.split('\n')[0] ?? '').replace(/`/g, '').trim();
    const teacher = /\]\((\/[^)#]*)/.exec(section)?.[1];
    return { name, teacher };
  })
  .filter((f) => !/^(Summary|Check yourself)$/i.test(f.name));

test.describe('SageMaker AI features A–Z', () => {
  test('search by a feature name puts the A–Z page or the page that teaches the feature in the top three, the A–Z page in the top five', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    expect(features.length).toBeGreaterThanOrEqual(20);
    await page.goto(`/${PAGE}/`);
    const results = await page.evaluate(
      async (names) => {
        const pagefind = (await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string)) as {
          search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
        };
        const out: string[][] = [];
        for (const name of names) {
          const found = await pagefind.search(name);
          out.push(await Promise.all(found.results.slice(0, 5).map(async (r) => (await r.data()).url.replace(/[?#].*$/, ''))));
        }
        return out;
      },
      features.map((f) => f.name),
    );
    const misses = features.flatMap((f, i) => {
      const top = results[i] ?? [];
      const inTop3 = top.slice(0, 3).some((url) => url === `/${PAGE}/` || url === f.teacher);
      return inTop3 && top.includes(`/${PAGE}/`) ? [] : [`${f.name} → ${top.join(' ')}`];
    });
    expect(misses, `features not found:\n${misses.join('\n')}`).toEqual([]);
  });
});
