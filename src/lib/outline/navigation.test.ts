import { describe, expect, it } from 'vitest';
import { breadcrumbs, buildSidebar, currentHref, type NavPage, prevNext, readingOrder, sectionSpecs } from './navigation.ts';

const specs = [
  { slug: 'exam', title: 'Start here' },
  { slug: 'modeling', title: 'Domain 3: Modeling' },
];
const pages: NavPage[] = [
  { id: 'modeling/algorithms/xgboost', title: 'XGBoost', order: 2, group: 'Built-in algorithms' },
  { id: 'modeling/evaluation', title: 'Evaluation metrics for every model type', sidebar: 'Evaluation', order: 9 },
  { id: 'exam/overview', title: 'The exam', order: 1 },
  { id: 'modeling/algorithms/blazingtext', title: 'BlazingText', order: 2, group: 'Built-in algorithms' },
  { id: 'modeling/framing', title: 'Framing', order: 1, only: 'mls' },
  { id: 'elsewhere/orphan', title: 'Orphan', order: 1 },
];

describe('buildSidebar', () => {
  const sidebar = buildSidebar(specs, pages);

  it('keeps the sections in the order given, with their index URLs', () => {
    expect(sidebar.map((s) => [s.slug, s.href])).toEqual([
      ['exam', '/exam/'],
      ['modeling', '/modeling/'],
    ]);
  });

  it('sorts by order then title, and places a group where its first page would be', () => {
    const modeling = sidebar[1]!;
    expect(modeling.groups.map((g) => [g.label, g.links.map((l) => l.title)])).toEqual([
      [undefined, ['Framing']],
      ['Built-in algorithms', ['BlazingText', 'XGBoost']],
      [undefined, ['Evaluation metrics for every model type']],
    ]);
  });

  it('labels a link with the sidebar label of its page, else its title', () => {
    const links = readingOrder(sidebar);
    expect(links.find((l) => l.id === 'modeling/evaluation')?.label).toBe('Evaluation');
    expect(links.find((l) => l.id === 'modeling/framing')?.label).toBe('Framing');
  });

  it('carries the one exam a page serves, for the sidebar to mark, and nothing for a page of both', () => {
    const links = readingOrder(sidebar);
    expect(links.find((l) => l.id === 'modeling/framing')?.only).toBe('mls');
    expect(links.find((l) => l.id === 'modeling/evaluation')).not.toHaveProperty('only');
  });

  it('leaves out pages whose folder is not a section', () => {
    expect(readingOrder(sidebar).map((l) => l.id)).not.toContain('elsewhere/orphan');
  });
});

describe('currentHref', () => {
  const hrefs = ['/practice/', '/practice/exam/', '/practice/drills/'];

  it('picks the exact link, or the deepest link whose path contains the page', () => {
    expect(currentHref(hrefs, '/practice/')).toBe('/practice/');
    expect(currentHref(hrefs, '/practice/drills/')).toBe('/practice/drills/');
    expect(currentHref(hrefs, '/practice/drills/domain-3/')).toBe('/practice/drills/');
  });

  it('finds nothing outside the links', () => {
    expect(currentHref(hrefs, '/modeling/')).toBeUndefined();
  });
});

describe('prevNext', () => {
  const sidebar = buildSidebar(specs, pages);

  it('crosses section boundaries', () => {
    const { prev, next } = prevNext(sidebar, 'modeling/framing');
    expect(prev?.href).toBe('/exam/overview/');
    expect(next?.href).toBe('/modeling/algorithms/blazingtext/');
  });

  it('has no previous link on the first page and no next link on the last', () => {
    expect(prevNext(sidebar, 'exam/overview').prev).toBeUndefined();
    expect(prevNext(sidebar, 'modeling/evaluation').next).toBeUndefined();
  });

  it('returns nothing for an unknown page', () => {
    expect(prevNext(sidebar, 'nope')).toEqual({});
  });
});

describe('breadcrumbs', () => {
  it('runs from Home through the section to the page', () => {
    const sidebar = buildSidebar(specs, pages);
    expect(breadcrumbs(sidebar, 'modeling/algorithms/xgboost', 'XGBoost')).toEqual([
      { title: 'Home', href: '/' },
      { title: 'Domain 3: Modeling', href: '/modeling/' },
      { title: 'XGBoost', href: '/modeling/algorithms/xgboost/' },
    ]);
  });
});

describe('sectionSpecs', () => {
  it('puts Start here first, a section per domain in between, Reference last', () => {
    const specs = sectionSpecs([{ id: '3', slug: 'modeling', title: 'Modeling' }]);
    expect(specs.map((s) => [s.slug, s.title])).toEqual([
      ['exam', 'Start here'],
      ['modeling', 'Domain 3: Modeling'],
      ['reference', 'Reference'],
    ]);
  });
});
