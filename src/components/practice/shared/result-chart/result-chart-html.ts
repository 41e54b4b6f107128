/**
 * The markup of a result chart (result-chart.css): a figure whose caption names it and the pass
 * line, and a list of bars, each with its label, its value in words and a drawn track. The words
 * carry every value, so the drawing is hidden from assistive technology.
 */
import { PASS_SHARE, passLineTextOf, type ResultBar } from '../../../../lib/exam/result-chart.ts';
import { escapeHtml } from '../../../../client/html.ts';

/** `passShare`: where the pass line is drawn (MLS-C01's by default); the bars' `reaches` must use the same. */
export function resultChartHtml(id: string, title: string, passNote: string, bars: readonly ResultBar[], passShare = PASS_SHARE): string {
  const items = bars
    .map(
      (b) =>
        `<li class="sg-result-bar" data-reaches="${b.reaches}"><span class="sg-result-label">${escapeHtml(b.label)}</span>` +
        `<span class="sg-result-track" aria-hidden="true"><span class="sg-result-fill" style="inline-size: ${(100 * b.share).toFixed(1)}%"></span></span>` +
        `<span class="sg-result-value">${b.text}</span></li>`,
    )
    .join('');
  return (
    `<figure class="sg-result-chart" style="--sg-pass: ${(100 * passShare).toFixed(1)}%" aria-labelledby="${id}">` +
    `<figcaption id="${id}"><strong>${escapeHtml(title)}</strong> <span class="sg-result-pass">${passLineTextOf(passShare)}${passNote}</span></figcaption>` +
    `<ul class="sg-result-bars" role="list" data-chart>${items}</ul></figure>`
  );
}
