import type { Locator } from '@playwright/test';
import { expect, reach, test } from './fixtures.ts';

/** The text of one column of the rows shown (rows the filter hides are not in the accessibility tree). */
const column = (rows: Locator, index: number) =>
  rows.evaluateAll((trs, i) => trs.map((tr) => ((tr as HTMLTableRowElement).cells[i]?.textContent ?? '').trim()), index);

test.describe('data tables', () => {
  test('the built-in algorithms table sorts and filters by keyboard, and reads fine without JavaScript', async ({ page, newContext }) => {
    await page.goto('/modeling/algorithm-selection/');
    // The widget element: the table, its filter and its count line together, with no role of its own.
    const wrapper = await reach(page.locator('sg-data-table').first());
    const table = wrapper.getByRole('table');
    // Body rows: the header row holds column headers, not cells.
    const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
    const total = await rows.count();
    expect(total).toBeGreaterThanOrEqual(22);
    const names = () => column(rows, 0);

    // Sort by algorithm name, descending then ascending, with the keyboard.
    const sortButton = table.getByRole('button', { name: 'Algorithm' });
    await sortButton.focus();
    await page.keyboard.press('Enter');
    const header = table.getByRole('columnheader').first();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const ascending = await names();
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(await names()).toEqual([...ascending].reverse());

    // Filter by data type with the keyboard: the count and the rows follow.
    const select = wrapper.getByLabel('Filter by data type');
    await select.focus();
    const options = await select.getByRole('option').allTextContents();
    const target = options.find((o) => /^Images?$/i.test(o)) ?? options[1]!;
    await select.selectOption({ label: target });
    const count = wrapper.getByText(/^Showing \d+ of \d+ /);
    await expect(count).toBeVisible();
    const shown = await rows.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    await expect(count).toHaveText(`Showing ${shown} of ${total} built-in algorithms.`);
    for (const cell of await column(rows, 2)) {
      expect(cell.toLowerCase()).toContain(target.toLowerCase());
    }
    await select.selectOption({ label: 'All' });
    await expect(rows).toHaveCount(total);

    const context = await newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto('/modeling/algorithm-selection/');
    const plainTable = plain.locator('sg-data-table').first();
    await expect(
      plainTable
        .getByRole('table')
        .getByRole('row')
        .filter({ has: plain.getByRole('cell') }),
    ).toHaveCount(total);
    // By tag, hidden or not: without JavaScript the filter is not rendered at all.
    await expect(plain.locator('sg-data-table select')).toHaveCount(0);
  });
});
