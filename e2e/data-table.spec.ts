import { expect, test } from '@playwright/test';

test('the built-in algorithms table sorts and filters by keyboard, and reads fine without JavaScript', async ({ page, browser }) => {
  await page.goto('/modeling/algorithm-selection/');
  const wrapper = page.locator('sg-data-table').first();
  const table = wrapper.locator('table');
  const rows = table.locator('tbody tr');
  const total = await rows.count();
  expect(total).toBeGreaterThanOrEqual(22);
  const names = async () => (await table.locator('tbody tr:not([hidden]) td:first-child').allTextContents()).map((t) => t.trim());

  // Sort by algorithm name, descending then ascending, with the keyboard.
  const sortButton = table.getByRole('button', { name: 'Algorithm' });
  await sortButton.focus();
  await page.keyboard.press('Enter');
  const header = table.locator('th').first();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const ascending = await names();
  expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  expect(await names()).toEqual([...ascending].reverse());

  // Filter by data type with the keyboard: the count and the rows follow.
  const select = wrapper.getByLabel('Filter by data type');
  await select.focus();
  const options = await select.locator('option').allTextContents();
  const target = options.find((o) => /^Images?$/i.test(o)) ?? options[1]!;
  await select.selectOption({ label: target });
  const shown = await table.locator('tbody tr:not([hidden])').count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  await expect(wrapper.locator('.sg-data-table-count')).toHaveText(`Showing ${shown} of ${total} built-in algorithms.`);
  for (const cell of await table.locator('tbody tr:not([hidden]) td:nth-child(3)').allTextContents()) {
    expect(cell.toLowerCase()).toContain(target.toLowerCase());
  }
  await select.selectOption({ label: 'All' });
  await expect(table.locator('tbody tr:not([hidden])')).toHaveCount(total);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto('/modeling/algorithm-selection/');
  await expect(plain.locator('sg-data-table table tbody tr')).toHaveCount(total);
  await expect(plain.locator('sg-data-table select')).toHaveCount(0);
  await context.close();
});
