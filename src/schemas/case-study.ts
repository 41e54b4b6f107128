import { z } from 'astro/zod';

/**
 * A case study (`content/case-studies/<id>.yaml`): one scenario that 2 to 4 questions share, each
 * naming it in its `case` field and scored on its own, as on MLA-C01.
 */
export const caseStudySchema = z.strictObject({
  /** Stable id, equal to the file name: questions name it in `case`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens'),
  /** Plain text: the case's name, shown above the scenario ("Case study: …"). */
  title: z.string().min(5).max(80),
  /** Markdown: the scenario every question of the case builds on. */
  scenario: z.string().min(100),
});

export type CaseStudyData = z.infer<typeof caseStudySchema>;
