/**
 * The links of the drill index: the domain drills, the task-statement drills grouped by domain, the
 * MLA-C01 task-statement drills grouped by MLA-C01 domain, and
 * the guide pages that end with questions (linked to their page drill, or to their quiz when it shows them all). Pure; the page passes in what the
 * build loaded.
 */
import { drillHref, pageDrillSlug, pageHref } from '../urls.ts';
import { hasPageDrill } from './page-quiz.ts';

/** A link of a practice list with the line under it. */
export interface PracticeLink {
  href: string;
  title: string;
  note: string;
}

export interface DrillLinks {
  byDomain: PracticeLink[];
  byTask: { domain: string; title: string; links: PracticeLink[] }[];
  /** The MLA-C01 task-statement drills (`mla-…`), under their MLA-C01 domain. */
  byMlaTask: { domain: string; title: string; links: PracticeLink[] }[];
  byPage: PracticeLink[];
}

interface DrillInput {
  slug: string;
  title: string;
  count: number;
  domain: number;
}

const questions = (n: number) => `${n} question${n === 1 ? '' : 's'}`;

export function drillLinks(
  drills: readonly DrillInput[],
  domains: readonly { id: string; title: string }[],
  pages: readonly { id: string; title: string }[],
  /** Question ids by guide page, in the order its quiz shows them. */
  questionsOf: (pageId: string) => readonly string[],
  mlaDomains: readonly { id: string; title: string }[] = [],
): DrillLinks {
  const link = (d: DrillInput): PracticeLink => ({ href: drillHref(d.slug), title: d.title, note: questions(d.count) });
  return {
    byDomain: drills.filter((d) => d.slug.startsWith('domain-')).map(link),
    byTask: domains.map((d) => ({
      domain: d.id,
      title: `Domain ${d.id}: ${d.title}`,
      links: drills.filter((x) => x.domain === Number(d.id) && x.slug.startsWith('task-')).map(link),
    })),
    byMlaTask: mlaDomains.map((d) => ({
      domain: d.id,
      title: `MLA-C01 Domain ${d.id}: ${d.title}`,
      links: drills.filter((x) => x.domain === Number(d.id) && x.slug.startsWith('mla-')).map(link),
    })),
    byPage: pages.flatMap((p) => {
      const ids = questionsOf(p.id);
      if (ids.length === 0) return [];
      // A page with more questions than its quiz shows has a page drill with all of them; otherwise
      // the link goes to the page's quiz, anchored by its first question (Quiz.astro).
      const href = hasPageDrill(ids.length) ? drillHref(pageDrillSlug(p.id)) : `${pageHref(p.id)}#quiz-${ids[0]}`;
      return [{ href, title: p.title, note: questions(ids.length) }];
    }),
  };
}
