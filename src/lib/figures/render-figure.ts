/**
 * One figure from what its author wrote: Mermaid text (`diagram`) or a chart name (`chart`), rendered
 * to a finished, accessible SVG (svg.ts). Any failure becomes a build error naming the page, the
 * figure and the cause: `<Figure id="kds-flow"> on /data-engineering/streaming-ingestion/: …`. Pure.
 */
import { CHART_NAMES, CHARTS, type ChartName, type ChartTable } from './charts.ts';
import { renderDiagram } from './diagram.ts';
import { finishSvg } from './svg.ts';
import { figureAnchor } from '../urls.ts';

export interface FigureInput {
  /** The page's path without slashes (`data-engineering/streaming-ingestion`). */
  page: string;
  id: unknown;
  caption: unknown;
  alt: unknown;
  diagram?: unknown;
  chart?: unknown;
}

export interface RenderedFigure {
  anchor: string;
  svg: string;
  /** A chart's numbers, its text equivalent; diagrams bring their text from the page. */
  table?: ChartTable;
  synthetic: boolean;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class FigureError extends Error {}

export function renderFigure(input: FigureInput): RenderedFigure {
  const where = `<Figure id=${JSON.stringify(input.id)}> on /${input.page}/`;
  const fail = (message: string): never => {
    throw new FigureError(`${where}: ${message}`);
  };
  if (typeof input.id !== 'string' || !ID.test(input.id)) fail('id: expected lower-case words joined by hyphens, such as "kds-flow"');
  const id = input.id as string;
  for (const prop of ['caption', 'alt'] as const) {
    const value = input[prop];
    if (typeof value !== 'string' || value.trim().length < 10)
      fail(`${prop}: found ${JSON.stringify(value)}; allowed: a sentence of 10 characters or more`);
  }
  const hasDiagram = input.diagram !== undefined;
  const hasChart = input.chart !== undefined;
  if (hasDiagram === hasChart) fail('give exactly one of diagram (Mermaid text) or chart (a chart name)');
  const anchor = figureAnchor(id);
  const finish = (svg: string, kind: 'diagram' | 'chart') =>
    finishSvg(svg, { prefix: anchor, title: input.caption as string, desc: input.alt as string, kind });
  if (hasDiagram) {
    if (typeof input.diagram !== 'string') return fail('diagram: expected Mermaid text in a template literal');
    try {
      return { anchor, svg: finish(renderDiagram(input.diagram), 'diagram'), synthetic: false };
    } catch (error) {
      return fail(`the diagram does not render: ${(error as Error).message}`);
    }
  }
  if (typeof input.chart !== 'string' || !(CHART_NAMES as string[]).includes(input.chart)) {
    return fail(`chart: found ${JSON.stringify(input.chart)}; allowed: ${CHART_NAMES.join(', ')}`);
  }
  try {
    const chart = CHARTS[input.chart as ChartName]();
    return { anchor, svg: finish(chart.svg, 'chart'), table: chart.table, synthetic: chart.synthetic };
  } catch (error) {
    return fail(`the chart does not render: ${(error as Error).message}`);
  }
}
