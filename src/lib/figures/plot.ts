/**
 * Charts: Observable Plot drawing on linkedom's server-side DOM at build time (no browser). The
 * helpers here fix the guide's chart conventions so every chart reads the same way:
 * - series are told apart by a class (`sg-fig-s1` … `sg-fig-s4`, coloured from tokens in figure.css,
 *   CanvasText in forced colours), a dash pattern and a direct label at the line's end: never by colour alone;
 * - axes and text use `currentColor`, so both themes and print follow the page's text colour;
 * - a fixed class name replaces Plot's default, and Plot's embedded style is dropped by finishSvg.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** The dash pattern of the n-th series (0-based): solid, dashed, dotted, dash-dot. */
export const DASHES = ['none', '6 4', '2 3', '8 3 2 3'] as const;

/** The class of the n-th series (0-based). */
export const seriesClass = (n: number): string => `sg-fig-s${(n % 4) + 1}`;

export type Point = readonly [number, number];

export interface Series {
  name: string;
  points: readonly Point[];
  /** Where the series' label sits: the index of a point (default: the last), which side, how far above. */
  label?: { at?: number; x?: number; y?: number; anchor?: 'start' | 'middle' | 'end'; dy?: number };
}

export interface LineOptions {
  x: string;
  y: string;
  xDomain?: [number, number];
  yDomain?: [number, number];
  yType?: 'linear' | 'log';
  yTickFormat?: string;
  /** Extra marks drawn over the lines (reference rules, markers). */
  marks?: Plot.Markish[];
  height?: number;
}

export const WIDTH = 560;

/** A finished Plot figure as SVG text. */
export function plotSvg(options: Plot.PlotOptions): string {
  const svg = Plot.plot({
    document: document as unknown as Document,
    className: 'sg-plot',
    width: WIDTH,
    height: 320,
    marginBottom: 46,
    marginTop: 30,
    style: { fontSize: '14px', background: 'none' },
    ...options,
  });
  return (svg as unknown as { outerHTML: string }).outerHTML;
}

/** One or more lines, each with its own class, dash and end label. */
export function lineChart(series: readonly Series[], o: LineOptions): string {
  const marks: Plot.Markish[] = [];
  series.forEach((s, i) => {
    const data = s.points.map(([x, y]) => ({ x, y }));
    marks.push(Plot.line(data, { x: 'x', y: 'y', className: seriesClass(i), strokeWidth: 2.5, strokeDasharray: DASHES[i % 4]! }));
    const point = data[s.label?.at ?? data.length - 1] ?? data[data.length - 1];
    const at = point && { x: s.label?.x ?? point.x, y: s.label?.y ?? point.y };
    if (series.length > 1 && at) {
      marks.push(
        Plot.text([at], {
          x: 'x',
          y: 'y',
          text: () => s.name,
          dy: s.label?.dy ?? -10,
          textAnchor: s.label?.anchor ?? 'end',
          className: 'sg-fig-label',
          fill: 'currentColor',
          stroke: 'var(--sg-bg)',
          strokeWidth: 4,
          paintOrder: 'stroke',
        }),
      );
    }
  });
  return plotSvg({
    height: o.height ?? 320,
    marginRight: 24,
    x: { label: o.x, ...(o.xDomain && { domain: o.xDomain }), labelAnchor: 'center', labelArrow: 'none' },
    y: {
      label: o.y,
      ...(o.yDomain && { domain: o.yDomain }),
      type: o.yType ?? 'linear',
      grid: true,
      labelArrow: 'none',
      ...(o.yTickFormat && { tickFormat: o.yTickFormat }),
    },
    marks: [...marks, ...(o.marks ?? [])],
  });
}

/** Bars from category to value, each labelled with its value (the bar's length is never the only cue). */
export function barChart(
  bars: readonly { label: string; value: number; series?: number }[],
  o: {
    x: string;
    y: string;
    marginLeft?: number;
    xTicks?: number[];
    format?: (v: number) => string;
    height?: number;
    marks?: Plot.Markish[];
    xType?: 'linear' | 'log';
  },
): string {
  const format = o.format ?? ((v: number) => String(v));
  return plotSvg({
    height: o.height ?? 40 + bars.length * 34,
    marginLeft: o.marginLeft ?? 150,
    marginRight: 60,
    x: {
      label: o.x,
      grid: true,
      type: o.xType ?? 'linear',
      labelAnchor: 'center',
      labelArrow: 'none',
      ...(o.xTicks ? { ticks: o.xTicks, tickFormat: '~s' } : {}),
    },
    y: { label: o.y, domain: bars.map((b) => b.label) },
    marks: [
      ...bars.map((b) =>
        Plot.barX(
          [b],
          o.xType === 'log'
            ? { x1: 1, x2: 'value', y: 'label', className: seriesClass(b.series ?? 0) }
            : { x: 'value', y: 'label', className: seriesClass(b.series ?? 0) },
        ),
      ),
      Plot.text(bars, { x: 'value', y: 'label', text: (b: { value: number }) => format(b.value), dx: 6, textAnchor: 'start' }),
      ...(o.marks ?? []),
    ],
  });
}

export { Plot };
