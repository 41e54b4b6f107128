import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { caseStudySchema } from './schemas/case-study.ts';
import { mlaOutlineSchema } from './schemas/mla-outline.ts';
import { domainSchema } from './schemas/outline.ts';
import { pageSchema } from './schemas/page.ts';
import { questionSchema } from './schemas/question.ts';
import { treeSchema } from './schemas/tree.ts';

/** The exam outline: one entry per domain, with its task statements and bullets. */
const outline = defineCollection({
  loader: file('content/outline.yaml', { parser: (text) => parseYaml(text).domains }),
  schema: domainSchema,
});

/** The MLA-C01 outline and exam facts: one entry, `MLA-C01`, holding the whole file. */
const mlaOutline = defineCollection({
  loader: file('content/mla-outline.yaml', { parser: (text) => ({ 'MLA-C01': parseYaml(text) }) }),
  schema: mlaOutlineSchema,
});

/** Guide pages; the entry id (path under content/pages) is the URL path. */
const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '**/*.mdx' }),
  schema: pageSchema,
});

/** A folder of YAML files, one entry per file, whose id is the file name (sub-folders only group them). */
const yamlByFileName = (base: string) =>
  glob({ base, pattern: '**/*.yaml', generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.yaml$/, '') });

/** The question bank; the entry id is the file name. */
const questions = defineCollection({ loader: yamlByFileName('./content/questions'), schema: questionSchema });

/** Decision trees; the entry id is the file name. */
const trees = defineCollection({ loader: yamlByFileName('./content/trees'), schema: treeSchema });

/** Case studies: a scenario shared by the questions whose `case` names it; the entry id is the file name. */
const caseStudies = defineCollection({ loader: yamlByFileName('./content/case-studies'), schema: caseStudySchema });

export const collections = { outline, mlaOutline, pages, questions, trees, caseStudies };
