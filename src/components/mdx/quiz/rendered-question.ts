/**
 * A question of the bank rendered for a page (build time): stem, options and explanations as HTML
 * in the authored order, letters by position, the link to the section that teaches it. QuestionCard
 * shows it; sg-quiz then puts the options in the learner's order.
 */
import type { Page, Question } from '../../../data/guide.ts';
import { renderInlineMarkdown, renderMarkdown } from '../../../lib/markdown/render-markdown.ts';
import { optionLetter } from '../../../lib/questions/exam-bank.ts';
import { sectionHref } from '../../../lib/urls.ts';

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
  type: 'single' | 'multiple';
  select: number;
  /** Block HTML. */
  stem: string;
  options: RenderedOption[];
  correctLetters: string[];
  pageLink: { href: string; title: string } | undefined;
  references: string[];
  tasks: string[];
}

export async function renderQuestion(q: Question, pages: ReadonlyMap<string, Page>): Promise<RenderedQuestion> {
  const d = q.data;
  const target = pages.get(d.page);
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
    correctLetters: d.options.flatMap((o, i) => (o.correct ? [optionLetter(i)] : [])),
    pageLink: target ? { href: sectionHref(d.page, d.section), title: target.data.title } : undefined,
    references: [...d.references],
    tasks: [...d.tasks],
  };
}
