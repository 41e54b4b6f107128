/**
 * The pre-rendered question bank the practice pages load from `/data/exam-bank.json`: the same
 * questions as `/data/questions.json`, with stems, options and explanations already rendered to HTML
 * at build time (formulas as KaTeX HTML), so the browser needs no Markdown or KaTeX code; and the
 * outline titles the results and dashboard name. Field names may be added, none renamed.
 *
 * Version 2 (as `/data/questions.json` version 2): the bank holds every question, so `domain` is null
 * on a question only MLA-C01 tests; `mlaDomain` and `mlaDomains` were added for the MLA-C01 exam.
 * The MLS-C01 pages use the questions with a `domain`, the MLA-C01 exam those with an `mlaDomain`.
 *
 * Version 3 (as `/data/questions.json` version 3): `type` may be `ordering` or `matching` (with
 * `steps`, or `prompts` and `responses`, their text inline HTML, explanations block HTML);
 * `caseStudies` holds the shared scenarios (block HTML) that questions name in `case`.
 */
import type { OpenCaseStudy, OpenOption, OpenQuestion } from '../open-data/open-data.ts';

/** An option: `text` inline HTML, `explanation` block HTML. */
export type ExamBankOption = OpenOption;

/**
 * A question of `/data/questions.json` with its text as HTML (`stem` block HTML, options as above),
 * `page` the site-absolute link to the guide section that teaches the point, and that page's title.
 */
export interface ExamBankQuestion extends OpenQuestion {
  /** The MLA-C01 domain it counts in: that of its first `mla:` id; null when MLA-C01 does not test it. */
  mlaDomain: number | null;
  options: ExamBankOption[];
  pageTitle: string;
}

export interface ExamBankTask {
  /** `1.2` (MLS-C01) or `mla:1.2` (MLA-C01). */
  id: string;
  title: string;
  /** Site-absolute paths of the pages that teach it. */
  pages: string[];
}

export interface ExamBankDomain {
  id: number;
  title: string;
  weight: number;
  tasks: ExamBankTask[];
}

export interface ExamBank {
  version: 3;
  /** The MLS-C01 outline. */
  domains: ExamBankDomain[];
  /** The MLA-C01 outline, its task statements with `mla:` ids. */
  mlaDomains: ExamBankDomain[];
  questions: ExamBankQuestion[];
  /** The case studies, `scenario` as block HTML. */
  caseStudies: OpenCaseStudy[];
}

/** `Select TWO.` for a multiple-response question, as the exam words it; empty for single answer. */
export function selectHint(select: number): string {
  return select > 1 ? `(Select ${['', 'ONE', 'TWO', 'THREE', 'FOUR'][select] ?? select}.)` : '';
}

/** What an ordering or matching question asks of the learner, after its number; empty for other types. */
export function typeHint(type: string): string {
  if (type === 'ordering') return '(Put the steps in order.)';
  if (type === 'matching') return '(Match each prompt to a response.)';
  return '';
}

/** The hint after a question's number: `(Select TWO.)`, `(Put the steps in order.)`, or nothing. */
export const answerHint = (q: { type: string; select: number }): string =>
  q.type === 'multiple' ? selectHint(q.select) : typeHint(q.type);

/** Option letters A, B, C… by position. */
export const optionLetter = (index: number): string => String.fromCharCode(65 + index);
