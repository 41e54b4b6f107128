import { describe, expect, it } from 'vitest';
import type { Outline } from '../../schemas/outline.ts';
import type { PageData } from '../../schemas/page.ts';
import type { QuestionData } from '../../schemas/question.ts';
import type { TreeData } from '../../schemas/tree.ts';
import { checkOutline, checkPages, checkQuestions, checkTrees, formatProblem } from './content-rules.ts';

const outline: Outline = {
  domains: [
    { id: '1', slug: 'data-engineering', title: 'Data Engineering', weight: 20, tasks: [{ id: '1.1', title: 'Repos', bullets: [{ id: '1.1.a', title: 'Sources' }] }] },
    { id: '2', slug: 'eda', title: 'EDA', weight: 24, tasks: [{ id: '2.1', title: 'Prepare', bullets: [{ id: '2.1.a', title: 'Missing' }] }] },
    { id: '3', slug: 'modeling', title: 'Modeling', weight: 36, tasks: [{ id: '3.1', title: 'Frame', bullets: [{ id: '3.1.a', title: 'When' }] }] },
    { id: '4', slug: 'ops', title: 'Ops', weight: 20, tasks: [{ id: '4.1', title: 'Build', bullets: [{ id: '4.1.a', title: 'Log' }] }] },
  ],
};

const page = (over: Partial<PageData> = {}): PageData => ({
  title: 'Data sources',
  description: 'Where ML data comes from and where to keep it on AWS.',
  domain: 1,
  tasks: ['1.1'],
  mla: [],
  order: 1,
  kind: 'concept',
  aliases: [],
  sources: ['https://docs.aws.amazon.com/s3/'],
  updated: new Date('2026-11-23'),
  ...over,
});

