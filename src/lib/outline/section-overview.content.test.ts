/** The section overview pages of the real guide: each domain's task statements and the pages teaching each bullet. */
import { describe, expect, it } from 'vitest';
import { buildSidebar, sectionSpecs } from './navigation.ts';
import { covers } from './outline.ts';
import { sectionMlaTasks, sectionOverview } from './section-overview.ts';
import { readContent } from '../content/read-content.ts';
import { pageHref, taskAnchor } from '../urls.ts';

const { outline, pages } = readContent(process.cwd());
const domains = outline!.domains;
const sidebar = buildSidebar(
  sectionSpecs(domains),
  pages.map((p) => ({ id: p.id, title: p.data.title, order: p.data.order, group: p.data.group })),
);
const overviewPages = pages.map((p) => ({ id: p.id, title: p.data.title, description: p.data.description, tasks: p.data.tasks }));

describe.each(domains.map((d) => [d.slug, d] as const))('overview of %s', (slug, d) => {
  const overview = sectionOverview(
    sidebar.find((s) => s.slug === slug)!,
    domains,
    overviewPages,
  );

  it('has a heading per task statement and the domain’s weight', () => {
    expect(overview.domain?.weight).toBe(d.weight);
    expect(overview.headings.map((h) => h.slug)).toEqual(d.tasks.map((t) => taskAnchor(t.id)));
    expect(overview.description).toContain(`(${d.weight} % of scored content)`);
    expect(overview.searchFilters).toEqual({ domain: [`Domain ${d.id}`], kind: ['Reference'] });
  });

  it('lists under every bullet the pages of this domain tagged with it or its task statement', () => {
    for (const task of overview.domain!.tasks) {
      for (const bullet of task.bullets) {
        const expected = pages.filter((p) => p.id.startsWith(`${slug}/`) && covers(p.data.tasks, bullet.id)).map((p) => pageHref(p.id));
        expect(
          bullet.taughtIn.map((l) => l.href),
          bullet.id,
        ).toEqual(expected);
      }
    }
  });

  it('lists every page of the section once, with its description', () => {
    const own = pages.filter((p) => p.id.startsWith(`${slug}/`));
    expect(overview.pages.map((l) => l.href).sort()).toEqual(own.map((p) => pageHref(p.id)).sort());
    expect(overview.pages.every((l) => l.description && l.description.length >= 40)).toBe(true);
  });
});

describe('overview of a section that is not a domain', () => {
  it('lists its pages, with no task statements', () => {
    const overview = sectionOverview(
      sidebar.find((s) => s.slug === 'reference')!,
      domains,
      overviewPages,
    );
    expect(overview.domain).toBeUndefined();
    expect(overview.headings).toEqual([]);
    expect(overview.pages.length).toBe(pages.filter((p) => p.id.startsWith('reference/')).length);
    expect(overview.searchFilters).toEqual({ kind: ['Reference'] });
  });
});

describe('the MLA-C01 view of the real domain sections', () => {
  const { mlaOutline, questions } = readContent(process.cwd());
  const mlaTasks = mlaOutline!.domains.flatMap((d) => d.tasks);
  const tested = (task: string) => questions.some((q) => covers(q.data.mla, task));
  const mlaPages = pages.map((p) => ({ id: p.id, mla: p.data.mla }));

  it.each(domains.map((d) => [d.slug] as const))('%s lists each MLA-C01 task statement its pages teach, with those pages', (slug) => {
    const section = sidebar.find((s) => s.slug === slug)!;
    const listed = sectionMlaTasks(section, mlaTasks, mlaPages, tested);
    expect(listed.length).toBeGreaterThan(0);
    for (const t of listed) {
      const expected = pages.filter((p) => p.id.startsWith(`${slug}/`) && covers(p.data.mla, t.id)).map((p) => pageHref(p.id));
      expect(t.taughtIn.map((l) => l.href).sort(), t.id).toEqual(expected.sort());
      expect(t.mapHref).toBe(`/reference/exam-guide-map/#${t.id.replace(':', '-').replaceAll('.', '-')}`);
      expect(t.drillHref).toBe(tested(t.id) ? `/practice/drills/${t.id.replace(':', '-').replaceAll('.', '-')}/` : undefined);
    }
    const taught = mlaTasks.filter((t) => pages.some((p) => p.id.startsWith(`${slug}/`) && covers(p.data.mla, t.id)));
    expect(listed.map((t) => t.id)).toEqual(taught.map((t) => t.id));
  });
});
