import { z } from 'astro/zod';

/** The kinds of page search can filter by. */
export const pageKinds = ['concept', 'service', 'algorithm', 'metric', 'comparison', 'decision-guide', 'reference', 'exam'] as const;

/** An outline id: a task statement (`3.5`) or a bullet (`3.5.b`). Existence is checked across files. */
export const outlineId = z.string().regex(/^[1-4]\.[1-9](\.[a-z])?$/, 'an outline id such as "3.5" or "3.5.b"');

/**
 * An MLA-C01 outline id: a task statement (`mla:2.3`), a knowledge item (`mla:2.3.k4`) or a skill item
 * (`mla:2.3.s9`), numbered in the order AWS lists them. Existence is checked across files.
 */
export const mlaId = z
  .string()
  .regex(/^mla:[1-4]\.[1-9](\.[ks][1-9][0-9]?)?$/, 'an MLA-C01 outline id such as "mla:2.3", "mla:2.3.k4" or "mla:2.3.s9"');

/** Frontmatter of a guide page (`content/pages/**\/*.mdx`). */
export const pageSchema = z.strictObject({
  /** The page's only `h1`. */
  title: z.string().min(3).max(90),
  /** A short label for the sidebar when the title would wrap there; the title if absent. */
  sidebar: z.string().min(2).max(32).optional(),
  /** One sentence for search engines, link previews and section indexes. */
  description: z.string().min(40).max(200),
  /** Exam domain; required in a domain folder and must match it, absent elsewhere. */
  domain: z.number().int().min(1).max(4).optional(),
  /** Outline ids the page teaches. */
  tasks: z.array(outlineId).default([]),
  /** MLA-C01 outline ids the page teaches. */
  mla: z.array(mlaId).default([]),
  /** Position in its sidebar group; ties sort by title. */
  order: z.number(),
  /** Optional sub-group in the section's sidebar, such as `Built-in algorithms`. */
  group: z.string().min(2).optional(),
  /** What sort of page this is; search filters on it. */
  kind: z.enum(pageKinds).default('concept'),
  /** Acronyms, former names and misspellings that should find this page in search. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Where the facts come from; canonical AWS documentation URLs where possible. */
  sources: z.array(z.url({ protocol: /^https?$/ })).min(1),
  /** When the facts were last checked. */
  updated: z.coerce.date({ error: 'a date written YYYY-MM-DD, such as 2026-11-23' }),
});

export type PageData = z.infer<typeof pageSchema>;
export type PageKind = (typeof pageKinds)[number];
