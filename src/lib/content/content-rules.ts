/**
 * Rules that span several content files: the outline's own consistency, every tag naming a real
 * outline id, pages sitting in the folder of their domain, questions with the right number of correct
 * options. Pure: callers parse the files and pass the data in; each problem comes back as a
 * `ContentProblem` that names the file, the field, what was found and what is allowed.
 */
import type { MlaOutline } from '../../schemas/mla-outline.ts';
import type { Outline } from '../../schemas/outline.ts';
import type { CaseStudyData } from '../../schemas/case-study.ts';
import type { PageData } from '../../schemas/page.ts';
import type { QuestionData } from '../../schemas/question.ts';
import type { TreeData } from '../../schemas/tree.ts';
import { checkTree } from '../widgets/tree.ts';
import { domainOf, indexOutline } from '../outline/outline.ts';
import { indexMlaOutline, MLA_COUNTS } from '../outline/mla-outline.ts';

export interface ContentProblem {
  /** Path of the file relative to the project root. */
  file: string;
  /** Dotted path of the field, such as `options[2].correct`. */
  field: string;
  found: string;
  allowed: string;
}

export interface PageEntry {
  /** Path under `content/pages` without extension, which is also its URL path. */
  id: string;
  file: string;
  data: PageData;
}

export interface QuestionEntry {
  file: string;
  data: QuestionData;
}

/** Render a problem as one line for a terminal or a build error. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file} › ${p.field}: found ${p.found}; allowed: ${p.allowed}`;
}

const show = (value: unknown): string => {
  const text = JSON.stringify(value);
  if (text === undefined) return 'nothing';
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

export function checkOutline(outline: Outline, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  const total = outline.domains.reduce((sum, d) => sum + d.weight, 0);
  if (total !== 100) {
    problems.push({ file, field: 'domains[].weight', found: `a sum of ${total}`, allowed: 'weights that add up to 100' });
  }
  outline.domains.forEach((domain, di) => {
    domain.tasks.forEach((task, ti) => {
      const field = `domains[${di}].tasks[${ti}]`;
      if (!task.id.startsWith(`${domain.id}.`)) {
        problems.push({ file, field: `${field}.id`, found: show(task.id), allowed: `an id starting with "${domain.id}."` });
      }
      if (seen.has(task.id)) problems.push({ file, field: `${field}.id`, found: show(task.id), allowed: 'an id used once' });
      seen.add(task.id);
      task.bullets.forEach((bullet, bi) => {
        const bfield = `${field}.bullets[${bi}].id`;
        if (!bullet.id.startsWith(`${task.id}.`)) {
          problems.push({ file, field: bfield, found: show(bullet.id), allowed: `an id starting with "${task.id}."` });
        }
        if (seen.has(bullet.id)) problems.push({ file, field: bfield, found: show(bullet.id), allowed: 'an id used once' });
        seen.add(bullet.id);
      });
    });
  });
  return problems;
}

export function checkPages(pages: readonly PageEntry[], outline: Outline): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = indexOutline(outline);
  const domainBySlug = new Map(outline.domains.map((d) => [d.slug, Number(d.id)]));
  for (const { id, file, data } of pages) {
    const folder = id.split('/')[0] ?? '';
    const folderDomain = domainBySlug.get(folder);
    if (folderDomain !== undefined && data.domain !== folderDomain) {
      problems.push({ file, field: 'domain', found: show(data.domain), allowed: `${folderDomain}, the domain of the folder "${folder}/"` });
    }
    if (folderDomain === undefined && data.domain !== undefined) {
      const folders = outline.domains.map((d) => `${d.slug}/`).join(', ');
      problems.push({ file, field: 'domain', found: show(data.domain), allowed: `no domain outside the domain folders (${folders})` });
    }
    data.tasks.forEach((tag, i) => {
      if (!ids.has(tag)) {
        problems.push({ file, field: `tasks[${i}]`, found: show(tag), allowed: 'an id from content/outline.yaml' });
      }
    });
    if (folderDomain !== undefined && !data.tasks.some((tag) => domainOf(tag) === folderDomain)) {
      problems.push({ file, field: 'tasks', found: show(data.tasks), allowed: `at least one id of domain ${folderDomain}` });
    }
  }
  return problems;
}

/** A problem for every id that an earlier entry of `list` already uses. */
function uniqueIds(
  list: readonly { id: string }[],
  field: string,
  allowed: string,
  push: (field: string, found: unknown, allowed: string) => void,
): void {
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    if (seen.has(entry.id)) push(`${field}[${i}].id`, entry.id, allowed);
    seen.add(entry.id);
  });
}

