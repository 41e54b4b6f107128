/**
 * The open data the build publishes, as documented in the README (a public interface: fields may be
 * added, none renamed):
 *   /data/questions.json = { version: 3, questions: [...], caseStudies: [...] } (version 2: `domain` is
 *                          null on a question only MLA-C01 tests; `exams` names the exams each question
 *                          serves; version 3: `type` may be `ordering` or `matching`, whose `options`
 *                          are empty and whose `steps` or `prompts` and `responses` hold the question;
 *                          `case` names the case study whose scenario a question shares)
 *   /data/outline.json   = { version: 1, domains: [...] } with, for every task statement and bullet,
 *                          the pages that teach it and the questions that test it.
 *   /data/mla-outline.json = the same shape for MLA-C01 (`exam: "MLA-C01"`): every task statement with
 *                          its knowledge and skill items instead of bullets, each with its pages and
 *                          questions and the MLS-C01 task statements they also carry; plus exam facts.
 *   /data/trees.json     = { version: 1, trees: [...] }, every decision tree as written, by id.
 * Pure: the callers pass content in.
 */
import type { MlaFact, MlaOutline } from '../../schemas/mla-outline.ts';
import type { Outline } from '../../schemas/outline.ts';
import type { CaseStudyData } from '../../schemas/case-study.ts';
import type { QuestionData } from '../../schemas/question.ts';
import type { QuestionType } from '../questions/item-answer.ts';
import type { TreeData, TreeNode } from '../../schemas/tree.ts';
import { pageHref } from '../urls.ts';
import { covers, taskOf } from '../outline/outline.ts';

export interface TaggedPage {
  id: string;
  tasks: readonly string[];
}

export interface OutlineCoverage {
  id: string;
  title: string;
  pages: string[];
  questions: string[];
}

export interface OutlineData {
  version: 1;
  exam: 'MLS-C01';
  domains: {
    id: string;
    title: string;
    weight: number;
    tasks: (OutlineCoverage & { bullets: OutlineCoverage[] })[];
  }[];
}

export interface OpenOption {
  id: string;
  text: string;
  correct: boolean;
  explanation: string;
}

/** An ordering question's step (version 3); `steps` lists them in the right order. */
export interface OpenStep {
  id: string;
  text: string;
  explanation: string;
}

/** A matching question's prompt (version 3), with the id of the response that matches it. */
export interface OpenPrompt {
  id: string;
  text: string;
  answer: string;
  explanation: string;
}

/** A matching question's response (version 3): plain text. */
export interface OpenResponse {
  id: string;
  text: string;
}

/** A case study (version 3): the scenario its questions share; each names it in `case`. */
export interface OpenCaseStudy {
  id: string;
  title: string;
  scenario: string;
}

/** A published question: Markdown in /data/questions.json, HTML in /data/exam-bank.json (exam-bank.ts). */
export interface OpenQuestion {
  id: string;
  /** The MLS-C01 domain; null on a question only MLA-C01 tests. */
  domain: number | null;
  /** The exams the question serves: MLS-C01 where it has MLS-C01 ids, MLA-C01 where it has MLA-C01 ids. */
  exams: ExamCode[];
  /** Outline ids (task statements and bullets); empty on a question only MLA-C01 tests. */
  tasks: string[];
  /** MLA-C01 outline ids (`mla:2.3`, `mla:2.3.k4`, `mla:2.3.s9`); empty where the question fits only MLS-C01. */
  mla: string[];
  /** `single` or `multiple` (options); since version 3 also `ordering` (steps) or `matching` (prompts, responses). */
  type: QuestionType;
  /** Options to choose: 1 or more for options; 1 on ordering and matching, which answer every item instead. */
  select: number;
  stem: string;
  /** Empty on ordering and matching questions. */
  options: OpenOption[];
  /** Ordering only: the steps in the right order. */
  steps?: OpenStep[];
  /** Matching only: the prompts, each with its answer. */
  prompts?: OpenPrompt[];
  /** Matching only: the responses, which may outnumber the prompts. */
  responses?: OpenResponse[];
  /** The id of the case study (`caseStudies`) whose scenario comes before the stem; absent otherwise. */
  case?: string;
  references: string[];
  /** Site-absolute path of the page that teaches the point. */
  page: string;
}

export type ExamCode = 'MLS-C01' | 'MLA-C01';

/** The exams a question or page serves, from its tags. */
export function examsOf(tagged: { tasks: readonly string[]; mla: readonly string[] }): ExamCode[] {
  return [...(tagged.tasks.length > 0 ? (['MLS-C01'] as const) : []), ...(tagged.mla.length > 0 ? (['MLA-C01'] as const) : [])];
}

export interface QuestionsData {
  version: 3;
  questions: OpenQuestion[];
  caseStudies: OpenCaseStudy[];
}

/** The fields of the question's type (steps, or prompts and responses) and its case, as published. */
export function typedFields(q: QuestionData): Pick<OpenQuestion, 'steps' | 'prompts' | 'responses' | 'case'> {
  return {
    ...(q.type === 'ordering' ? { steps: q.steps.map((s) => ({ id: s.id, text: s.text, explanation: s.explanation })) } : {}),
    ...(q.type === 'matching'
      ? {
          prompts: q.prompts.map((p) => ({ id: p.id, text: p.text, answer: p.answer, explanation: p.explanation })),
          responses: q.responses.map((r) => ({ id: r.id, text: r.text })),
        }
      : {}),
    ...(q.case ? { case: q.case } : {}),
  };
}

