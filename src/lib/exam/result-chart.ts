/**
 * The bars that open a practice exam's results: the whole exam and each domain as a share right,
 * set against the pass line. The pass line is the share that the guide's estimate maps onto AWS's
 * passing score (750 on 100–1000, about 72 %): the same linear mapping as `scaledScoreRange`, so a bar
 * that reaches the line is a result the estimate centres on a pass. Pure.
 */
import { PASSING_SCORE, SCALE_MAX, SCALE_MIN, type Tally } from './score-exam.ts';

/** The share right (0–1) that the estimate maps onto the passing score. */
export const PASS_SHARE = (PASSING_SCORE - SCALE_MIN) / (SCALE_MAX - SCALE_MIN);

export interface ResultBar {
  label: string;
  correct: number;
  total: number;
  /** Share right, 0–1 (0 when there were no questions). */
  share: number;
  /** Whether the share reaches the pass line. */
  reaches: boolean;
  /** The bar's words: "7 of 12 right (58 %), below the pass line". */
  text: string;
}

const pct = (share: number) => `${Math.round(100 * share)} %`;

export function resultBar(label: string, tally: Tally | undefined): ResultBar {
  const correct = tally?.correct ?? 0;
  const total = tally?.total ?? 0;
  const share = total === 0 ? 0 : correct / total;
  const reaches = total > 0 && share >= PASS_SHARE;
  const where = total === 0 ? 'no questions' : reaches ? 'at or above the pass line' : 'below the pass line';
  return { label, correct, total, share, reaches, text: `${correct} of ${total} right (${total === 0 ? '–' : pct(share)}), ${where}` };
}

/** The whole exam first, then each domain in outline order. */
export function resultBars(
  overall: Tally,
  domains: readonly { id: string | number; title: string }[],
  byDomain: ReadonlyMap<number, Tally>,
): ResultBar[] {
  return [resultBar('Whole exam', overall), ...domains.map((d) => resultBar(`${d.id}. ${d.title}`, byDomain.get(Number(d.id))))];
}

/** The pass line's label: "Pass line ≈ 72 %". */
export const passLineText = `Pass line ≈ ${pct(PASS_SHARE)}`;
