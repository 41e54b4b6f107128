/**
 * HTML for questions of the pre-rendered bank, shared by the exam, its review and spaced review.
 * Question HTML comes from the build (trusted); everything else written here is escaped.
 */
import { escapeHtml } from '../../../client/html.ts';
import { optionMark } from '../../../lib/questions/option-mark.ts';
import { referenceLabel } from '../../../lib/urls.ts';
import { type ExamBankQuestion, optionLetter } from '../../../lib/questions/exam-bank.ts';
import { scoreQuestion } from '../../../lib/questions/score-question.ts';

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
  const correct = q.options.filter((o) => o.correct).map((o) => o.id);
  const score = scoreQuestion(correct, chosen);
  const letters = q.options.flatMap((o, i) => (o.correct ? [optionLetter(i)] : []));
  const explanations = q.options
    .map(
      (o, i) =>
        `<li><p class="sg-explanation-verdict"><strong>${optionLetter(i)}: ${o.correct ? 'correct' : 'incorrect'}.</strong></p>${o.explanation}</li>`,
    )
    .join('');
  const refs = q.references.map((url) => `<a href="${escapeHtml(url)}">${escapeHtml(referenceLabel(url))}</a>`).join(', ');
  return (
    `<div class="sg-key"><p class="sg-key-answer">Correct answer${letters.length > 1 ? 's' : ''}: ${letters.join(', ')}.${
      chosen.length === 0 ? ' You did not answer.' : score.correct ? ' You answered correctly.' : ''
    }</p>` +
    `<ul class="sg-explanations" role="list">${explanations}</ul>` +
    `<p class="sg-key-links">Learn more: <a href="${escapeHtml(q.page)}">${escapeHtml(q.pageTitle)}</a>. AWS documentation: ${refs}.</p></div>`
  );
}

/** Options with marks (read-only), then the answer key, in the order of `q.options` (the order shown). */
export function answeredQuestion(q: ExamBankQuestion, chosen: readonly string[]): string {
  const options = q.options
    .map((o, i) => {
      const { mark, text } = optionMark(o.correct, chosen.includes(o.id));
      return `<li class="sg-option" data-option="${o.id}" data-mark="${mark}"><p class="sg-option-static"><span class="sg-option-letter">${optionLetter(i)}.</span> <span class="sg-option-text">${o.text}</span></p><span class="sg-option-mark">${text}</span></li>`;
    })
    .join('');
  return `<ul class="sg-options" role="list">${options}</ul>${answerKey(q, chosen)}`;
}
