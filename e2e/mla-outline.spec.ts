import type { Locator } from '@playwright/test';
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

const isItem = (id: string) => id.split('.').length === 3;

interface Cell {
  text: string;
  links: string[];
}

/** Every body row of the table in `region`: its row header's text, and each cell's text and link targets. */
async function tableRows(region: Locator): Promise<{ header: string; cells: Cell[] }[]> {
  return region
    .getByRole('table')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => ({
        header: row.querySelector('th')?.textContent?.trim() ?? '',
        cells: [...row.querySelectorAll('td')].map((cell) => ({
          text: (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
          links: [...cell.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
        })),
      })),
    );
}

/** A "Taught in" cell lists exactly the pages tagged with the item, or says it is a gap. */
function expectPages(cell: Cell, id: string) {
  const pages = pagesOf(id);
  expect([...cell.links].sort(), id).toEqual([...pages].sort());
  if (pages.length === 0) expect(cell.text, id).toBe('Gap: no page yet');
}

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
  }) => {
    await page.goto(examGuideMapHref());
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.indexOf('MLS-C01 outline')).toBeGreaterThanOrEqual(0);
    expect(headings.indexOf('MLA-C01 outline')).toBeGreaterThan(headings.indexOf('MLS-C01 outline'));
    for (const domain of mla.domains) {
      const rows = await tableRows(
        page.getByRole('region', { name: `Domain ${domain.id}: ${domain.title} (${domain.weight} %)`, exact: true }),
      );
      const expected = entries.filter((e) => e.domain === domain);
      expect(rows.map((r) => r.header)).toEqual(expected.map((e) => mlaLabel(e.id)));
      for (const [i, entry] of expected.entries()) {
        const [, taughtIn, questions] = rows[i]!.cells;
        const count = questionsOf(entry.id).length;
        expect(questions!.text, entry.id).toBe(count === 0 ? 'Gap: none yet' : String(count));
        if (isItem(entry.id)) expectPages(taughtIn!, entry.id);
      }
    }
  });

  test("the status page's crosswalk lists every MLA-C01 item with the pages, MLS-C01 tasks and questions of the data", async ({ page }) => {
    await page.goto('/exam/status-and-successors/');
    for (const domain of mla.domains) {
      const name = `MLA-C01 Domain ${domain.id}: ${domain.title} (${domain.weight} %)`;
      const rows = await tableRows(page.getByRole('region', { name, exact: true }));
      const expected = entries.filter((e) => e.domain === domain);
      expect(rows.map((r) => r.header)).toEqual(expected.map((e) => mlaLabel(e.id)));
      for (const [i, entry] of expected.entries()) {
        const [, taughtIn, counterparts, questions] = rows[i]!.cells;
        const mls = mlsOf(entry.id);
        expect(counterparts!.text, entry.id).toBe(mls.length === 0 ? 'None' : mls.join(', '));
        expect(counterparts!.links, entry.id).toEqual(mls.map((t) => examGuideMapHref(taskAnchor(t))));
        const count = questionsOf(entry.id).length;
        expect(questions!.text, entry.id).toBe(count === 0 ? 'Gap: none yet' : String(count));
        if (isItem(entry.id)) expectPages(taughtIn!, entry.id);
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
