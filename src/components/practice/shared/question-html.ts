/**
 * HTML for questions of the pre-rendered bank, shared by the exam, its review and spaced review.
 * Question HTML comes from the build (trusted); everything else written here is escaped.
 */
import { escapeHtml } from '../../../client/html.ts';
import { optionMark } from '../../../lib/questions/option-mark.ts';
import { referenceLabel } from '../../../lib/urls.ts';
import { type ExamBankQuestion, optionLetter } from '../../../lib/questions/exam-bank.ts';
import { scoreQuestion } from '../../../lib/questions/score-question.ts';
import type { OpenCaseStudy } from '../../../lib/open-data/open-data.ts';
import { correctAnswer, isItemType } from '../../../lib/questions/item-answer.ts';
import { type ItemQuestion, itemExplanationsHtml, itemKeyText, itemRowsHtml, markItems } from '../../mdx/quiz/item-rows.ts';

/** The question as item-rows.ts needs it, when it is an ordering or matching question. */
export function itemQuestion(q: ExamBankQuestion): ItemQuestion | undefined {
  const type = q.type;
  return isItemType(type) ? { ...q, type } : undefined;
}

/**
 * The answer controls of `q`: its options (`optionInputs`), or for an ordering or matching question
 * a select per step or prompt (item-rows.ts), set to `chosen`.
 */
export function answerControls(
  q: ExamBankQuestion,
  name: string,
  chosen: readonly string[],
  template: HTMLTemplateElement,
): DocumentFragment {
  const items = itemQuestion(q);
  if (!items) return optionInputs(q, name, chosen, template);
  const holder = document.createElement('template');
  holder.innerHTML = `<li class="sg-item-answer">${itemRowsHtml(items, name, chosen, false)}</li>`;
  return holder.content;
}

/** The answer given on screen under `root`: checked options, or the chosen value of every select. */
export function chosenIn(root: ParentNode): string[] {
  return [
    ...[...root.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value),
    ...[...root.querySelectorAll<HTMLSelectElement>('select[data-item-select]')].map((s) => s.value).filter(Boolean),
  ];
}

/** Mark what was given under `root` once checked: each option, or each step or prompt, in words. */
export function markAnswer(root: ParentNode, q: ExamBankQuestion, chosen: readonly string[]): void {
  const correct = correctAnswer(q);
  const items = itemQuestion(q);
  if (items) return markItems(root, items, correct, chosen);
  for (const option of root.querySelectorAll<HTMLElement>('.sg-option')) {
    const id = option.dataset.option ?? '';
    const { mark, text } = optionMark(correct.includes(id), chosen.includes(id));
    option.dataset.mark = mark;
    const slot = option.querySelector('.sg-option-mark');
    if (slot) slot.textContent = text;
  }
}

/** The case study's scenario before a question, for a `[data-…-case]` part; empty without a case. */
export function caseHtml(caseStudy: OpenCaseStudy | undefined, id: string): string {
  return caseStudy
    ? `<p class="sg-case-title" id="${id}">Case study: ${escapeHtml(caseStudy.title)}</p><div class="sg-case-scenario">${caseStudy.scenario}</div>`
    : '';
}

/**
 * The answer options as inputs (`name` groups them), in the order of `q.options` (the order shown),
 * each a clone of the page's `<template data-option-row>` (OptionRow.astro, the markup inline
 * quizzes use too).
 */
export function optionInputs(
  q: ExamBankQuestion,
  name: string,
  chosen: readonly string[],
  template: HTMLTemplateElement,
): DocumentFragment {
  const fragment = document.createDocumentFragment();
  q.options.forEach((o, i) => {
    const row = template.content.firstElementChild?.cloneNode(true);
    if (!(row instanceof HTMLElement)) throw new Error('question-html: <template data-option-row> holds no option row');
    row.dataset.option = o.id;
    const input = row.querySelector('input');
    const letter = row.querySelector('.sg-option-letter');
    const text = row.querySelector('.sg-option-text');
    if (!input || !letter || !text) throw new Error('question-html: the option row lacks its input, letter or text');
    input.type = q.type === 'single' ? 'radio' : 'checkbox';
    input.name = name;
    input.value = o.id;
    input.checked = chosen.includes(o.id);
    letter.textContent = `${optionLetter(i)}.`;
    text.innerHTML = o.text;
    fragment.append(row);
  });
  return fragment;
}

export { optionMark };

/** The correct answer, every explanation and the links to learn more. */
export function answerKey(q: ExamBankQuestion, chosen: readonly string[]): string {
  const correct = correctAnswer(q);
  const score = scoreQuestion(correct, chosen);
  const refs = q.references.map((url) => `<a href="${escapeHtml(url)}">${escapeHtml(referenceLabel(url))}</a>`).join(', ');
  const links = `<p class="sg-key-links">Learn more: <a href="${escapeHtml(q.page)}">${escapeHtml(q.pageTitle)}</a>. AWS documentation: ${refs}.</p>`;
  const verdict = chosen.length === 0 ? ' You did not answer.' : score.correct ? ' You answered correctly.' : '';
  const items = itemQuestion(q);
  if (items) {
    return (
      `<div class="sg-key"><p class="sg-key-answer">${items.type === 'ordering' ? 'Correct order' : 'Correct matches'}: ${itemKeyText(items)}.${verdict}</p>` +
      `<ul class="sg-explanations" role="list">${itemExplanationsHtml(items, chosen)}</ul>${links}</div>`
    );
  }
  const letters = q.options.flatMap((o, i) => (o.correct ? [optionLetter(i)] : []));
  const explanations = q.options
    .map(
      (o, i) =>
        `<li><p class="sg-explanation-verdict"><strong>${optionLetter(i)}: ${o.correct ? 'correct' : 'incorrect'}.</strong></p>${o.explanation}</li>`,
    )
    .join('');
  return (
    `<div class="sg-key"><p class="sg-key-answer">Correct answer${letters.length > 1 ? 's' : ''}: ${letters.join(', ')}.${verdict}</p>` +
    `<ul class="sg-explanations" role="list">${explanations}</ul>${links}</div>`
  );
}

/** Options with marks (read-only), then the answer key, in the order of `q.options` (the order shown). */
export function answeredQuestion(q: ExamBankQuestion, chosen: readonly string[]): string {
  const items = itemQuestion(q);
  if (items) {
    // The same rows as when answering, disabled and marked.
    const holder = document.createElement('div');
    holder.innerHTML = itemRowsHtml(items, `review-${q.id}`, chosen, true);
    markItems(holder, items, correctAnswer(q), chosen);
    return `<div class="sg-item-answer">${holder.innerHTML}</div>${answerKey(q, chosen)}`;
  }
  const options = q.options
    .map((o, i) => {
      const { mark, text } = optionMark(o.correct, chosen.includes(o.id));
      return `<li class="sg-option" data-option="${o.id}" data-mark="${mark}"><p class="sg-option-static"><span class="sg-option-letter">${optionLetter(i)}.</span> <span class="sg-option-text">${o.text}</span></p><span class="sg-option-mark">${text}</span></li>`;
    })
    .join('');
  return `<ul class="sg-options" role="list">${options}</ul>${answerKey(q, chosen)}`;
}
