/**
 * A question of the bank rendered for a page (build time): stem, options and explanations as HTML
 * in the authored order, letters by position, the link to the section that teaches it. QuestionCard
 * shows it; sg-quiz then puts the options in the learner's order.
 */
import type { Page, Question } from '../../../data/guide.ts';
import { renderInlineMarkdown, renderMarkdown } from '../../../lib/markdown/render-markdown.ts';
import { optionLetter } from '../../../lib/questions/exam-bank.ts';
import { sectionHref } from '../../../lib/urls.ts';
import { correctAnswer, type QuestionType } from '../../../lib/questions/item-answer.ts';
import { escapeHtml } from '../../../client/html.ts';
import type { CaseStudyData } from '../../../schemas/case-study.ts';

export interface RenderedOption {
  id: string;
  letter: string;
  correct: boolean;
  /** Inline HTML. */
  text: string;
  /** Block HTML. */
  explanation: string;
}

export interface RenderedQuestion {
  id: string;
  type: QuestionType;
  select: number;
  /** Block HTML. */
  stem: string;
  options: RenderedOption[];
  /** Ordering: the steps in the right order (text inline HTML, explanation block HTML). */
  steps: { id: string; text: string; explanation: string }[];
  /** Matching: the prompts with their answers, and the responses (escaped plain text). */
  prompts: { id: string; text: string; answer: string; explanation: string }[];
  responses: { id: string; text: string }[];
  /** The right answer as option ids or `item=value` tokens (item-answer.ts). */
  correct: string[];
  /** The case study whose scenario (block HTML) comes before the stem. */
  caseStudy: { id: string; title: string; scenario: string } | undefined;
  correctLetters: string[];
  pageLink: { href: string; title: string } | undefined;
  references: string[];
  tasks: string[];
}

/**
 * An ordering question's steps and a matching question's prompts and responses as HTML (text inline,
 * explanations block; responses are plain text, escaped); empty lists for the other types. The
 * pre-rendered bank (src/data/practice.ts) publishes the same.
 */
export async function renderItems(d: Question['data']): Promise<Pick<RenderedQuestion, 'steps' | 'prompts' | 'responses'>> {
  return {
    steps: await Promise.all(
      d.steps.map(async (st) => ({
        id: st.id,
        text: await renderInlineMarkdown(st.text),
        explanation: await renderMarkdown(st.explanation),
      })),
    ),
    prompts: await Promise.all(
      d.prompts.map(async (p) => ({
        id: p.id,
        text: await renderInlineMarkdown(p.text),
        answer: p.answer,
        explanation: await renderMarkdown(p.explanation),
      })),
    ),
    responses: d.responses.map((r) => ({ id: r.id, text: escapeHtml(r.text) })),
  };
}

export async function renderQuestion(
  q: Question,
  pages: ReadonlyMap<string, Page>,
  caseStudies: ReadonlyMap<string, CaseStudyData> = new Map(),
): Promise<RenderedQuestion> {
  const d = q.data;
  const target = pages.get(d.page);
  const caseStudy = d.case ? caseStudies.get(d.case) : undefined;
  return {
    id: q.id,
    type: d.type,
    select: d.select ?? 1,
    stem: await renderMarkdown(d.stem),
    options: await Promise.all(
      d.options.map(async (o, i) => ({
        id: o.id,
        letter: optionLetter(i),
        correct: o.correct,
        text: await renderInlineMarkdown(o.text),
        explanation: await renderMarkdown(o.explanation),
      })),
    ),
    ...(await renderItems(d)),
    correct: correctAnswer(d),
    caseStudy: caseStudy && { id: caseStudy.id, title: caseStudy.title, scenario: await renderMarkdown(caseStudy.scenario) },
    correctLetters: d.options.flatMap((o, i) => (o.correct ? [optionLetter(i)] : [])),
    pageLink: target ? { href: sectionHref(d.page, d.section), title: target.data.title } : undefined,
    references: [...d.references],
    tasks: [...d.tasks],
  };
}