/** Every task statement and bullet with the pages teaching it and the questions testing it. */
export function buildOutlineData(
  outline: Outline,
  pages: readonly TaggedPage[],
  questions: readonly { id: string; tasks: readonly string[] }[],
): OutlineData {
  const coverage = (id: string, title: string): OutlineCoverage => ({
    id,
    title,
    pages: pages.filter((p) => covers(p.tasks, id)).map((p) => pageHref(p.id)),
    questions: questions.filter((q) => covers(q.tasks, id)).map((q) => q.id),
  });
  return {
    version: 1,
    exam: 'MLS-C01',
    domains: outline.domains.map((d) => ({
      id: d.id,
      title: d.title,
      weight: d.weight,
      tasks: d.tasks.map((t) => ({ ...coverage(t.id, t.title), bullets: t.bullets.map((b) => coverage(b.id, b.title)) })),
    })),
  };
}

/** Content tagged for both exams: its MLS-C01 ids (`tasks`) and its MLA-C01 ids (`mla`). */
export interface DualTagged {
  id: string;
  tasks: readonly string[];
  mla: readonly string[];
}

/**
 * An MLA-C01 task statement or item with what covers it. `mls` is the crosswalk derived from the tags:
 * the MLS-C01 task statements that the same pages and questions are tagged with, in outline order.
 */
export interface MlaCoverage extends OutlineCoverage {
  mls: string[];
}

export interface MlaItemCoverage extends MlaCoverage {
  /** Where the item's wording was read: aws-page, aws-page-prefix or third-party-copy. */
  source: string;
}

export interface MlaOutlineData {
  version: 1;
  exam: 'MLA-C01';
  name: string;
  guide: string;
  facts: MlaFact[];
  questionTypes: MlaOutline['questionTypes'];
  domains: {
    id: string;
    title: string;
    weight: number;
    tasks: (MlaCoverage & { knowledge: MlaItemCoverage[]; skills: MlaItemCoverage[] })[];
  }[];
}

/**
 * The MLA-C01 outline with, for every task statement and item, the pages that teach it, the questions
 * that test it and the MLS-C01 task statements they share. A task statement's lists include those of
 * its items. `mlsOrder` lists the MLS-C01 task statement ids in outline order.
 */
export function buildMlaOutlineData(
  outline: MlaOutline,
  pages: readonly DualTagged[],
  questions: readonly DualTagged[],
  mlsOrder: readonly string[],
): MlaOutlineData {
  const rank = new Map(mlsOrder.map((id, i) => [id, i]));
  const coverage = (id: string, title: string): MlaCoverage => {
    const taught = pages.filter((p) => covers(p.mla, id));
    const tested = questions.filter((q) => covers(q.mla, id));
    const mls = new Set([...taught, ...tested].flatMap((e) => e.tasks.map(taskOf)));
    return {
      id,
      title,
      pages: taught.map((p) => pageHref(p.id)),
      questions: tested.map((q) => q.id),
      mls: [...mls].filter((t) => rank.has(t)).sort((a, b) => rank.get(a)! - rank.get(b)!),
    };
  };
  const item = (i: { id: string; text: string; source: string }): MlaItemCoverage => ({ ...coverage(i.id, i.text), source: i.source });
  return {
    version: 1,
    exam: 'MLA-C01',
    name: outline.name,
    guide: outline.guide,
    facts: outline.facts,
    questionTypes: outline.questionTypes,
    domains: outline.domains.map((d) => ({
      id: d.id,
      title: d.title,
      weight: d.weight,
      tasks: d.tasks.map((t) => ({ ...coverage(t.id, t.title), knowledge: t.knowledge.map(item), skills: t.skills.map(item) })),
    })),
  };
}

export function buildQuestionsData(questions: readonly QuestionData[], caseStudies: readonly CaseStudyData[] = []): QuestionsData {
  return {
    version: 3,
    questions: questions.map((q) => ({
      id: q.id,
      domain: q.domain ?? null,
      exams: examsOf(q),
      tasks: [...q.tasks],
      mla: [...q.mla],
      type: q.type,
      select: q.select ?? 1,
      stem: q.stem,
      options: q.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct, explanation: o.explanation })),
      ...typedFields(q),
      references: [...q.references],
      page: pageHref(q.page),
    })),
    caseStudies: [...caseStudies].sort((a, b) => a.id.localeCompare(b.id)).map((c) => ({ id: c.id, title: c.title, scenario: c.scenario })),
  };
}

export interface TreesData {
  version: 1;
  trees: (Omit<TreeData, 'page'> & { page: string })[];
}

/** Every decision tree in id order, its page as a URL path; a node without help has no `help` field. */
export function buildTreesData(trees: readonly TreeData[]): TreesData {
  const node = (n: TreeNode): TreeNode => ({ question: n.question, ...(n.help ? { help: n.help } : {}), options: n.options });
  return {
    version: 1,
    trees: [...trees]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((t) => ({
        id: t.id,
        title: t.title,
        page: pageHref(t.page),
        tasks: t.tasks,
        mla: t.mla,
        start: t.start,
        nodes: Object.fromEntries(Object.entries(t.nodes).map(([id, n]) => [id, node(n)])),
        outcomes: t.outcomes,
      })),
  };
}
