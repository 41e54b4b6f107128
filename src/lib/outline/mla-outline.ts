/**
 * The MLA-C01 outline's ids: what each one names, and the counts AWS's exam guide has. Pure.
 * Coverage works as for MLS-C01 (`covers` in outline.ts): a task statement (`mla:2.3`) is covered by
 * its own id or any of its items; an item (`mla:2.3.k4`) only by its own id.
 */
import type { MlaDomain, MlaFact, MlaItem, MlaOutline, MlaTask } from '../../schemas/mla-outline.ts';

/** The counts of AWS's MLA-C01 outline; content/mla-outline.yaml must have exactly these. */
export const MLA_COUNTS = { tasks: 12, knowledge: 63, skills: 70 } as const;

/** What an MLA-C01 id refers to. */
export interface MlaEntry {
  id: string;
  kind: 'task' | 'knowledge' | 'skill';
  /** The task statement's title or the item's text. */
  title: string;
  domain: MlaDomain;
  task: MlaTask;
}

/** The items of a task statement in AWS's order: knowledge first, then skills. */
export const mlaItems = <T = MlaItem>(task: { knowledge: readonly T[]; skills: readonly T[] }): T[] => [...task.knowledge, ...task.skills];

/** What an MLA-C01 id names, from its form: `mla:2.3` a task statement, `mla:2.3.k4` knowledge, `mla:2.3.s9` a skill. */
export function mlaKind(id: string): MlaEntry['kind'] {
  if (/\.k\d+$/.test(id)) return 'knowledge';
  if (/\.s\d+$/.test(id)) return 'skill';
  return 'task';
}

/** Every task statement and item of the MLA-C01 outline by id. */
export function indexMlaOutline(outline: MlaOutline): Map<string, MlaEntry> {
  const index = new Map<string, MlaEntry>();
  for (const domain of outline.domains) {
    for (const task of domain.tasks) {
      index.set(task.id, { id: task.id, kind: 'task', title: task.title, domain, task });
      for (const item of task.knowledge) index.set(item.id, { id: item.id, kind: 'knowledge', title: item.text, domain, task });
      for (const item of task.skills) index.set(item.id, { id: item.id, kind: 'skill', title: item.text, domain, task });
    }
  }
  return index;
}

/**
 * The MLA-C01 domain a question counts in: the domain of its FIRST `mla:` id (`mla:2.3.k4` → 2),
 * as the MLA-C01 weights and practice exam count it; null when it has none.
 */
export function mlaDomainOf(ids: readonly string[]): number | null {
  const match = /^mla:([1-9])\./.exec(ids[0] ?? '');
  return match ? Number(match[1]) : null;
}

/** The number part of an MLA id, as shown to readers: `mla:2.3.k4` → `2.3.k4`. */
export const mlaLabel = (id: string): string => id.replace(/^mla:/, '');

/** The heading AWS gives an item's list, `Knowledge of` or `Skills in`; undefined for a task statement. */
export function mlaKindLabel(id: string): 'Knowledge of' | 'Skills in' | undefined {
  const kind = mlaKind(id);
  return kind === 'knowledge' ? 'Knowledge of' : kind === 'skill' ? 'Skills in' : undefined;
}

/** How sure an exam fact is, in words for readers. */
export function mlaFactLabel(status: MlaFact['status']): string {
  return { aws: 'AWS page', 'guide-text': 'Exam guide, read through verbatim copies', 'not-stated': 'Not in the exam guide' }[status];
}