const question = (over: Partial<QuestionData> = {}): QuestionData => ({
  id: 'd1-sample',
  domain: 1,
  tasks: ['1.1', '1.1.a'],
  mla: [],
  type: 'single',
  page: 'data-engineering/sources',
  stem: 'Which storage fits a data lake for ML training data?',
  options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Option ${id}`, correct: id === 'b', explanation: `Because of ${id}, it is so.` })),
  references: ['https://docs.aws.amazon.com/s3/'],
  ...over,
});

const pageIds = new Set(['data-engineering/sources']);
const file = 'content/questions/d1/d1-sample.yaml';

describe('checkOutline', () => {
  it('accepts a consistent outline', () => {
    expect(checkOutline(outline, 'content/outline.yaml')).toEqual([]);
  });

  it('reports weights that do not add up, misplaced and repeated ids', () => {
    const broken: Outline = structuredClone(outline);
    broken.domains[0]!.weight = 25;
    broken.domains[1]!.tasks[0]!.bullets.push({ id: '1.1.a', title: 'Wrong task' });
    const fields = checkOutline(broken, 'o.yaml').map((p) => [p.field, p.allowed]);
    expect(fields).toContainEqual(['domains[].weight', 'weights that add up to 100']);
    expect(fields).toContainEqual(['domains[1].tasks[0].bullets[1].id', 'an id starting with "2.1."']);
    expect(fields).toContainEqual(['domains[1].tasks[0].bullets[1].id', 'an id used once']);
  });
});

describe('checkPages', () => {
  it('accepts a page tagged in its own domain folder', () => {
    expect(checkPages([{ id: 'data-engineering/sources', file: 'p.mdx', data: page() }], outline)).toEqual([]);
  });

  it('names the file, field, value and what is allowed for a wrong domain and an unknown task', () => {
    const problems = checkPages([{ id: 'data-engineering/sources', file: 'p.mdx', data: page({ domain: 2, tasks: ['1.9'] }) }], outline);
    expect(problems.map(formatProblem)).toEqual([
      'p.mdx › domain: found 2; allowed: 1, the domain of the folder "data-engineering/"',
      'p.mdx › tasks[0]: found "1.9"; allowed: an id from content/outline.yaml',
    ]);
    const elsewhere = checkPages([{ id: 'data-engineering/sources', file: 'p.mdx', data: page({ tasks: ['2.1'] }) }], outline);
    expect(elsewhere.map(formatProblem)).toEqual(['p.mdx › tasks: found ["2.1"]; allowed: at least one id of domain 1']);
  });

  it('refuses a domain on a general page', () => {
    const problems = checkPages([{ id: 'exam/overview', file: 'e.mdx', data: page({ domain: 1 }) }], outline);
    expect(problems[0]?.field).toBe('domain');
  });
});

describe('checkQuestions', () => {
  it('accepts a well-formed question', () => {
    expect(checkQuestions([{ file, data: question() }], outline, pageIds)).toEqual([]);
  });

  it('requires the id to equal the file name and to be unique', () => {
    const problems = checkQuestions(
      [
        { file, data: question() },
        { file: 'content/questions/d2/d1-sample.yaml', data: question() },
        { file: 'content/questions/d1/other.yaml', data: question() },
      ],
      outline,
      pageIds,
    );
    expect(problems.map((p) => p.allowed)).toEqual([
      'an id no other question uses (also in content/questions/d1/d1-sample.yaml)',
      'the file name, "other"',
      'an id no other question uses (also in content/questions/d2/d1-sample.yaml)',
    ]);
  });

  it('counts correct options against the type', () => {
    const twoRight = question({ options: question().options.map((o) => ({ ...o, correct: o.id < 'c' })) });
    expect(checkQuestions([{ file, data: twoRight }], outline, pageIds).map((p) => p.allowed)).toEqual(['exactly 1 correct option']);

    const multiple = question({ type: 'multiple', select: 2 });
    const allowed = checkQuestions([{ file, data: multiple }], outline, pageIds).map((p) => p.allowed);
    expect(allowed).toEqual(['5 or more for a multiple-response question', 'exactly 2 correct options (select: 2)']);
  });

  it('needs select for multiple response', () => {
    const options = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: id, correct: id < 'c', explanation: 'Explained here.' }));
    const problems = checkQuestions([{ file, data: question({ type: 'multiple', options }) }], outline, pageIds);
    expect(problems.map((p) => p.field)).toEqual(['select', 'options[].correct']);
  });

  it('rejects tasks of another domain, unknown tasks, repeated option ids and unknown pages', () => {
    const options = question().options.map((o, i) => ({ ...o, id: i === 3 ? 'a' : o.id }));
    const problems = checkQuestions(
      [{ file, data: question({ tasks: ['2.1', '1.7'], options, page: 'nowhere/page' }) }],
      outline,
      pageIds,
    );
    expect(problems.map((p) => `${p.field}: ${p.found}`)).toEqual([
      'tasks[0]: "2.1"',
      'tasks[1]: "1.7"',
      'options[3].id: "a"',
      'page: "nowhere/page"',
    ]);
  });
});

describe('checkTrees', () => {
  const outcome = (links: { label: string; href: string }[]) => ({
    recommendation: 'Batch transform',
    reason: 'Scores a whole dataset without an endpoint.',
    trap: 'A real-time endpoint would sit idle between runs.',
    links,
    tasks: ['4.1'],
    mla: [],
  });
  const tree: TreeData = {
    id: 'inference',
    title: 'Which inference option?',
    page: 'data-engineering/sources',
    tasks: ['4.1'],
    mla: [],
    start: 'q1',
    nodes: { q1: { question: 'Whole dataset?', options: [{ label: 'Yes', next: 'batch' }, { label: 'No', next: 'gone' }] } },
    outcomes: {
      batch: outcome([
        { label: 'Guide', href: '/data-engineering/sources/' },
        { label: 'AWS', href: 'https://docs.aws.amazon.com/sagemaker/latest/dg/batch-transform.html' },
      ]),
    },
  };

  it('reports structure problems with the node they concern, and outcomes without an AWS link', () => {
    const broken: TreeData = { ...tree, outcomes: { batch: outcome([{ label: 'Guide', href: '/a/' }, { label: 'Blog', href: 'https://example.org/' }]) } };
    const problems = checkTrees([{ file: 'content/trees/inference.yaml', data: broken }], outline, pageIds);
    expect(problems.map((p) => [p.field, p.found])).toEqual([
      ['nodes.q1', 'option 2 ("No") leads to "gone", which is neither a node nor an outcome'],
      ['outcomes.batch.links', '["/a/","https://example.org/"]'],
    ]);
  });

  it('requires the id to equal the file name and the page to exist', () => {
    const fixed: TreeData = { ...tree, page: 'nowhere', nodes: { q1: { question: 'Whole dataset?', options: [{ label: 'Yes', next: 'batch' }, { label: 'Also yes', next: 'batch' }] } } };
    const problems = checkTrees([{ file: 'content/trees/other.yaml', data: fixed }], outline, pageIds);
    expect(problems.map((p) => p.field)).toEqual(['id', 'page']);
  });
});
