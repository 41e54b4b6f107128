import { z } from 'astro/zod';
import { mlaId, outlineId } from './page.ts';

const nodeId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens');

/** A link from an outcome: a guide page (site-absolute path) or AWS documentation (https URL). */
export const treeLinkSchema = z.strictObject({
  label: z.string().min(2),
  href: z.string().regex(/^(\/[a-z0-9\-/#._]*|https:\/\/\S+)$/, 'a site path such as "/modeling/xgboost/#tuning" or an https URL'),
});

/** A question of the tree: each option leads to another node or to an outcome. */
export const treeNodeSchema = z.strictObject({
  /** Plain text; the question the learner answers at this step. */
  question: z.string().min(5),
  /** Optional Markdown that helps to answer the question. */
  help: z.string().min(5).optional(),
  options: z
    .array(z.strictObject({ label: z.string().min(1), next: nodeId }))
    .min(2)
    .max(6),
});

/** Where a path ends: what to choose, why, and the trap around it. */
export const treeOutcomeSchema = z.strictObject({
  /** The choice, in a few words (e.g. "SageMaker asynchronous inference"). */
  recommendation: z.string().min(3),
  /** Markdown: why this is the right choice for the path taken. */
  reason: z.string().min(20),
  /** Markdown: the common wrong choice at this point and why it is wrong. */
  trap: z.string().min(20),
  /** At least one guide page and at least one AWS documentation page. */
  links: z.array(treeLinkSchema).min(2),
  /** Outline ids this outcome teaches. */
  tasks: z.array(outlineId).min(1),
  /** MLA-C01 outline ids this outcome teaches. */
  mla: z.array(mlaId).default([]),
});

/** A decision tree (`content/trees/<id>.yaml`). */
export const treeSchema = z.strictObject({
  /** Equal to the file name; used in URLs (`?tree=<id>`) and the open data. */
  id: nodeId,
  title: z.string().min(5).max(90),
  /** The guide page the tree is embedded in (page id, as for questions). */
  page: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'a page id such as "ml-operations/inference-options"'),
  tasks: z.array(outlineId).min(1),
  /** MLA-C01 outline ids the tree teaches. */
  mla: z.array(mlaId).default([]),
  start: nodeId,
  nodes: z.record(nodeId, treeNodeSchema),
  outcomes: z.record(nodeId, treeOutcomeSchema),
});

export type TreeData = z.infer<typeof treeSchema>;
export type TreeNode = z.infer<typeof treeNodeSchema>;
export type TreeOutcome = z.infer<typeof treeOutcomeSchema>;
