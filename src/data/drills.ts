/** The drill pages: one per domain and one per task statement that has questions. */
import { taskOf } from '../lib/outline/outline.ts';
import { domainDrillSlug, taskDrillSlug } from '../lib/urls.ts';
import { getDomains, getMlsQuestions } from './guide.ts';

export interface Drill {
  /** URL segment under /practice/drills/: `domain-1`, `task-1-2`. */
  slug: string;
  title: string;
  /** Outline ids passed to `<Quiz tasks>`. */
  tasks: string[];
  count: number;
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
  return drills;
}