export function checkQuestions(
  questions: readonly QuestionEntry[],
  outline: Outline,
  pageIds: ReadonlySet<string>,
  caseIds: ReadonlySet<string> = new Set(),
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = indexOutline(outline);
  const fileById = new Map<string, string>();
  for (const { file, data: q } of questions) {
    const push = (field: string, found: unknown, allowed: string) =>
      problems.push({ file, field, found: show(found), allowed });
    const fileName = file.split('/').pop()?.replace(/\.ya?ml$/, '');
    if (q.id !== fileName) push('id', q.id, `the file name, "${fileName}"`);
    const other = fileById.get(q.id);
    if (other) push('id', q.id, `an id no other question uses (also in ${other})`);
    fileById.set(q.id, file);

    if (q.domain === undefined || q.tasks.length === 0) {
      if (q.domain !== undefined) push('tasks', q.tasks, 'at least one MLS-C01 id of the question\'s domain, or no domain for an MLA-C01-only question');
      else if (q.tasks.length > 0) push('domain', q.domain, 'the MLS-C01 domain (1–4) of the ids in tasks');
      else if (q.mla.length === 0) push('mla', q.mla, 'at least one MLA-C01 id on a question without MLS-C01 domain and tasks');
    }
    q.tasks.forEach((tag, i) => {
      if (!ids.has(tag)) push(`tasks[${i}]`, tag, 'an id from content/outline.yaml');
      else if (q.domain !== undefined && domainOf(tag) !== q.domain) push(`tasks[${i}]`, tag, `an id of domain ${q.domain}, the question's domain`);
    });

    const select = q.select ?? 1;
    const correct = q.options.filter((o) => o.correct).length;
    const unused = (field: 'options' | 'steps' | 'prompts' | 'responses', count: number) => {
      if (count > 0) push(field, `${count} ${field}`, `no ${field} on ${/^[aeiou]/.test(q.type) ? "an" : "a"} ${q.type} question`);
    };
    if (q.type === 'single') {
      if (select !== 1) push('select', q.select, '1 or nothing for a single-answer question');
      if (q.options.length < 4) push('options', `${q.options.length} options`, '4 or more for a single-answer question');
      if (correct !== 1) push('options[].correct', `${correct} correct`, 'exactly 1 correct option');
    } else if (q.type === 'multiple') {
      if (q.select === undefined || q.select < 2) push('select', q.select, '2 or 3 for a multiple-response question');
      if (q.options.length < 5) push('options', `${q.options.length} options`, '5 or more for a multiple-response question');
      if (correct !== select) push('options[].correct', `${correct} correct`, `exactly ${select} correct options (select: ${select})`);
    } else {
      if (q.select !== undefined) push('select', q.select, `nothing on a ${q.type} question`);
      unused('options', q.options.length);
    }
    if (q.type === 'ordering') {
      if (q.steps.length < 3) push('steps', `${q.steps.length} steps`, '3 to 5 steps, in the right order, for an ordering question');
      uniqueIds(q.steps, 'steps', 'a step id used once in the question', push);
    } else unused('steps', q.steps.length);
    if (q.type === 'matching') {
      if (q.prompts.length < 3) push('prompts', `${q.prompts.length} prompts`, '3 to 7 prompts for a matching question');
      const responses = new Set(q.responses.map((r) => r.id));
      if (responses.size < 3) push('responses', `${responses.size} responses`, '3 or more responses for a matching question');
      uniqueIds(q.prompts, 'prompts', 'a prompt id used once in the question', push);
      uniqueIds(q.responses, 'responses', 'a response id used once in the question', push);
      q.prompts.forEach((p, i) => {
        if (!responses.has(p.answer)) push(`prompts[${i}].answer`, p.answer, `the id of one of the responses (${[...responses].join(', ')})`);
      });
      if (new Set(q.prompts.map((p) => p.answer)).size < 2) {
        push('prompts[].answer', q.prompts.map((p) => p.answer), 'at least two different responses among the answers');
      }
    } else {
      unused('prompts', q.prompts.length);
      unused('responses', q.responses.length);
    }
    uniqueIds(q.options, 'options', 'an option id used once in the question', push);
    if (q.case !== undefined && !caseIds.has(q.case)) push('case', q.case, 'the id of a case study in content/case-studies/');
    if (!pageIds.has(q.page)) push('page', q.page, 'the id of a page under content/pages (path without .mdx)');
  }
  return problems;
}

