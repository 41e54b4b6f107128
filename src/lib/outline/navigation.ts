/**
 * The guide's navigation, derived from the outline and the pages: sidebar sections in reading order,
 * previous/next links and breadcrumbs. Pure, so it is unit-tested without Astro.
 */

export interface NavPage {
  /** Path under content/pages without extension, such as `modeling/algorithms/xgboost`. */
  id: string;
  title: string;
  /** The sidebar's short label; the title if absent. */
  sidebar?: string | undefined;
  order: number;
  group?: string | undefined;
  /** The one exam the page serves, if only one (exam-scope.ts): the sidebar marks it. */
  only?: ExamChoice | undefined;
}

export interface NavSectionSpec {
  slug: string;
  /** Sidebar title, such as "Domain 3: Modeling". */
  title: string;
}

export interface NavLink {
  id: string;
  title: string;
  /** What the sidebar shows: the page's short label, or its title. */
  label: string;
  href: string;
  /** The one exam the page serves, if only one. */
  only?: ExamChoice | undefined;
}

export interface NavGroup {
  /** Absent for the pages listed directly under the section. */
  label?: string;
  links: NavLink[];
}

export interface NavSection {
  slug: string;
  title: string;
  href: string;
  groups: NavGroup[];
}

/** The URL path of a page id: `modeling/xgboost` → `/modeling/xgboost/`. */
export { pageHref } from '../urls.ts';
import { pageHref } from '../urls.ts';
import { GENERAL_SECTIONS } from '../../config.ts';
import type { ExamChoice } from '../exam/exam-choice.ts';

/** The sections in reading order: Start here, a section per domain (its folder is the domain's slug), Reference. */
export function sectionSpecs(domains: readonly { id: string; slug: string; title: string }[]): NavSectionSpec[] {
  return [
    ...GENERAL_SECTIONS.before,
    ...domains.map((d) => ({ slug: d.slug, title: `Domain ${d.id}: ${d.title}` })),
    ...GENERAL_SECTIONS.after,
  ];
}

const byOrderThenTitle = (a: NavPage, b: NavPage): number => a.order - b.order || a.title.localeCompare(b.title, 'en');

/**
 * Sections in the order given, each with its ungrouped pages first and then its groups, every list
 * sorted by `order` and then title. A group sits where its lowest-ordered page would. Pages in a
 * folder that is not a section are left out.
 */
export function buildSidebar(specs: readonly NavSectionSpec[], pages: readonly NavPage[]): NavSection[] {
  return specs.map(({ slug, title }) => {
    const own = pages.filter((p) => p.id.split('/')[0] === slug).sort(byOrderThenTitle);
    const groups: NavGroup[] = [];
    const byLabel = new Map<string, NavGroup>();
    for (const page of own) {
      const link: NavLink = { id: page.id, title: page.title, label: page.sidebar ?? page.title, href: pageHref(page.id) };
      if (page.only) link.only = page.only;
      if (page.group === undefined) {
        const last = groups.at(-1);
        if (last && last.label === undefined) last.links.push(link);
        else groups.push({ links: [link] });
        continue;
      }
      let group = byLabel.get(page.group);
      if (!group) {
        group = { label: page.group, links: [] };
        byLabel.set(page.group, group);
        groups.push(group);
      }
      group.links.push(link);
    }
    return { slug, title, href: `/${slug}/`, groups };
  });
}

/**
 * The link of `hrefs` that marks `path` as current: the one equal to it, else the longest whose path
 * contains it (a drill page `/practice/drills/d3/` is under Drills `/practice/drills/`).
 */
export function currentHref(hrefs: readonly string[], path: string): string | undefined {
  return hrefs.filter((href) => path.startsWith(href)).sort((a, b) => b.length - a.length)[0];
}

/** Every page link in sidebar order. */
export function readingOrder(sidebar: readonly NavSection[]): NavLink[] {
  return sidebar.flatMap((section) => section.groups.flatMap((group) => group.links));
}

/** The pages before and after `id` in reading order, across section boundaries. */
export function prevNext(sidebar: readonly NavSection[], id: string): { prev?: NavLink; next?: NavLink } {
  const order = readingOrder(sidebar);
  const at = order.findIndex((link) => link.id === id);
  if (at === -1) return {};
  const result: { prev?: NavLink; next?: NavLink } = {};
  const prev = order[at - 1];
  const next = order[at + 1];
  if (prev) result.prev = prev;
  if (next) result.next = next;
  return result;
}

export interface Crumb {
  title: string;
  href: string;
}

/** Home, the section and, for a grouped page, nothing more: the page itself is the last crumb. */
export function breadcrumbs(sidebar: readonly NavSection[], id: string, title: string): Crumb[] {
  const crumbs: Crumb[] = [{ title: 'Home', href: '/' }];
  const section = sidebar.find((s) => s.slug === id.split('/')[0]);
  if (section) crumbs.push({ title: section.title, href: section.href });
  crumbs.push({ title, href: pageHref(id) });
  return crumbs;
}
