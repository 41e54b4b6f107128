/**
 * Drawing a practice exam from the bank, as the real exam is built: 65 questions in the domain
 * weights of the exam guide (20/24/36/20 % → 13, 16, 23, 13), no question twice, questions the
 * learner has not answered anywhere on the site first, then the ones answered longest ago.
 * Deterministic for a given seed, so an attempt can be tested and reproduced. Pure.
 */
import { seededRandom } from '../random.ts';

export interface BankEntry {
  id: string;
  domain: number;
}

/** Questions per domain on the real exam (65 in all, of which AWS scores 50; all 65 are scored here). */
export const EXAM_BLUEPRINT: Readonly<Record<number, number>> = { 1: 13, 2: 16, 3: 23, 4: 13 };
export const EXAM_LENGTH = 65;
export const EXAM_MINUTES = 180;

/** Fisher–Yates on a copy. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Pick the questions of one attempt. `lastSeen` maps question ids the learner has answered to the
 * time (ms) of the latest answer. A domain with too few questions gives what it has and the rest
 * comes from the other domains, so the attempt is as long as the bank allows.
 */
export function assembleExam(
  bank: readonly BankEntry[],
  lastSeen: ReadonlyMap<string, number>,
  seed: number,
  blueprint: Readonly<Record<number, number>> = EXAM_BLUEPRINT,
): string[] {
  const random = seededRandom(seed);
  // Shuffle first so that ties (all unseen, or seen at the same time) are broken at random.
  const byPreference = (entries: readonly BankEntry[]) =>
    shuffle(entries, random)
      .map((entry, order) => ({ entry, order, seen: lastSeen.get(entry.id) ?? -Infinity }))
      .sort((a, b) => a.seen - b.seen || a.order - b.order)
      .map((x) => x.entry);
  const unique = [...new Map(bank.map((q) => [q.id, q])).values()];
  const chosen: BankEntry[] = [];
  const left: BankEntry[] = [];
  for (const [domain, count] of Object.entries(blueprint)) {
    const ranked = byPreference(unique.filter((q) => q.domain === Number(domain)));
    chosen.push(...ranked.slice(0, count));
    left.push(...ranked.slice(count));
  }
  const wanted = Object.values(blueprint).reduce((a, b) => a + b, 0);
  if (chosen.length < wanted) chosen.push(...byPreference(left).slice(0, wanted - chosen.length));
  // The real exam mixes the domains.
  return shuffle(chosen, random).map((q) => q.id);
}

export { seededRandom };

/**
 * The drawn questions with each case study's questions next to each other, at the place of the first
 * one drawn and in the order drawn, as a case study's questions follow one another on MLA-C01. Every
 * other question keeps its place relative to the rest. `caseOf` gives a question's case id, if any.
 */
export function keepCasesTogether(ids: readonly string[], caseOf: (id: string) => string | undefined): string[] {
  const members = new Map<string, string[]>();
  for (const id of ids) {
    const c = caseOf(id);
    if (c !== undefined) members.set(c, [...(members.get(c) ?? []), id]);
  }
  return ids.flatMap((id) => {
    const c = caseOf(id);
    if (c === undefined) return [id];
    const group = members.get(c)!;
    return group[0] === id ? group : [];
  });
}
