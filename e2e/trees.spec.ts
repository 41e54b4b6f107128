import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { announcer, expect, reach, test } from './fixtures.ts';
import { pathsToOutcomes } from '../src/lib/widgets/tree.ts';
import { content } from './site.ts';

/** Trees that are embedded in their page (the page's MDX names them). */
function embeddedTrees() {
  return content.trees.filter((t) => {
    const page = content.pages.find((p) => p.id === t.data.page);
    return page && readFileSync(page.file, 'utf8').includes(`<DecisionTree id="${t.data.id}"`);
  });
}

/** A tree widget by its content id (two trees on a page can ask the same first question). */
const treeOf = (page: Page, treeId: string) => page.locator(`sg-tree[data-tree="${treeId}"]`);

async function choose(page: Page, treeId: string, label: string) {
  const tree = treeOf(page, treeId);
  const button = tree.locator('.sg-tree-stage').getByRole('button', { name: label, exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
}

test.describe('decision trees', () => {
  test('walk two trees to an outcome by keyboard; Back, Start over, reload and shared links restore the path', async ({ page }) => {
    const trees = embeddedTrees().slice(0, 2);
    expect(trees.length).toBeGreaterThan(0);
    for (const { data: tree } of trees) {
      const [outcomeId, paths] = [...pathsToOutcomes(tree)].sort((a, b) => b[1][0]!.length - a[1][0]!.length)[0]!;
      const path = paths[0]!;
      await page.goto(`/${tree.page}/`);
      const el = treeOf(page, tree.id);
      // The question and the recommendation are a heading-less paragraph and a focus target, found by class.
      await el.scrollIntoViewIfNeeded();
      let node = tree.start;
      for (const [step, choice] of path.entries()) {
        await expect(el.locator('.sg-tree-question')).toHaveText(`Step ${step + 1}: ${tree.nodes[node]!.question}`);
        const option = tree.nodes[node]!.options[choice]!;
        await choose(page, tree.id, option.label);
        node = option.next;
      }
      const outcome = tree.outcomes[outcomeId]!;
      const recommendation = el.locator('.sg-tree-stage .sg-tree-recommendation');
      await expect(recommendation).toBeFocused();
      await expect(recommendation).toContainText(outcome.recommendation.replace(/[*`_]/g, ''));
      await expect(announcer(page)).toContainText('Recommendation');
      await expect(el.getByRole('list', { name: 'Your answers so far' }).getByRole('listitem')).toHaveCount(path.length);

      // The path is in the URL: a reload and a fresh visit of the link land on the same outcome.
      const url = page.url();
      expect(new URL(url).searchParams.get(tree.id)).toBe(path.map((c) => c + 1).join('.'));
      await page.reload();
      await reach(el);
      await expect(el.locator('.sg-tree-stage .sg-tree-recommendation')).toContainText(outcome.recommendation.replace(/[*`_]/g, ''));
      const fresh = await page.context().newPage();
      await fresh.goto(url);
      await reach(treeOf(fresh, tree.id));
      await expect(treeOf(fresh, tree.id).locator('.sg-tree-stage .sg-tree-recommendation')).toBeVisible();
      await fresh.close();

      // Back returns to the last question; Start over to the first.
      await el.getByRole('button', { name: 'Back' }).click();
      await expect(el.locator('.sg-tree-question')).toBeFocused();
      await expect(el.getByRole('list', { name: 'Your answers so far' }).getByRole('listitem')).toHaveCount(path.length - 1);
      await el.getByRole('button', { name: 'Start over' }).click();
      await expect(el.locator('.sg-tree-question')).toHaveText(`Step 1: ${tree.nodes[tree.start]!.question}`);
      expect(new URL(page.url()).searchParams.has(tree.id)).toBe(false);
    }
  });

  test('without JavaScript every tree shows every question and every outcome', async ({ newContext }) => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const { data: tree } of embeddedTrees()) {
      await page.goto(`/${tree.page}/`);
      const el = treeOf(page, tree.id);
      await expect(el.locator('details.sg-tree-all')).toHaveAttribute('open', '');
      for (const node of Object.values(tree.nodes)) await expect(el.locator('.sg-tree-outline')).toContainText(node.question);
      // Outcomes are the targets of the outline's links, so found by the id those links point to.
      for (const id of Object.keys(tree.outcomes)) await expect(el.locator(`#tree-${tree.id}-${id}`)).toBeVisible();
    }
  });

  test('the decision guides page lists every tree, and trees.json matches the content', async ({ page, request }) => {
    await page.goto('/reference/decision-guides/');
    for (const { data: tree } of content.trees) await expect(page.getByRole('link', { name: tree.title })).toBeVisible();
    const data = (await (await request.get('/data/trees.json')).json()) as {
      version: number;
      trees: { id: string; page: string; start: string }[];
    };
    expect(data.version).toBe(1);
    expect(data.trees.map((t) => t.id).sort()).toEqual(content.trees.map((t) => t.data.id).sort());
    for (const t of data.trees) expect(t.page).toMatch(/^\/.+\/$/);
  });
});
