import { describe, expect, it } from 'vitest';
import { filterTokens, rowMatches, sortRows } from './data-table.ts';

describe('data table logic', () => {
  it('sorts naturally in both directions', () => {
    const rows = ['Item 10', 'item 2', 'Item 1'].map((key) => ({ key }));
    expect(sortRows(rows, true).map((r) => r.key)).toEqual(['Item 1', 'item 2', 'Item 10']);
    expect(sortRows(rows, false).map((r) => r.key)).toEqual(['Item 10', 'item 2', 'Item 1']);
  });

  it('splits cells into distinct filter values without remarks in parentheses', () => {
    expect(filterTokens(['Classification, regression (AutoML)', 'Regression', 'Anomaly detection or clustering'])).toEqual([
      'Anomaly detection',
      'Classification',
      'Clustering',
      'Regression',
    ]);
  });

  it('matches a row when its cell mentions the value', () => {
    expect(rowMatches('Classification, regression (AutoML)', 'Regression')).toBe(true);
    expect(rowMatches('Tabular', 'Text')).toBe(false);
    expect(rowMatches('anything', '')).toBe(true);
  });
});
