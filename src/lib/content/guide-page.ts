/**
 * What the guide page route derives from a page's data: the Pagefind filters and meta it is indexed
 * with, whether it needs the KaTeX stylesheet, and the "facts last checked" date.
 * Pure: the routes pass content in.
 */
import type { Domain } from '../../schemas/outline.ts';
import type { PageData } from '../../schemas/page.ts';
import type { QuestionData } from '../../schemas/question.ts';
import { hasMath } from '../markdown/render-markdown.ts';
import { taskOf } from '../outline/outline.ts';
import { examScope, scopeExams } from '../outline/exam-scope.ts';
import { KIND_LABELS } from '../../config.ts';

/** Pagefind filters: name → values. */
export type SearchFilters = Record<string, string[]>;

/** A page's search filters: its kind, its domain, each task statement it teaches with its title, and the exams it teaches for. */
export function pageSearchFilters(page: PageData, domains: readonly Domain[]): SearchFilters {
  const filters: SearchFilters = { kind: [KIND_LABELS[page.kind]] };
  if (page.domain !== undefined) filters.domain = [`Domain ${page.domain}`];
  const titles = new Map(domains.flatMap((d) => d.tasks.map((t) => [t.id, t.title] as const)));
  const tasks = [...new Set(page.tasks.map(taskOf))].sort();
  if (tasks.length > 0) filters['task statement'] = tasks.map((t) => `${t} ${titles.get(t) ?? ''}`.trim());
  // The exams whose outline items the page teaches, so an MLA-C01 learner can keep to its pages.
  const exams = scopeExams(examScope(page.tasks, page.mla));
  if (exams.length > 0) filters.exam = exams;
  return filters;
}

/** Search meta: the aliases (acronyms, former names) that should find the page without being shown. */
export function pageSearchMeta(page: PageData): Record<string, string> {
  return page.aliases.length > 0 ? { aliases: page.aliases.join(', ') } : {};
}

/** True if the page's Markdown, or a question of the bank whose `page` is this page (its quiz), has a formula. */
export function pageNeedsMath(id: string, body: string, bank: readonly QuestionData[]): boolean {
  const text = (q: QuestionData) => [q.stem, ...q.options.flatMap((o) => [o.text, o.explanation])].join('\n');
  return hasMath(body) || bank.some((q) => q.page === id && hasMath(text(q)));
}

/** The date the facts were last checked, for `<time datetime>` and as words (`23 November 2026`). */
export function checkedOn(updated: Date): { datetime: string; text: string } {
  return {
    datetime: updated.toISOString().slice(0, 10),
    text: updated.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  };
}
