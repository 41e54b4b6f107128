/**
 * Build-time SVG of the threshold explorer's two curves (threshold-curves.ts gives the numbers and
 * the frame). The marker is drawn here at the starting threshold, as a plain `<circle>` the explorer
 * moves by its `cx`/`cy`.
 */
import { finishSvg } from './svg.ts';
import { CURVES, type CurveName, curvePoints, FRAME, pointPosition, type ScoredExample, thresholdPoint } from './threshold-curves.ts';
import { Plot, plotSvg, seriesClass } from './plot.ts';

export function thresholdChart(
  curve: CurveName,
  sample: readonly ScoredExample[],
  threshold: number,
  prefix: string,
  title: string,
  desc: string,
): string {
  const c = CURVES[curve];
  const points = curvePoints(sample).map((p) => ({ x: c.x(p), y: c.y(p) }));
  const svg = plotSvg({
    ...FRAME,
    x: { label: c.xLabel, domain: [0, 1], ticks: 5, labelAnchor: 'center', labelArrow: 'none' },
    y: { label: c.yLabel, domain: [0, 1], ticks: 5, grid: true, labelArrow: 'none' },
    marks: [
      curve === 'roc'
        ? Plot.line(
            [
              { x: 0, y: 0 },
              { x: 1, y: 1 },
            ],
            { x: 'x', y: 'y', strokeDasharray: '2 3', strokeOpacity: 0.6 },
          )
        : Plot.ruleY([sample.filter((e) => e.positive).length / sample.length], { strokeDasharray: '2 3', strokeOpacity: 0.6 }),
      Plot.line(points, { x: 'x', y: 'y', className: seriesClass(0), strokeWidth: 2.5 }),
      Plot.dot(points, { x: 'x', y: 'y', r: 2.5, fill: 'currentColor', className: seriesClass(0) }),
    ],
  });
  const at = thresholdPoint(sample, threshold);
  const { cx, cy } = pointPosition(c.x(at), c.y(at));
  const marker = `<circle class="sg-fig-explorer-point" data-point="${curve}" cx="${cx}" cy="${cy}" r="7"/>`;
  // Added after finishSvg, which drops data-* attributes: the element finds the marker by its data-point.
  return finishSvg(svg, { prefix, title, desc, kind: 'chart' }).replace(/<\/svg>$/, `${marker}</svg>`);
}
