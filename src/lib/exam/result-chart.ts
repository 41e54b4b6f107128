/**
 * The bars that open a practice exam's results: the whole exam and each domain as a share right,
 * set against the pass line. The pass line is the share that the guide's estimate maps onto AWS's
 * passing score (MLS-C01: 750 on 100–1000, about 72 %; MLA-C01: 720, about 69 %): the same linear
 * mapping as `scaledScoreRange`, so a bar that reaches the line is a result the estimate centres on a
 * pass. Pure.
 */
import { MLS_SCALE, type ScoreScale, type Tally } from './score-exam.ts';

/** The share right (0–1) that the estimate maps onto the passing score of `scale`. */
export const passShareOf = (scale: ScoreScale): number => (scale.passingScore - scale.scaleMin) / (scale.scaleMax - scale.scaleMin);

/** MLS-C01's pass share (750 on 100–1000). */
export const PASS_SHARE = passShareOf(MLS_SCALE);

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

export function resultBar(label: string, tally: Tally | undefined, passShare = PASS_SHARE): ResultBar {
  const correct = tally?.correct ?? 0;
  const total = tally?.total ?? 0;
  const share = total === 0 ? 0 : correct / total;
  const reaches = total > 0 && share >= passShare;
  const where = total === 0 ? 'no questions' : reaches ? 'at or above the pass line' : 'below the pass line';
  return { label, correct, total, share, reaches, text: `${correct} of ${total} right (${total === 0 ? '–' : pct(share)}), ${where}` };
}

/** The whole exam first, then each domain in outline order. */
export function resultBars(
  overall: Tally,
  domains: readonly { id: string | number; title: string }[],
  byDomain: ReadonlyMap<number, Tally>,
  passShare = PASS_SHARE,
): ResultBar[] {
  return [
    resultBar('Whole exam', overall, passShare),
    ...domains.map((d) => resultBar(`${d.id}. ${d.title}`, byDomain.get(Number(d.id)), passShare)),
  ];
}

/** The pass line's label for a pass share: "Pass line ≈ 72 %". */
export const passLineTextOf = (passShare: number): string => `Pass line ≈ ${pct(passShare)}`;

/** MLS-C01's pass line label. */
export const passLineText = passLineTextOf(PASS_SHARE);
