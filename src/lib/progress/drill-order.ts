/**
 * The order a drill shows its questions in: never answered first (in their given order), then those
 * whose latest answer was wrong, then those answered right; within each of the last two, the one
 * answered longest ago first. Pure.
 */
import type { AnswerRecord } from './progress-store.ts';

export function drillOrder(ids: readonly string[], answers: Readonly<Record<string, AnswerRecord>>): string[] {
  const rank = (id: string): [number, number] => {
    const answer = answers[id];
    if (!answer) return [0, 0];
    return [answer.correct ? 2 : 1, Date.parse(answer.at)];
  };
  return ids
    .map((id, index) => ({ id, index, rank: rank(id) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.index - b.index)
    .map((x) => x.id);
}