export interface CaseStudyEntry {
  file: string;
  data: CaseStudyData;
}

/** How many questions a case study shares its scenario with: MLA-C01 asks two or more; four keeps one case from crowding an exam. */
export const CASE_QUESTIONS = { min: 2, max: 4 } as const;

/** Case studies: the id is the file name, and 2 to 4 questions name the case. */
export function checkCaseStudies(cases: readonly CaseStudyEntry[], questions: readonly QuestionEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { file, data } of cases) {
    const fileName = file.split('/').pop()?.replace(/\.ya?ml$/, '');
    if (data.id !== fileName) problems.push({ file, field: 'id', found: show(data.id), allowed: `the file name, "${fileName}"` });
    const members = questions.filter((q) => q.data.case === data.id).map((q) => q.data.id);
    if (members.length < CASE_QUESTIONS.min || members.length > CASE_QUESTIONS.max) {
      problems.push({
        file,
        field: '(questions with this case)',
        found: show(members),
        allowed: `${CASE_QUESTIONS.min} to ${CASE_QUESTIONS.max} questions whose \`case\` is "${data.id}"`,
      });
    }
  }
  return problems;
}

export interface TreeEntry {
  file: string;
  data: TreeData;
}

/** Decision trees: sound structure, real tags and pages, and outcomes that link a guide page and AWS docs. */
export function checkTrees(trees: readonly TreeEntry[], outline: Outline, pageIds: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = indexOutline(outline);
  for (const { file, data: tree } of trees) {
    const push = (field: string, found: unknown, allowed: string) => problems.push({ file, field, found: show(found), allowed });
    const fileName = file.split('/').pop()?.replace(/\.ya?ml$/, '');
    if (tree.id !== fileName) push('id', tree.id, `the file name, "${fileName}"`);
    if (!pageIds.has(tree.page)) push('page', tree.page, 'the id of a page under content/pages (path without .mdx)');
    tree.tasks.forEach((tag, i) => {
      if (!ids.has(tag)) push(`tasks[${i}]`, tag, 'an id from content/outline.yaml');
    });
    for (const problem of checkTree(tree)) {
      const field = problem.at === 'start' ? 'start' : problem.at in tree.outcomes ? `outcomes.${problem.at}` : `nodes.${problem.at}`;
      problems.push({ file, field, found: problem.message, allowed: 'every option leading to a node or outcome, no cycles, everything reachable from the start' });
    }
    for (const [id, outcome] of Object.entries(tree.outcomes)) {
      outcome.tasks.forEach((tag, i) => {
        if (!ids.has(tag)) push(`outcomes.${id}.tasks[${i}]`, tag, 'an id from content/outline.yaml');
      });
      if (!outcome.links.some((l) => l.href.startsWith('/'))) push(`outcomes.${id}.links`, outcome.links.map((l) => l.href), 'at least one link to a guide page ("/…/")');
      if (!outcome.links.some((l) => l.href.startsWith('https://docs.aws.amazon.com/'))) {
        push(`outcomes.${id}.links`, outcome.links.map((l) => l.href), 'at least one link to AWS documentation (https://docs.aws.amazon.com/…)');
      }
    }
  }
  return problems;
}

