/** Scoring of one question, as the exam scores it: all or nothing. */

export interface ScoredAnswer {
  correct: boolean;
  /** Chosen options that are right. */
  hits: string[];
  /** Chosen options that are wrong. */
  wrong: string[];
  /** Right options not chosen. */
  missed: string[];
}

/**
 * A single-answer question is right when the one correct option is chosen; a multiple-response
 * question only when exactly the correct set is chosen (no partial credit, as on the exam).
 * An empty answer is wrong.
 */
export function scoreQuestion(correctIds: readonly string[], chosen: readonly string[]): ScoredAnswer {
  const right = new Set(correctIds);
  const picked = new Set(chosen);
  const hits = [...picked].filter((id) => right.has(id));
  const wrong = [...picked].filter((id) => !right.has(id));
  const missed = [...right].filter((id) => !picked.has(id));
  return { correct: picked.size > 0 && wrong.length === 0 && missed.length === 0, hits, wrong, missed };
}
