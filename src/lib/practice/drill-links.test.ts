import { describe, expect, it } from 'vitest';
import { drillLinks } from './drill-links.ts';

describe('the drill index', () => {
  const drills = [
    { slug: 'domain-1', title: 'Domain 1: Data Engineering', count: 12, domain: 1 },
    { slug: 'task-1-1', title: '1.1 Create data repositories', count: 1, domain: 1 },
    { slug: 'task-1-2', title: '1.2 Ingestion', count: 4, domain: 1 },
    { slug: 'domain-2', title: 'Domain 2: EDA', count: 3, domain: 2 },
    { slug: 'mla-1-1', title: 'MLA-C01 1.1 Ingest and store data', count: 7, domain: 1 },
    { slug: 'mla-2-1', title: 'MLA-C01 2.1 Choose a modeling approach', count: 1, domain: 2 },
  ];
  const mlaDomains = [
    { id: '1', title: 'Data Preparation for ML' },
    { id: '2', title: 'ML Model Development' },
  ];
  const domains = [
    { id: '1', title: 'Data Engineering' },
    { id: '2', title: 'EDA' },
  ];
  const pages = [
    { id: 'data-engineering/streaming-ingestion', title: 'Streaming ingestion' },
    { id: 'exam/overview', title: 'Overview' },
    { id: 'modeling/evaluation-metrics', title: 'Evaluation metrics' },
  ];
  const byPage: Record<string, string[]> = {
    'data-engineering/streaming-ingestion': ['d1-b', 'd1-c'],
    'modeling/evaluation-metrics': Array.from({ length: 11 }, (_, i) => `d3-${i}`),
  };
  const links = drillLinks(drills, domains, pages, (id) => byPage[id] ?? [], mlaDomains);

  it('lists the domain drills, then the task drills under their domain, with their counts', () => {
    expect(links.byDomain).toEqual([
      { href: '/practice/drills/domain-1/', title: 'Domain 1: Data Engineering', note: '12 questions' },
      { href: '/practice/drills/domain-2/', title: 'Domain 2: EDA', note: '3 questions' },
    ]);
    expect(links.byTask.map((g) => [g.title, g.links.map((l) => `${l.title}: ${l.note}`)])).toEqual([
      ['Domain 1: Data Engineering', ['1.1 Create data repositories: 1 question', '1.2 Ingestion: 4 questions']],
      ['Domain 2: EDA', []],
    ]);
  });

  it('lists the MLA-C01 task drills under their MLA-C01 domain, apart from the MLS-C01 ones', () => {
    expect(links.byMlaTask).toEqual([
      {
        domain: '1',
        title: 'MLA-C01 Domain 1: Data Preparation for ML',
        links: [{ href: '/practice/drills/mla-1-1/', title: 'MLA-C01 1.1 Ingest and store data', note: '7 questions' }],
      },
      {
        domain: '2',
        title: 'MLA-C01 Domain 2: ML Model Development',
        links: [{ href: '/practice/drills/mla-2-1/', title: 'MLA-C01 2.1 Choose a modeling approach', note: '1 question' }],
      },
    ]);
    expect(links.byTask.flatMap((g) => g.links).some((l) => l.href.includes('mla-'))).toBe(false);
    expect(drillLinks(drills, domains, pages, () => []).byMlaTask).toEqual([]);
  });

  it('links only pages with questions: to their quiz, or to their page drill when the quiz shows ten of more', () => {
    expect(links.byPage).toEqual([
      { href: '/data-engineering/streaming-ingestion/#quiz-d1-b', title: 'Streaming ingestion', note: '2 questions' },
      { href: '/practice/drills/page-modeling-evaluation-metrics/', title: 'Evaluation metrics', note: '11 questions' },
    ]);
  });
});
