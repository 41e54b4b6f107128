import { describe, expect, it } from 'vitest';
import { formatProblem } from './content-rules.ts';
import { checkMdxPages } from './mdx-check.ts';

const target = {
  file: 'content/pages/a/target.mdx',
  path: '/a/target/',
  body: '## Kinesis Data Streams\n\n## Sizing `shards`\n\n<DecisionTree id="pick" />\n',
};
const check = async (body: string) =>
  (await checkMdxPages([target, { file: 'content/pages/a/page.mdx', path: '/a/page/', body }], new Set(['/practice/', '/a/']))).map(formatProblem);

describe('checkMdxPages', () => {
  it('accepts known components and links to pages, headings, tree anchors and other routes', async () => {
    expect(
      await check(
        '<Callout type="note">See [streams](/a/target/#kinesis-data-streams), [sizing](../target/#sizing-shards), ' +
          '[the tree](/a/target/#tree-pick), [practice](/practice/), [section](/a/), [AWS](https://aws.amazon.com/).</Callout>\n',
      ),
    ).toEqual([]);
  });

  it('reports an MDX syntax error once, with its line, and links to that page still resolve', async () => {
    const problems = await check('Text.\n\nA <Callout type="note">that never closes\n');
    expect(problems).toEqual([expect.stringMatching(/^content\/pages\/a\/page\.mdx › line 3: found Expected a closing tag for `<Callout>`/)]);
  });

  it('reports an unknown component, naming the ones that exist', async () => {
    expect(await check('\n<Calculater type="confusion" />\n')).toEqual([
      expect.stringMatching(/^content\/pages\/a\/page\.mdx › line 2: found <Calculater>; allowed: a component of the site: Calculator, Callout, /),
    ]);
  });

  it('reports a link to no page, a missing trailing slash and a fragment that is not on the page', async () => {
    const problems = await check('[a](/a/none/) [b](/a/target) [c](/a/target/#kinesis-data-stream)\n');
    expect(problems).toEqual([
      'content/pages/a/page.mdx › line 1 › link: found "/a/none/"; allowed: a page or file of the site (pages are /<section>/<slug>/)',
      'content/pages/a/page.mdx › line 1 › link: found "/a/target"; allowed: the page with its trailing slash, /a/target/',
      'content/pages/a/page.mdx › line 1 › link: found "/a/target/#kinesis-data-stream"; allowed: a heading id of /a/target/: kinesis-data-streams, sizing-shards, tree-pick',
    ]);
  });
});
