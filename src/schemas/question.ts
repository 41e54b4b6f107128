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
  type: z.enum(['single', 'multiple']),
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
  options: z.array(optionSchema).min(4).max(8),
  references: z.array(z.url({ protocol: /^https$/ })).min(1),
});

export type QuestionData = z.infer<typeof questionSchema>;
export type OptionData = z.infer<typeof optionSchema>;
