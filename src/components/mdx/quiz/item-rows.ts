/**
 * The markup of ordering and matching questions, as HTML strings, in one place: QuestionCard renders
 * it at build time (inline quizzes and drills, readable without JavaScript) and the practice exam and
 * spaced review build it in the browser (question-html.ts). Every step or prompt is a list item with
 * a native `<select>` (its position, or its response), so keyboard and screen-reader support are the
 * browser's own. A select's value is the answer token (`a=2`, `a=c`; item-answer.ts).
 *
 * Steps, and a matching question's responses, are listed in `scrambledOrder` (never the answer
 * order) and lettered A, B, C… in that order; prompts keep their authored order, numbered 1, 2, 3….
 * Texts are trusted HTML from the build (responses already escaped).
 */
import { answerMap, answerToken, itemMark, itemResults, positionLabel, scrambledOrder } from '../../../lib/questions/item-answer.ts';
import { optionLetter } from '../../../lib/questions/exam-bank.ts';

interface Item {
  id: string;
  /** Inline HTML. */
  text: string;
}

/** An ordering or matching question as its markup needs it. */
export interface ItemQuestion {
  id: string;
  type: 'ordering' | 'matching';
  steps?: readonly (Item & { explanation: string })[];
  prompts?: readonly (Item & { answer: string; explanation: string })[];
  responses?: readonly Item[];
}

/** The steps in the order listed, or the prompts in authored order. */
export function listedItems(q: ItemQuestion): (Item & { explanation: string })[] {
  if (q.type === 'matching') return [...(q.prompts ?? [])];
  const steps = q.steps ?? [];
  return scrambledOrder(
    q.id,
    steps.map((s) => s.id),
  ).map((id) => steps.find((s) => s.id === id)!);
}

/** The responses in the order listed, each with its letter. */
export function listedResponses(q: ItemQuestion): (Item & { letter: string })[] {
  const responses = q.responses ?? [];
  return scrambledOrder(
    q.id,
    responses.map((r) => r.id),
  ).map((id, i) => ({ ...responses.find((r) => r.id === id)!, letter: optionLetter(i) }));
}

/** How an item is named to the learner: `step B` (its letter as listed) or `prompt 2`. */
function itemLabels(q: ItemQuestion): Map<string, string> {
  return new Map(listedItems(q).map((item, i) => [item.id, q.type === 'ordering' ? `step ${optionLetter(i)}` : `prompt ${i + 1}`]));
}

/** A value (position or response id) as the learner sees it: `3rd`, `C`. */
export function valueLabel(q: ItemQuestion): (value: string) => string {
  const letters = new Map(listedResponses(q).map((r) => [r.id, r.letter]));
  return q.type === 'ordering' ? (value) => positionLabel(Number(value)) : (value) => letters.get(value) ?? value;
}

/**
 * The answer controls: for matching, the lettered responses, then the prompts each with a select of
 * the responses; for ordering, the lettered steps each with a select of positions. `name` prefixes
 * the selects' names and the element ids (unique on the page); `chosen` sets their values.
 */
export function itemRowsHtml(q: ItemQuestion, name: string, chosen: readonly string[], disabled: boolean): string {
  const given = answerMap(chosen);
  const items = listedItems(q);
  const responses = listedResponses(q);
  const values =
    q.type === 'ordering'
      ? items.map((_, i) => ({ value: String(i + 1), label: positionLabel(i + 1) }))
      : responses.map((r) => ({ value: r.id, label: `${r.letter}. ${r.text}` }));
  const labels = itemLabels(q);
  const rows = items
    .map((item, i) => {
      const id = `${name}-${item.id}`;
      const marker = q.type === 'ordering' ? `${optionLetter(i)}.` : `${i + 1}.`;
      const choices = values
        .map(
          (v) => `<option value="${answerToken(item.id, v.value)}"${given.get(item.id) === v.value ? ' selected' : ''}>${v.label}</option>`,
        )
        .join('');
      const what = q.type === 'ordering' ? 'Position' : 'Response';
      return (
        `<li class="sg-item" data-item="${item.id}"><div class="sg-item-body">` +
        `<span class="sg-item-letter" aria-hidden="true">${marker}</span> <span class="sg-item-text" id="${id}-text">${item.text}</span></div>` +
        `<label class="sg-item-control" for="${id}">${what}<span class="sg-visually-hidden"> for ${labels.get(item.id)}</span></label> ` +
        `<select id="${id}" name="${name}" data-item-select="${item.id}" aria-describedby="${id}-text"${disabled ? ' disabled' : ''}>` +
        `<option value="">${q.type === 'ordering' ? 'Choose a position' : 'Choose a response'}</option>${choices}</select>` +
        `<span class="sg-item-mark"></span></li>`
      );
    })
    .join('');
  const heading = q.type === 'ordering' ? 'Steps' : 'Prompts';
  const responseList =
    q.type === 'matching'
      ? `<p class="sg-items-heading" id="${name}-responses-title">Responses</p><ul class="sg-responses" role="list" aria-labelledby="${name}-responses-title">${responses
          .map((r) => `<li><span class="sg-item-letter">${r.letter}.</span> ${r.text}</li>`)
          .join('')}</ul>`
      : '';
  return (
    `${responseList}<p class="sg-items-heading" id="${name}-items-title">${heading}</p>` +
    `<${q.type === 'matching' ? 'ol' : 'ul'} class="sg-items" role="list" aria-labelledby="${name}-items-title" data-items>${rows}</${q.type === 'matching' ? 'ol' : 'ul'}>`
  );
}