/**
 * The MLA-C01 outline's own consistency: weights that add up to 100, domains in order, AWS's counts
 * (12 task statements, 63 knowledge and 70 skill items), and every id matching its position, so
 * `mla:2.3.k4` is always the fourth "Knowledge of" item of task 2.3.
 */
export function checkMlaOutline(outline: MlaOutline, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const push = (field: string, found: unknown, allowed: string) => problems.push({ file, field, found: show(found), allowed });
  const total = outline.domains.reduce((sum, d) => sum + d.weight, 0);
  if (total !== 100) push('domains[].weight', `a sum of ${total}`, 'weights that add up to 100');
  const counts = { tasks: 0, knowledge: 0, skills: 0 };
  outline.domains.forEach((domain, di) => {
    if (domain.id !== String(di + 1)) push(`domains[${di}].id`, domain.id, `"${di + 1}", the domain's position`);
    if (!domain.weightStated && !domain.weightNote) push(`domains[${di}].weightNote`, undefined, 'where the weight comes from, when weightStated is false');
    domain.tasks.forEach((task, ti) => {
      counts.tasks += 1;
      const expected = `mla:${domain.id}.${ti + 1}`;
      if (task.id !== expected) push(`domains[${di}].tasks[${ti}].id`, task.id, `"${expected}", the task statement's position`);
      for (const list of ['knowledge', 'skills'] as const) {
        const letter = list === 'knowledge' ? 'k' : 's';
        task[list].forEach((item, ii) => {
          counts[list] += 1;
          const id = `${task.id}.${letter}${ii + 1}`;
          if (item.id !== id) push(`domains[${di}].tasks[${ti}].${list}[${ii}].id`, item.id, `"${id}", the item's position in AWS's list`);
        });
      }
    });
  });
  for (const key of ['tasks', 'knowledge', 'skills'] as const) {
    if (counts[key] !== MLA_COUNTS[key]) push(`domains[].tasks${key === 'tasks' ? '' : `[].${key}`}`, `${counts[key]} ${key === 'tasks' ? 'task statements' : `${key} items`}`, `${MLA_COUNTS[key]}, as in AWS's exam guide`);
  }
  const seen = new Set<string>();
  for (const fact of outline.facts) {
    if (seen.has(fact.id)) push('facts[].id', fact.id, 'a fact id used once');
    seen.add(fact.id);
  }
  return problems;
}

/** Anything tagged with MLA-C01 ids: a page, a question or a decision tree. */
export interface MlaTagged {
  file: string;
  /** Field path and ids, such as `mla` or `outcomes.batch.mla`. */
  tags: { field: string; ids: readonly string[] }[];
}

/** The MLA-C01 tags of pages, questions and trees, each field by its path. */
export function mlaTagsOf(pages: readonly PageEntry[], questions: readonly QuestionEntry[], trees: readonly TreeEntry[]): MlaTagged[] {
  return [
    ...pages.map((p) => ({ file: p.file, tags: [{ field: 'mla', ids: p.data.mla }] })),
    ...questions.map((q) => ({ file: q.file, tags: [{ field: 'mla', ids: q.data.mla }] })),
    ...trees.map((t) => ({
      file: t.file,
      tags: [{ field: 'mla', ids: t.data.mla }, ...Object.entries(t.data.outcomes).map(([id, o]) => ({ field: `outcomes.${id}.mla`, ids: o.mla }))],
    })),
  ];
}

/** Every `mla:` id on a page, question or tree names a task statement or item of content/mla-outline.yaml, once. */
export function checkMlaTags(tagged: readonly MlaTagged[], outline: MlaOutline): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = indexMlaOutline(outline);
  for (const { file, tags } of tagged) {
    for (const { field, ids: list } of tags) {
      list.forEach((id, i) => {
        if (!ids.has(id)) problems.push({ file, field: `${field}[${i}]`, found: show(id), allowed: 'an MLA-C01 task statement or item id from content/mla-outline.yaml' });
        else if (list.indexOf(id) !== i) problems.push({ file, field: `${field}[${i}]`, found: show(id), allowed: 'an id listed once' });
      });
    }
  }
  return problems;
}
