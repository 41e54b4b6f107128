import { z } from 'astro/zod';

/** A lettered bullet of a task statement, such as `1.2.b`. */
export const bulletSchema = z.strictObject({
  /** Stable id: the task id, a dot and a lower-case letter. */
  id: z.string().regex(/^[1-4]\.[1-9]\.[a-z]$/, 'a bullet id such as "1.2.b"'),
  /** Close paraphrase of the exam guide's wording. */
  title: z.string().min(3),
});

/** A task statement, such as `1.2 Identify and implement a data ingestion solution`. */
export const taskSchema = z.strictObject({
  id: z.string().regex(/^[1-4]\.[1-9]$/, 'a task statement id such as "1.2"'),
  title: z.string().min(3),
  bullets: z.array(bulletSchema).min(1),
});

/** One of the four exam domains, with its share of the scored content. */
export const domainSchema = z.strictObject({
  id: z.enum(['1', '2', '3', '4']),
  /** The folder of `content/pages/` that holds the domain's pages, and its URL segment. */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(3),
  /** Percentage of scored content; the four add up to 100. */
  weight: z.number().int().min(1).max(100),
  tasks: z.array(taskSchema).min(1),
});

export const outlineSchema = z.strictObject({
  domains: z.array(domainSchema).length(4),
});

export type Bullet = z.infer<typeof bulletSchema>;
export type Task = z.infer<typeof taskSchema>;
export type Domain = z.infer<typeof domainSchema>;
export type Outline = z.infer<typeof outlineSchema>;
