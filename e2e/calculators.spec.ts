import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { classificationMetrics, matrixAtThreshold, regressionMetrics, shardsNeeded } from '../src/lib/widgets/calculators.ts';
import { SCORED_SAMPLE } from '../src/components/mdx/calculator/samples.ts';
import { expect, test } from './fixtures.ts';
import { content } from './site.ts';

const pageWith = (type: string) => content.pages.find((p) => readFileSync(p.file, 'utf8').includes(`<Calculator type="${type}"`))!;

/** A calculator is a form named by its title ("Calculator: …"). */
const calculator = (page: Page, title: RegExp) => page.getByRole('form', { name: title });

/**
 * A result of the calculator: its `<output>`, keyed by the field of the src/lib/widgets/calculators.ts
 * result it shows, the same key the expected value is read from here.
 */
const out = (calc: Locator, key: string) => calc.locator(`output[data-out="${key}"]`);

test.describe('calculators', () => {
  test('confusion-matrix calculator: typed counts, the threshold slider, an invalid input, and the URL', async ({ page }) => {
    await page.goto(`/${pageWith('confusion').id}/`);
    const calc = calculator(page, /^Calculator: from a confusion matrix/);
    await calc.getByLabel('True positives (TP)').fill('90');
    await calc.getByLabel('False positives (FP)').fill('30');
    await calc.getByLabel('False negatives (FN)').fill('10');
    await calc.getByLabel('True negatives (TN)').fill('870');
    await calc.getByLabel('Beta for F-beta').fill('0.5');
    const expected = classificationMetrics({ tp: 90, fp: 30, fn: 10, tn: 870 }, 0.5);
    await expect(out(calc, 'precision')).toHaveText(expected.precision!.toFixed(3));
    await expect(out(calc, 'recall')).toHaveText(expected.recall!.toFixed(3));
    await expect(out(calc, 'fBeta')).toHaveText(expected.fBeta!.toFixed(3));

    await calc.getByLabel(/Threshold/).fill('0.7');
    const m = matrixAtThreshold(SCORED_SAMPLE, 0.7);
    await expect(calc.getByLabel('True positives (TP)')).toHaveValue(String(m.tp));
    await expect(out(calc, 'f1')).toHaveText(classificationMetrics(m).f1!.toFixed(3));

    const tn = calc.getByLabel('True negatives (TN)');
    await tn.fill('-1');
    await expect(tn).toHaveAttribute('aria-invalid', 'true');
    await expect(tn).toHaveAccessibleDescription('Enter a whole number, 0 or more.');
    await expect(out(calc, 'accuracy')).toHaveText('—');
    await tn.fill('5');
    await expect(tn).not.toHaveAttribute('aria-invalid');

    await page.reload();
    await expect(calculator(page, /^Calculator: from a confusion matrix/).getByLabel('True negatives (TN)')).toHaveValue('5');
    await expect(calculator(page, /^Calculator: from a confusion matrix/).getByLabel(/Threshold/)).toHaveValue('0.7');
  });

  test('regression calculator: values typed, mismatched lengths reported on the field', async ({ page }) => {
    await page.goto(`/${pageWith('regression').id}/`);
    const calc = calculator(page, /^Calculator: regression errors/);
    await calc.getByLabel(/Actual values/).fill('10, 20, 30');
    await calc.getByLabel(/Predicted values/).fill('12, 18, 33');
    const r = regressionMetrics([10, 20, 30], [12, 18, 33]);
    await expect(out(calc, 'rmse')).toHaveText(r.rmse!.toFixed(3));
    await expect(out(calc, 'mape')).toHaveText(r.mape!.toFixed(3));
    await calc.getByLabel(/Predicted values/).fill('12, 18');
    await expect(calc.getByLabel(/Predicted values/)).toHaveAccessibleDescription(/as many predicted values as actual values \(3\)/);
    await expect(out(calc, 'mae')).toHaveText('—');
  });

  test('shard calculator follows the per-shard limits', async ({ page }) => {
    await page.goto(`/${pageWith('shards').id}/`);
    const calc = calculator(page, /^Calculator: Kinesis Data Streams shards/);
    await calc.getByLabel(/Records written per second/).fill('3000');
    await calc.getByLabel(/Average record size/).fill('1.5');
    await calc.getByLabel(/Consumers reading everything/).fill('4');
    const standard = shardsNeeded({ recordsPerSecond: 3000, recordKB: 1.5, consumers: 4, enhancedFanOut: false });
    await expect(out(calc, 'shards')).toHaveText(String(standard.shards));
    await calc.getByLabel('Consumers use enhanced fan-out').check();
    const efo = shardsNeeded({ recordsPerSecond: 3000, recordKB: 1.5, consumers: 4, enhancedFanOut: true });
    await expect(out(calc, 'shards')).toHaveText(String(efo.shards));
  });

  test('scaling calculator: min-max and z-scores of typed values, and a bad list reported', async ({ page }) => {
    await page.goto(`/${pageWith('scaling').id}/`);
    const calc = calculator(page, /^Calculator: min-max normalisation/);
    const input = calc.getByLabel(/Values/);
    await input.fill('2, 4, 4, 4, 5, 5, 7, 9');
    await expect(out(calc, 'mean')).toHaveText('5');
    await expect(out(calc, 'sd')).toHaveText('2');
    const table = calc.getByRole('table', { name: 'Scaled values' });
    await expect(table.getByRole('row').nth(1)).toHaveText(/2\s*0\s*-1\.5/);
    await input.fill('2, x');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(/Enter numbers separated by commas/);
  });
});
