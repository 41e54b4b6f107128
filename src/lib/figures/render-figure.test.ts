import { describe, expect, it } from 'vitest';
import { CHART_NAMES, CHARTS } from './charts.ts';
import { renderFigure } from './render-figure.ts';

const base = { page: 'modeling/evaluation-metrics', id: 'roc', caption: 'ROC curves of two models', alt: 'Two curves above the diagonal' };

describe('renderFigure', () => {
  it('renders a Mermaid diagram to an accessible SVG with no script', () => {
    const f = renderFigure({ ...base, id: 'flow', diagram: 'flowchart TB\n  A[Producers] --> B[Kinesis Data Streams]' });
    expect(f.anchor).toBe('fig-flow');
    expect(f.svg).toContain('role="img"');
    expect(f.svg).toContain('Kinesis Data Streams');
    expect(f.svg).not.toMatch(/<script|<style|@import/);
    expect(f.table).toBeUndefined();
  });
  it('renders every chart with a table of its numbers', () => {
    for (const name of CHART_NAMES) {
      const f = renderFigure({ ...base, id: name, chart: name });
      expect(f.svg, name).toContain('class="sg-figure-svg sg-fig-chart"');
      expect(f.table!.rows.length, name).toBeGreaterThan(0);
      for (const row of f.table!.rows) expect(row.length, name).toBe(f.table!.columns.length);
      expect(f.svg.length, `${name} stays small`).toBeLessThan(12_000);
    }
  });
  it('draws the same chart twice the same way', () => {
    expect(CHARTS['kmeans-elbow']().svg).toBe(CHARTS['kmeans-elbow']().svg);
  });
  it('fails naming the page, the figure and the cause', () => {
    expect(() => renderFigure({ ...base, chart: 'roc-curve' })).toThrow(
      /^<Figure id="roc"> on \/modeling\/evaluation-metrics\/: chart: found "roc-curve"; allowed: roc-curves, /,
    );
    expect(() => renderFigure({ ...base, diagram: 'pie title x' })).toThrow(
      /<Figure id="roc"> on .*: the diagram does not render: the diagram starts with "pie"/,
    );
    expect(() => renderFigure({ ...base, diagram: 'flowchart TB\n  A -->', chart: 'roc-curves' })).toThrow(/exactly one of diagram/);
    expect(() => renderFigure({ ...base, id: 'Bad Id', chart: 'roc-curves' })).toThrow(/id: expected lower-case words/);
    expect(() => renderFigure({ ...base, alt: '', chart: 'roc-curves' })).toThrow(/alt: found ""/);
  });
});

describe('malformed Mermaid the renderer would skip', () => {
  it('fails naming the line', () => {
    expect(() => renderFigure({ ...base, diagram: 'flowchart TB\n  A[open --> B' })).toThrow(/line 2: unbalanced "\[\]"/);
    expect(() => renderFigure({ ...base, diagram: 'flowchart TB\n  A --> B\n  B -->' })).toThrow(
      /2 arrows in the text but only 1 edges parsed/,
    );
  });
});
