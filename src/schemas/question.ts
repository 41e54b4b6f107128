import { z } from 'astro/zod';
import { mlaId, outlineId } from './page.ts';

/** One answer option of a question. */
export const optionSchema = z.strictObject({
  /** Stable within the question: `a`, `b`, … */
  id: z.string().regex(/^[a-z]$/, 'a single lower-case letter'),
  /** Markdown. */
  text: z.string().min(1),
  correct: z.boolean(),
  /** Markdown: why this option is right, or the misconception that makes it wrong. */
  explanation: z.string().min(10),
});

/** One step of an ordering question; the steps are authored in the right order. */
export const stepSchema = z.strictObject({
  /** Stable within the question: `a`, `b`, …; saved answers pair it with a position (`a=2`). */
  id: z.string().regex(/^[a-z]$/, 'a single lower-case letter'),
  /** Markdown (inline). */
  text: z.string().min(1),
  /** Markdown: why the step belongs at its place, naming the misconception that puts it elsewhere. */
  explanation: z.string().min(10),
});

/** One prompt of a matching question, with the response that matches it. */
export const promptSchema = z.strictObject({
  /** Stable within the question: `a`, `b`, …; saved answers pair it with a response id (`a=c`). */
  id: z.string().regex(/^[a-z]$/, 'a single lower-case letter'),
  /** Markdown (inline). */
  text: z.string().min(1),
  /** The id of the response that matches this prompt. */
  answer: z.string().regex(/^[a-z]$/, 'the single-letter id of one of the responses'),
  /** Markdown: why this pair matches, naming the misconception behind the likeliest wrong match. */
  explanation: z.string().min(10),
});

/** One response of a matching question; responses may outnumber prompts, and one may match several. */
export const responseSchema = z.strictObject({
  /** Stable within the question: `a`, `b`, … */
  id: z.string().regex(/^[a-z]$/, 'a single lower-case letter'),
  /** Plain text (no Markdown): it is shown inside a native `<select>`. */
  text: z.string().min(1).max(120),
});

/** A question of the bank (`content/questions/**\/<id>.yaml`). */
export const questionSchema = z.strictObject({
  /** Stable id, equal to the file name: answers saved in browsers refer to it. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens'),
  /**
   * The MLS-C01 domain. Absent, with `tasks` empty, on a question only MLA-C01 tests (CI/CD, IaC, cost…):
   * such a question counts for neither the MLS-C01 bank's weights nor its practice exam and drills.
   */
  domain: z.number().int().min(1).max(4).optional(),
  /** MLS-C01 outline ids the question tests; empty only on an MLA-C01-only question. */
  tasks: z.array(outlineId).default([]),
  /** MLA-C01 outline ids the question tests, where it fits that exam too. */
  mla: z.array(mlaId).default([]),
  /**
   * `single` and `multiple` answer with `options`; `ordering` with `steps` (put in order), `matching`
   * with `prompts` matched to `responses` (MLA-C01's response types, scored all or nothing).
   */
  type: z.enum(['single', 'multiple', 'ordering', 'matching']),
  /** How many options to choose: 1 for single answer, 2 or 3 for multiple response. */
  select: z.number().int().min(1).max(3).optional(),
  /** The guide page it belongs to: its path under `content/pages`, without extension. */
  page: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'a page id such as "data-engineering/streaming-ingestion"'),
  /** Optional heading id on that page that teaches the point. */
  section: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'a heading id such as "kinesis-data-streams"')
    .optional(),
  /** Markdown. */
  stem: z.string().min(20),
  /** Single answer and multiple response: 4 to 8 options (content-rules.ts checks the count per type). */
  options: z.array(optionSchema).max(8).default([]),
  /** Ordering: 3 to 5 steps in the right order. */
  steps: z.array(stepSchema).max(5).default([]),
  /** Matching: 3 to 7 prompts, each with the id of its response. */
  prompts: z.array(promptSchema).max(7).default([]),
  /** Matching: the responses the prompts are matched to, at least as many as needed. */
  responses: z.array(responseSchema).max(10).default([]),
  /** The case study (`content/case-studies/<id>.yaml`) whose scenario the question shares with 1 to 3 others. */
  case: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'the id of a case study in content/case-studies/')
    .optional(),
  references: z.array(z.url({ protocol: /^https$/ })).min(1),
});

export type QuestionData = z.infer<typeof questionSchema>;
export type OptionData = z.infer<typeof optionSchema>;
export type StepData = z.infer<typeof stepSchema>;
export type PromptData = z.infer<typeof promptSchema>;
export type ResponseData = z.infer<typeof responseSchema>;
