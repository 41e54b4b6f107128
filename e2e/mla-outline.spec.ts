import { expect, test } from './fixtures.ts';
import { mlaItems, mlaLabel } from '../src/lib/outline/mla-outline.ts';
import { covers, taskOf } from '../src/lib/outline/outline.ts';
import { DATA, examGuideMapHref, pageHref, taskAnchor } from '../src/lib/urls.ts';
import { content } from './site.ts';

const mla = content.mlaOutline!;
const entries = mla.domains.flatMap((d) =>
  d.tasks.flatMap((t) => [{ domain: d, id: t.id, title: t.title }, ...mlaItems(t).map((i) => ({ domain: d, id: i.id, title: i.text }))]),
);
const pagesOf = (id: string) => content.pages.filter((p) => covers(p.data.mla, id)).map((p) => pageHref(p.id));
const questionsOf = (id: string) => content.questions.filter((q) => covers(q.data.mla, id)).map((q) => q.data.id);
const mlsOrder = content.outline!.domains.flatMap((d) => d.tasks.map((t) => t.id));
/** The MLS-C01 task statements of the pages and questions that carry an MLA-C01 id, in outline order. */
const mlsOf = (id: string) => {
  const tagged = [...content.pages.filter((p) => covers(p.data.mla, id)), ...content.questions.filter((q) => covers(q.data.mla, id))];
  const tasks = new Set(tagged.flatMap((e) => e.data.tasks.map(taskOf)));
  return mlsOrder.filter((t) => tasks.has(t));
};

test.describe('MLA-C01 outline', () => {
  test('mla-outline.json lists every task statement and item with the pages, questions and MLS-C01 tasks tagged with it', async ({
    request,
  }) => {
    type Entry = { id: string; pages: string[]; questions: string[]; mls: string[] };
    const data = (await (await request.get(DATA.mlaOutline)).json()) as {
      version: number;
      exam: string;
      facts: { id: string; value: unknown; status: string; source: string }[];
      domains: { id: string; weight: number; tasks: (Entry & { knowledge: Entry[]; skills: Entry[] })[] }[];
    };
    expect([data.version, data.exam]).toEqual([1, 'MLA-C01']);
    expect(data.facts.map((f) => [f.id, f.value, f.status, f.source])).toEqual(mla.facts.map((f) => [f.id, f.value, f.status, f.source]));
    expect(data.domains.map((d) => d.weight)).toEqual(mla.domains.map((d) => d.weight));
    const published = data.domains.flatMap((d) => d.tasks.flatMap((t) => [t, ...t.knowledge, ...t.skills]));
    expect(published.map((e) => e.id)).toEqual(entries.map((e) => e.id));
    for (const entry of published) {
      expect([...entry.pages].sort(), entry.id).toEqual(pagesOf(entry.id).sort());
      expect([...entry.questions].sort(), entry.id).toEqual(questionsOf(entry.id).sort());
      expect(entry.mls, entry.id).toEqual(mlsOf(entry.id));
    }
  });

  test('the exam guide map shows the MLS-C01 outline first, then every MLA-C01 item with its pages and question count', async ({
    page,
    axe,
  }) => {
    await page.goto(examGuideMapHref());
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.indexOf('MLS-C01 outline')).toBeGreaterThanOrEqual(0);
    expect(headings.indexOf('MLA-C01 outline')).toBeGreaterThan(headings.indexOf('MLS-C01 outline'));
    for (const entry of entries) {
      const region = page.getByRole('region', {
        name: `Domain ${entry.domain.id}: ${entry.domain.title} (${entry.domain.weight} %)`,
        exact: true,
      });
      const row = region.getByRole('row').filter({ has: page.getByRole('rowheader', { name: mlaLabel(entry.id), exact: true }) });
      const questions = questionsOf(entry.id).length;
      await expect(row.getByRole('cell').last(), entry.id).toHaveText(questions === 0 ? 'Gap: none yet' : String(questions));
      const pages = pagesOf(entry.id);
      if (entry.id.split('.').length === 3) {
        if (pages.length === 0) await expect(row.getByRole('cell').nth(1)).toHaveText('Gap: no page yet');
        else
          expect((await row.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).sort(), entry.id).toEqual(
            pages.sort(),
          );
      }
    }
    await axe.expectNone('exam guide map');
  });

  test("the status page's crosswalk lists every MLA-C01 item with the pages, MLS-C01 tasks and questions of the data", async ({ page }) => {
    await page.goto('/exam/status-and-successors/');
    for (const entry of entries) {
      const region = page.getByRole('region', {
        name: `MLA-C01 Domain ${entry.domain.id}: ${entry.domain.title} (${entry.domain.weight} %)`,
        exact: true,
      });
      const row = region.getByRole('row').filter({ has: page.getByRole('rowheader', { name: mlaLabel(entry.id), exact: true }) });
      const cells = row.getByRole('cell');
      const mls = mlsOf(entry.id);
      await expect(cells.nth(2), entry.id).toHaveText(mls.length === 0 ? 'None' : mls.join(', '));
      const mlsLinks = await cells
        .nth(2)
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(mlsLinks, entry.id).toEqual(mls.map((t) => examGuideMapHref(taskAnchor(t))));
      const questions = questionsOf(entry.id).length;
      await expect(cells.nth(3), entry.id).toHaveText(questions === 0 ? 'Gap: none yet' : String(questions));
      if (entry.id.split('.').length === 3) {
        const pages = pagesOf(entry.id);
        const links = await cells
          .nth(1)
          .getByRole('link')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(links.sort(), entry.id).toEqual(pages.sort());
        if (pages.length === 0) await expect(cells.nth(1)).toHaveText('Gap: no page yet');
      }
    }
  });

  test('the status page states each MLA-C01 exam fact as the data does, with its source', async ({ page }) => {
    await page.goto('/exam/status-and-successors/');
    const table = page.getByRole('table', { name: 'MLA-C01 exam facts and their sources' });
    for (const fact of mla.facts) {
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: fact.label, exact: true }) });
      await expect(row.getByRole('cell').first()).toHaveText(fact.value === null ? 'Not stated by AWS' : String(fact.value));
      await expect(row.getByRole('link')).toHaveAttribute('href', fact.source);
    }
  });
});
