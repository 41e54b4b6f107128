/**
 * The drill pages: one per domain, one per task statement that has questions, one per MLA-C01 task
 * statement that has questions (all questions tagged with it, MLA-C01-only ones included), and one
 * per guide page with more questions than its own quiz shows (page-quiz.ts).
 */
import { covers, taskOf } from '../lib/outline/outline.ts';
import { hasPageDrill } from '../lib/practice/page-quiz.ts';
import { domainDrillSlug, mlaTaskDrillSlug, pageDrillSlug, taskDrillSlug } from '../lib/urls.ts';
import { mlaLabel } from '../lib/outline/mla-outline.ts';
import { getDomains, getMlaOutline, getMlsQuestions, getPages, getQuestions } from './guide.ts';

export interface Drill {
  /** URL segment under /practice/drills/: `domain-1`, `task-1-2`. */
  slug: string;
  title: string;
  /** Outline ids passed to `<Quiz tasks>`; empty for a page drill and an MLA-C01 drill. */
  tasks: string[];
  /** The MLA-C01 task statement an MLA-C01 drill shows (`<Quiz mla>`), such as `mla:1.1`. */
  mla?: string;
  /** The guide page whose questions a page drill shows (`<Quiz page>`). */
  page?: string;
  count: number;
  /** The MLS-C01 domain (the MLA-C01 domain for an MLA-C01 drill); 0 for a page drill outside the domain folders. */
  domain: number;
}

export { drillHref } from '../lib/urls.ts';

export async function getDrills(): Promise<Drill[]> {
  const domains = await getDomains();
  const questions = await getMlsQuestions();
  const drills: Drill[] = [];
  for (const d of domains) {
    const domain = Number(d.id);
    drills.push({
      slug: domainDrillSlug(d.id),
      title: `Domain ${d.id}: ${d.title}`,
      tasks: d.tasks.map((t) => t.id),
      count: questions.filter((q) => q.data.domain === domain).length,
      domain,
    });
    for (const t of d.tasks) {
      const count = questions.filter((q) => q.data.tasks.some((id) => taskOf(id) === t.id)).length;
      if (count > 0) drills.push({ slug: taskDrillSlug(t.id), title: `${t.id} ${t.title}`, tasks: [t.id], count, domain });
    }
  }
  const all = await getQuestions();
  for (const d of (await getMlaOutline()).domains) {
    for (const t of d.tasks) {
      const count = all.filter((q) => covers(q.data.mla, t.id)).length;
      if (count > 0)
        drills.push({
          slug: mlaTaskDrillSlug(t.id),
          title: `MLA-C01 ${mlaLabel(t.id)} ${t.title}`,
          tasks: [],
          mla: t.id,
          count,
          domain: Number(d.id),
        });
    }
  }
  for (const p of (await getPages()).sort((a, b) => a.id.localeCompare(b.id))) {
    const count = all.filter((q) => q.data.page === p.id).length;
    if (hasPageDrill(count))
      drills.push({ slug: pageDrillSlug(p.id), title: p.data.title, tasks: [], page: p.id, count, domain: p.data.domain ?? 0 });
  }
  const slugs = new Set<string>();
  for (const d of drills) {
    if (slugs.has(d.slug)) throw new Error(`drills: two drills would share the URL /practice/drills/${d.slug}/; rename one of their pages`);
    slugs.add(d.slug);
  }
  return drills;
}
