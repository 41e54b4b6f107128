/**
 * Whether a question's answer can be checked yet, and the words that say so. A multiple-response
 * question ("Select TWO") is ready only with exactly that many options chosen; the Check button stays
 * focusable either way (`aria-disabled`), and `reason` tells the learner what to change. Pure.
 */
export interface SelectionState {
  ready: boolean;
  /** `"2 of 2 chosen"` for a multiple-response question; empty for a single answer. */
  count: string;
  /** Why Check cannot be pressed yet; empty when it can. */
  reason: string;
}

const plural = (n: number) => `${n} option${n === 1 ? '' : 's'}`;

export function selectionState(type: 'single' | 'multiple', select: number, chosen: number): SelectionState {
  if (type === 'single') {
    return chosen > 0 ? { ready: true, count: '', reason: '' } : { ready: false, count: '', reason: 'Choose an answer to check it.' };
  }
  const count = `${chosen} of ${select} chosen`;
  if (chosen === select) return { ready: true, count, reason: '' };
  if (chosen < select)
    return {
      ready: false,
      count,
      reason: `Choose ${select - chosen} more option${select - chosen === 1 ? '' : 's'} to check your answer.`,
    };
  return {
    ready: false,
    count,
    reason: `This question takes exactly ${select}: clear ${plural(chosen - select)} to check your answer.`,
  };
}