/**
 * Mark every step or prompt under `root` as right or wrong for `chosen`, in words. Values are named
 * as the row's own select names them (`3rd`, or the response's letter), so the markup is the only
 * input besides the answer.
 */
export function markItems(root: ParentNode, q: Pick<ItemQuestion, 'type'>, correct: readonly string[], chosen: readonly string[]): void {
  for (const result of itemResults(correct, chosen)) {
    const row = root.querySelector<HTMLElement>(`[data-item="${result.item}"]`);
    if (!row) continue;
    const label = (value: string) => {
      const text = row.querySelector(`option[value="${answerToken(result.item, value)}"]`)?.textContent ?? value;
      return q.type === 'matching' ? (text.split('.')[0] ?? text) : text;
    };
    const { mark, text } = itemMark(q.type, result, label);
    row.dataset.mark = mark;
    const slot = row.querySelector('.sg-item-mark');
    if (slot) slot.textContent = text;
  }
}

/** The right answer in words: `C, A, D, B` (steps in order) or `1 → B, 2 → A, 3 → B`. */
export function itemKeyText(q: ItemQuestion): string {
  const labels = itemLabels(q);
  if (q.type === 'ordering') return (q.steps ?? []).map((s) => labels.get(s.id)!.slice('step '.length)).join(', ');
  const label = valueLabel(q);
  return (q.prompts ?? []).map((p, i) => `${i + 1} → ${label(p.answer)}`).join(', ');
}

/**
 * The answer key's explanations, one per step (in the right order) or per prompt: where it goes or
 * what it matches, and why (the misconception a wrong place or match shows). `results` marks each
 * one the learner got right or wrong, when given.
 */
export function itemExplanationsHtml(q: ItemQuestion, chosen?: readonly string[]): string {
  const labels = itemLabels(q);
  const given = chosen ? answerMap(chosen) : undefined;
  const verdict = (id: string, right: string) =>
    given && given.size > 0 ? (given.get(id) === right ? ' You had this right.' : ' You had this wrong.') : '';
  if (q.type === 'ordering') {
    return (q.steps ?? [])
      .map((s, i) => {
        const label = labels.get(s.id)!;
        return (
          `<li data-explains="${s.id}"><p class="sg-explanation-verdict"><strong>${positionLabel(i + 1)}: ${label[0]!.toUpperCase()}${label.slice(1)}.</strong>${verdict(s.id, String(i + 1))}</p>` +
          `<p class="sg-explanation-item">${s.text}</p>${s.explanation}</li>`
        );
      })
      .join('');
  }
  const responses = new Map(listedResponses(q).map((r) => [r.id, r]));
  return (q.prompts ?? [])
    .map((p, i) => {
      const r = responses.get(p.answer);
      return (
        `<li data-explains="${p.id}"><p class="sg-explanation-verdict"><strong>${i + 1} → ${r?.letter ?? ''}.</strong>${verdict(p.id, p.answer)}</p>` +
        `<p class="sg-explanation-item">${p.text} → ${r?.text ?? ''}</p>${p.explanation}</li>`
      );
    })
    .join('');
}
