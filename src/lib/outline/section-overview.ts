/**
 * A section's overview page (`/<section>/`): for a domain, its task statements and bullets, each with
 * the pages that teach it; for every section, its pages in sidebar order with their descriptions.
 * Pure: the route passes the sidebar, the outline and the pages in.
 */
import type { Domain } from '../../schemas/outline.ts';
import type { NavSection } from './navigation.ts';
import { covers } from './outline.ts';
import { examGuideMapHref, mlaAnchor, mlaTaskDrillHref, pageHref, taskAnchor } from '../urls.ts';
import { mlaLabel } from './mla-outline.ts';
import type { SearchFilters } from '../content/guide-page.ts';

export interface OverviewPage {
  id: string;
  title: string;
  description: string;
  tasks: readonly string[];
}

export interface OverviewLink {
  href: string;
  title: string;
  /** The page's description; absent for a link that is not a guide page. */
  description?: string;
}

export interface SectionOverview {
  description: string;
  /** The task statements as the page's h2 headings (the table of contents). */
  headings: { depth: number; slug: string; text: string }[];
  domain?: {
    id: string;
    weight: number;
    tasks: { id: string; title: string; anchor: string; bullets: { id: string; title: string; taughtIn: OverviewLink[] }[] }[];
  };
  /** Every page of the section, in sidebar order. */
  pages: OverviewLink[];
  /** An overview is reference material, filed under its domain if it is one. */
  searchFilters: SearchFilters;
}

export function sectionOverview(section: NavSection, domains: readonly Domain[], pages: readonly OverviewPage[]): SectionOverview {
  const own = pages.filter((p) => p.id.split('/')[0] === section.slug);
  const domain = domains.find((d) => d.slug === section.slug);
  const list = section.groups
    .flatMap((g) => g.links)
    .map((link): OverviewLink => {
      const page = own.find((p) => p.id === link.id);
      return page ? { href: link.href, title: link.title, description: page.description } : { href: link.href, title: link.title };
    });
  if (!domain) {
    return {
      description: `${section.title}: the pages of this section of the MLS-C01 Study Guide.`,
      headings: [],
      pages: list,
      searchFilters: { kind: ['Reference'] },
    };
  }
  const taughtIn = (id: string) => own.filter((p) => covers(p.tasks, id)).map((p) => ({ href: pageHref(p.id), title: p.title }));
  return {
    description: `Domain ${domain.id} of the MLS-C01 exam, ${domain.title} (${domain.weight} % of scored content): every task statement and the pages that teach it.`,
    headings: domain.tasks.map((t) => ({ depth: 2, slug: taskAnchor(t.id), text: `${t.id} ${t.title}` })),
    domain: {
      id: domain.id,
      weight: domain.weight,
      tasks: domain.tasks.map((t) => ({
        id: t.id,
        title: t.title,
        anchor: taskAnchor(t.id),
        bullets: t.bullets.map((b) => ({ id: b.id, title: b.title, taughtIn: taughtIn(b.id) })),
      })),
    },
    pages: list,
    searchFilters: { domain: [`Domain ${domain.id}`], kind: ['Reference'] },
  };
}

/** An MLA-C01 task statement that pages of a section teach, for the section's MLA-C01 view. */
export interface OverviewMlaTask {
  id: string;
  /** `MLA-C01 1.1`. */
  label: string;
  title: string;
  /** Its row on the exam guide map. */
  mapHref: string;
  /** Its drill, when questions test it. */
  drillHref?: string;
  /** The section's pages tagged with it or its items, in sidebar order. */
  taughtIn: OverviewLink[];
}

/**
 * The MLA-C01 task statements, in outline order, that pages of `section` teach (tagged with the task
 * statement or any of its items), each with those pages; `hasDrill` says whether a task statement has
 * questions, so a drill.
 */
export function sectionMlaTasks(
  section: NavSection,
  mlaTasks: readonly { id: string; title: string }[],
  pages: readonly { id: string; mla: readonly string[] }[],
  hasDrill: (task: string) => boolean,
): OverviewMlaTask[] {
  const links = section.groups.flatMap((g) => g.links);
  const tags = new Map(pages.map((p) => [p.id, p.mla]));
  return mlaTasks.flatMap((t) => {
    const taughtIn = links.filter((l) => covers(tags.get(l.id) ?? [], t.id)).map((l) => ({ href: l.href, title: l.title }));
    if (taughtIn.length === 0) return [];
    const task: OverviewMlaTask = {
      id: t.id,
      label: `MLA-C01 ${mlaLabel(t.id)}`,
      title: t.title,
      mapHref: examGuideMapHref(mlaAnchor(t.id)),
      taughtIn,
    };
    if (hasDrill(t.id)) task.drillHref = mlaTaskDrillHref(t.id);
    return [task];
  });
}
