import { describe, expect, it } from 'vitest';
import { oneOf, tableHeaders, unknownValues } from './props.ts';

describe('MDX prop checks', () => {
  it('names the component, page, prop, value and what is allowed', () => {
    expect(() => oneOf('Calculator', 'modeling/evaluation-metrics', 'type', 'confusio', ['confusion', 'regression'])).toThrow(
      '<Calculator type> on /modeling/evaluation-metrics/: found "confusio"; allowed: confusion, regression',
    );
    expect(oneOf('Calculator', 'p', 'type', 'regression', ['confusion', 'regression'])).toBe('regression');
    expect(() => oneOf('Callout', 'p', 'type', undefined, ['note'])).toThrow('found undefined');
  });

  it('reads table headers and finds filters that match none', () => {
    const headers = tableHeaders('<table><thead><tr><th>Algorithm</th><th align="left">Problem <code>type</code></th><th>A &amp; B</th></tr></thead></table>');
    expect(headers).toEqual(['Algorithm', 'Problem type', 'A & B']);
    expect(unknownValues(['Problem type', 'Data typ'], headers)).toEqual(['Data typ']);
  });
});
