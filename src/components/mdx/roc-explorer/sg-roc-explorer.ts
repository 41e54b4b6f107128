/**
 * `<sg-roc-explorer>`: moves the point on the ROC and precision–recall curves (RocExplorer.astro) to
 * the calculator's threshold, on every move of the slider and once the calculator has restored its
 * state from the URL. The calculator's own live summary announces the new metrics, so this element
 * stays silent.
 */
import { define, SgElement } from '../../../client/sg-element.ts';
import { CURVES, type CurveName, describePoint, pointPosition, thresholdPoint } from '../../../lib/figures/threshold-curves.ts';
import { SCORED_SAMPLE } from '../calculator/samples.ts';

export class SgRocExplorer extends SgElement {
  protected setup(): void {
    const id = this.dataset.input ?? '';
    const input = document.getElementById(id);
    if (!(input instanceof HTMLInputElement)) throw new Error(`sg-roc-explorer: missing input#${id}`);
    const points = [...this.querySelectorAll<SVGCircleElement>('circle[data-point]')];
    if (points.length !== 2) throw new Error('sg-roc-explorer: missing circle[data-point]');
    const output = this.requirePart('[data-readout]');
    const move = () => {
      const at = thresholdPoint(SCORED_SAMPLE, Number(input.value));
      for (const circle of points) {
        const curve = CURVES[circle.dataset.point as CurveName];
        const { cx, cy } = pointPosition(curve.x(at), curve.y(at));
        circle.setAttribute('cx', String(cx));
        circle.setAttribute('cy', String(cy));
      }
      output.textContent = describePoint(at);
    };
    input.addEventListener('input', move);
    // The calculator restores the threshold from the URL in its own setup; read it after that.
    void customElements.whenDefined('sg-calculator').then(move);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-roc-explorer': SgRocExplorer;
  }
}

define('sg-roc-explorer', SgRocExplorer);
