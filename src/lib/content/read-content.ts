/**
 * Reads every content file, validates it against its schema and the cross-file rules, and reports
 * each problem with the file, the field, the value found and what is allowed. Used by
 * `npm run validate`, the content tests and, through the `contentCheck` integration
 * (src/integrations/content-check.ts), by every `astro build` and `astro dev`, so bad content never
 * reaches a page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import {
  checkOutline,
  checkPages,
  checkQuestions,
  checkCaseStudies,
  type CaseStudyEntry,
  type ContentProblem,
  type PageEntry,
  type QuestionEntry,
  checkTrees,
  checkMlaOutline,
  checkMlaTags,
  mlaTagsOf,
  type TreeEntry,
} from './content-rules.ts';
import { caseStudySchema } from '../../schemas/case-study.ts';
import { type MlaOutline, mlaOutlineSchema } from '../../schemas/mla-outline.ts';
import { type Outline, outlineSchema } from '../../schemas/outline.ts';
import { pageSchema } from '../../schemas/page.ts';
import { questionSchema } from '../../schemas/question.ts';
import { treeSchema } from '../../schemas/tree.ts';

export interface ContentTree {
  outline: Outline | undefined;
  /** The MLA-C01 outline (content/mla-outline.yaml), when it is valid. */
  mlaOutline: MlaOutline | undefined;
  pages: PageEntry[];
  /**
   * Every page file with a valid name, its frontmatter valid or not: the pages other files may
   * name, so one bad frontmatter value is one problem, not one more per question that links it.
   */
  pageFiles: { id: string; file: string }[];
  questions: QuestionEntry[];
  trees: TreeEntry[];
  /** Case studies (content/case-studies/), each a scenario that several questions share. */
  caseStudies: CaseStudyEntry[];
  problems: ContentProblem[];
}

function walk(dir: string, extension: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names.filter((name) => name.endsWith(extension)).map((name) => join(dir, name)).sort();
}

/** The value at a Zod issue path in the data as written (before any coercion). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function schemaProblems(file: string, error: z.ZodError, data: unknown): ContentProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.reduce<string>(
      (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
      '',
    );
    const input = valueAt(data, issue.path);
    let found = input === undefined ? 'nothing' : JSON.stringify(input);
    if (found.length > 80) found = `${found.slice(0, 77)}...`;
    if (issue.code === 'unrecognized_keys') found = `unknown field(s) ${issue.keys.join(', ')}`;
    return { file, field: field || '(file)', found, allowed: issue.message };
  });
}

/** Every YAML file under `dir` that parses and fits `schema`; a problem for each that does not. */
function readYamlFiles<T>(dir: string, schema: z.ZodType<T>, rel: (path: string) => string, problems: ContentProblem[]): { file: string; data: T }[] {
  const entries: { file: string; data: T }[] = [];
  for (const path of walk(dir, '.yaml')) {
    const file = rel(path);
    try {
      const data: unknown = parseYaml(readFileSync(path, 'utf8'));
      const parsed = schema.safeParse(data);
      if (parsed.success) entries.push({ file, data: parsed.data });
      else problems.push(...schemaProblems(file, parsed.error, data));
    } catch (error) {
      problems.push({ file, field: '(file)', found: String(error).split('\n')[0] ?? '', allowed: 'valid YAML' });
    }
  }
  return entries;
}

/** One outline file, parsed, fitted to its schema and checked; undefined (with problems) when it cannot be used. */
function readOutlineFile<T>(
  path: string,
  schema: z.ZodType<T>,
  check: (outline: T, file: string) => ContentProblem[],
  rel: (path: string) => string,
  problems: ContentProblem[],
): T | undefined {
  const file = rel(path);
  try {
    const data: unknown = parseYaml(readFileSync(path, 'utf8'));
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      problems.push(...schemaProblems(file, parsed.error, data));
      return undefined;
    }
    problems.push(...check(parsed.data, file));
    return parsed.data;
  } catch (error) {
    problems.push({ file, field: '(file)', found: String(error), allowed: 'a readable YAML file' });
    return undefined;
  }
}

/** Read and check all of `content/` under `root`. */
export function readContent(root: string): ContentTree {
  const problems: ContentProblem[] = [];
  const rel = (path: string) => relative(root, path);

  const outline = readOutlineFile(join(root, 'content/outline.yaml'), outlineSchema, checkOutline, rel, problems);
  const mlaOutline = readOutlineFile(join(root, 'content/mla-outline.yaml'), mlaOutlineSchema, checkMlaOutline, rel, problems);

  const pagesDir = join(root, 'content/pages');
  const pages: PageEntry[] = [];
  const pageFiles: ContentTree['pageFiles'] = [];
  for (const path of walk(pagesDir, '.mdx')) {
    const file = rel(path);
    const id = relative(pagesDir, path).replace(/\.mdx$/, '');
    if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(id)) {
      problems.push({ file, field: '(file name)', found: JSON.stringify(id), allowed: 'lower-case letters, digits and hyphens' });
      continue;
    }
    pageFiles.push({ id, file });
    try {
      const { frontmatter } = parseFrontmatter(readFileSync(path, 'utf8'));
      const parsed = pageSchema.safeParse(frontmatter);
      if (parsed.success) pages.push({ id, file, data: parsed.data });
      else problems.push(...schemaProblems(file, parsed.error, frontmatter));
    } catch (error) {
      problems.push({ file, field: '(frontmatter)', found: String(error), allowed: 'YAML frontmatter between --- lines' });
    }
  }

  const questions: QuestionEntry[] = readYamlFiles(join(root, 'content/questions'), questionSchema, rel, problems);
  const trees: TreeEntry[] = readYamlFiles(join(root, 'content/trees'), treeSchema, rel, problems);
  const caseStudies: CaseStudyEntry[] = readYamlFiles(join(root, 'content/case-studies'), caseStudySchema, rel, problems);
  problems.push(...checkCaseStudies(caseStudies, questions));

  if (outline) {
    const pageIds = new Set(pageFiles.map((p) => p.id));
    problems.push(...checkPages(pages, outline));
    problems.push(...checkQuestions(questions, outline, pageIds, new Set(caseStudies.map((c) => c.data.id))));
    problems.push(...checkTrees(trees, outline, pageIds));
  }
  if (mlaOutline) problems.push(...checkMlaTags(mlaTagsOf(pages, questions, trees), mlaOutline));
  return { outline, mlaOutline, pages, pageFiles, questions, trees, caseStudies, problems };
}
