import { z } from 'astro/zod';

/** Where an outline item's wording was read (see the header of content/mla-outline.yaml). */
export const mlaItemSources = ['aws-page', 'aws-page-prefix', 'third-party-copy'] as const;

/** How sure an exam fact is: read on the AWS page, in the guide text known from copies, or not stated by AWS. */
export const mlaFactStatuses = ['aws', 'guide-text', 'not-stated'] as const;

const awsUrl = z.url({ protocol: /^https$/, hostname: /(^|\.)(aws\.amazon\.com|docs\.aws\.amazon\.com)$/ });

/** A "Knowledge of" (`mla:1.1.k1`) or "Skills in" (`mla:1.1.s1`) item of a task statement. */
export const mlaItemSchema = z.strictObject({
  /** Stable id: the task statement's id, `.k` or `.s`, and the item's position in AWS's list (from 1). */
  id: z.string().regex(/^mla:[1-4]\.[1-9]\.[ks][1-9][0-9]?$/, 'an item id such as "mla:2.3.k4" or "mla:2.3.s9"'),
  /** AWS's wording (current docs pages, "SageMaker AI"). */
  text: z.string().min(3),
  /** Where the wording was read. */
  source: z.enum(mlaItemSources),
});

/** A task statement with its knowledge and skill items, in AWS's order. */
export const mlaTaskSchema = z.strictObject({
  id: z.string().regex(/^mla:[1-4]\.[1-9]$/, 'a task statement id such as "mla:2.3"'),
  title: z.string().min(3),
  knowledge: z.array(mlaItemSchema).min(1),
  skills: z.array(mlaItemSchema).min(1),
});

/** One of the four MLA-C01 domains, with its share of the scored content. */
export const mlaDomainSchema = z.strictObject({
  id: z.enum(['1', '2', '3', '4']),
  title: z.string().min(3),
  /** Percentage of scored content; the four add up to 100. */
  weight: z.number().int().min(1).max(100),
  /** The AWS page of the domain. */
  source: awsUrl,
  /** Whether an AWS page read for this guide states the weight. */
  weightStated: z.boolean(),
  /** Where the weight comes from when no AWS page read states it. */
  weightNote: z.string().min(10).optional(),
  tasks: z.array(mlaTaskSchema).min(1),
});

/** A fact about the exam (question counts, duration, score), with its source and how sure it is. */
export const mlaFactSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  label: z.string().min(3),
  /** The figure; null where AWS states none and no report is given. */
  value: z.union([z.number(), z.string().min(1), z.null()]),
  status: z.enum(mlaFactStatuses),
  source: awsUrl,
  /** AWS's words, or what the figure rests on when AWS does not state it. */
  note: z.string().min(10),
});

/** A question type the exam guide names, with how AWS says it is scored. */
export const mlaQuestionTypeSchema = z.strictObject({
  id: z.enum(['multiple-choice', 'multiple-response', 'ordering', 'matching', 'case-study']),
  label: z.string().min(3),
  scoring: z.string().min(10),
});

/** `content/mla-outline.yaml`: the MLA-C01 exam's facts and content outline. */
export const mlaOutlineSchema = z.strictObject({
  exam: z.literal('MLA-C01'),
  name: z.string().min(3),
  /** The AWS exam guide. */
  guide: awsUrl,
  facts: z.array(mlaFactSchema).min(1),
  questionTypes: z.array(mlaQuestionTypeSchema).length(5),
  questionTypesStatus: z.enum(mlaFactStatuses),
  questionTypesSource: awsUrl,
  domains: z.array(mlaDomainSchema).length(4),
});

export type MlaItem = z.infer<typeof mlaItemSchema>;
export type MlaTask = z.infer<typeof mlaTaskSchema>;
export type MlaDomain = z.infer<typeof mlaDomainSchema>;
export type MlaFact = z.infer<typeof mlaFactSchema>;
export type MlaOutline = z.infer<typeof mlaOutlineSchema>;
