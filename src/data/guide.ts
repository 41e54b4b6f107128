/** The guide's content, loaded once per build from the collections and shaped for pages. */
import { type CollectionEntry, getCollection } from 'astro:content';
import { buildSidebar, type NavSection, type NavSectionSpec, sectionSpecs } from '../lib/outline/navigation.ts';
import { buildMlaOutlineData, buildOutlineData, type MlaOutlineData, type OutlineData } from '../lib/open-data/open-data.ts';
import type { MlaOutline } from '../schemas/mla-outline.ts';
import { examScope, onlyExam } from '../lib/outline/exam-scope.ts';

export type Page = CollectionEntry<'pages'>;
export type Question = CollectionEntry<'questions'>;
export type DomainEntry = CollectionEntry<'outline'>;

export async function getDomains(): Promise<DomainEntry['data'][]> {
  const entries = await getCollection('outline');
  return entries.map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
}

export async function getPages(): Promise<Page[]> {
  return getCollection('pages');
}

export async function getQuestions(): Promise<Question[]> {
  return (await getCollection('questions')).sort((a, b) => a.id.localeCompare(b.id));
}

/** The case studies, in id order. */
export async function getCaseStudies(): Promise<CollectionEntry<'caseStudies'>['data'][]> {
  return (await getCollection('caseStudies')).map((c) => c.data).sort((a, b) => a.id.localeCompare(b.id));
}

/** A question MLS-C01 tests: it has an MLS-C01 domain and task ids. */
export type MlsQuestion = Question & { data: Question['data'] & { domain: number } };

export function isMlsQuestion(q: Question): q is MlsQuestion {
  return q.data.domain !== undefined && q.data.tasks.length > 0;
}

/**
 * The MLS-C01 bank: every question with an MLS-C01 domain. Its weights, practice exam, drills and
 * dashboard use these; MLA-C01-only questions (no domain) appear in page quizzes and the MLA-C01 views.
 */
export async function getMlsQuestions(): Promise<MlsQuestion[]> {
  return (await getQuestions()).filter(isMlsQuestion);
}

export async function getSectionSpecs(): Promise<NavSectionSpec[]> {
  return sectionSpecs(await getDomains());
}

export async function getSidebar(): Promise<NavSection[]> {
  const pages = await getPages();
  return buildSidebar(
    await getSectionSpecs(),
    pages.map((p) => ({
      id: p.id,
      title: p.data.title,
      sidebar: p.data.sidebar,
      order: p.data.order,
      group: p.data.group,
      only: onlyExam(examScope(p.data.tasks, p.data.mla)),
    })),
  );
}

/** The outline with, for every task statement and bullet, its pages and questions. */
export async function getOutlineData(): Promise<OutlineData> {
  const domains = await getDomains();
  const pages = await getPages();
  const questions = await getMlsQuestions();
  return buildOutlineData(
    { domains },
    pages.map((p) => ({ id: p.id, tasks: p.data.tasks })),
    questions.map((q) => ({ id: q.id, tasks: q.data.tasks })),
  );
}

/** The MLA-C01 outline and exam facts (content/mla-outline.yaml). */
export async function getMlaOutline(): Promise<MlaOutline> {
  const [entry] = await getCollection('mlaOutline');
  if (!entry) throw new Error('content/mla-outline.yaml: no MLA-C01 outline');
  return entry.data;
}

/** The MLA-C01 outline with, for every task statement and item, its pages, questions and MLS-C01 counterparts. */
export async function getMlaOutlineData(): Promise<MlaOutlineData> {
  const pages = await getPages();
  const questions = await getQuestions();
  const mlsOrder = (await getDomains()).flatMap((d) => d.tasks.map((t) => t.id));
  return buildMlaOutlineData(
    await getMlaOutline(),
    pages.map((p) => ({ id: p.id, tasks: p.data.tasks, mla: p.data.mla })),
    questions.map((q) => ({ id: q.id, tasks: q.data.tasks, mla: q.data.mla })),
    mlsOrder,
  );
}
