/**
 * The pages to read for a task statement a learner is weak in: pages of the exam domains (never
 * the exam or reference pages, which mention every task), the pages that teach most of the task's
 * bullets first. Pure; the progress page and the practice index pass the pages in.
 */
import { covers } from './outline.ts';

export interface StudyPage {
  /** Page id (its path under content/pages without the extension). */
  id: string;
  /** Exam domain the page belongs to; pages of no domain (exam, reference) are never suggested. */
  domain: number | undefined;
  tasks: readonly string[];
  /** Reading order within its section, to break ties. */
  order: number;
}

/**
 * Up to `max` page ids that teach task statement `taskId` (for example `3.2`), best first: the page
 * covering most of the task's bullets (tagged with the bullet, or with the whole task, which counts
 * as covering each bullet once), then pages of the task's own domain, then reading order.
 */
export function studyPagesFor(taskId: string, bullets: readonly string[], pages: readonly StudyPage[], max = 3): string[] {
  const domain = Number(taskId.split('.')[0]);
  const score = (p: StudyPage): number => (p.tasks.includes(taskId) ? bullets.length : bullets.filter((b) => p.tasks.includes(b)).length);
  return pages
    .filter((p) => p.domain !== undefined && covers(p.tasks, taskId))
    .map((p) => ({ p, s: score(p) }))
    .sort(
      (a, b) =>
        b.s - a.s || Number(b.p.domain === domain) - Number(a.p.domain === domain) || a.p.order - b.p.order || a.p.id.localeCompare(b.p.id),
    )
    .slice(0, max)
    .map(({ p }) => p.id);
}
