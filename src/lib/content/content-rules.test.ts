import { describe, expect, it } from 'vitest';
import type { Outline } from '../../schemas/outline.ts';
import type { PageData } from '../../schemas/page.ts';
import type { QuestionData } from '../../schemas/question.ts';
import type { TreeData } from '../../schemas/tree.ts';
import type { MlaOutline } from '../../schemas/mla-outline.ts';
import { checkCaseStudies, checkMlaOutline, checkMlaTags, checkOutline, checkPages, checkQuestions, checkTrees, formatProblem, mlaTagsOf } from './content-rules.ts';
import { MLA_COUNTS } from '../outline/mla-outline.ts';

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
  steps: [],
  prompts: [],
  responses: [],
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

describe('checkQuestions: ordering and matching', () => {
  const steps = ['a', 'b', 'c'].map((id) => ({ id, text: `Step ${id}`, explanation: `Why step ${id} goes here.` }));
  const responses = ['a', 'b', 'c'].map((id) => ({ id, text: `Response ${id}` }));
  const prompts = ['a', 'b', 'c'].map((id, i) => ({ id, text: `Prompt ${id}`, answer: ['c', 'a', 'a'][i]!, explanation: `Why ${id} matches.` }));

  it('accepts an ordering question with steps only, and a matching one with prompts and responses', () => {
    expect(checkQuestions([{ file, data: question({ type: 'ordering', options: [], steps }) }], outline, pageIds)).toEqual([]);
    expect(checkQuestions([{ file, data: question({ type: 'matching', options: [], prompts, responses }) }], outline, pageIds)).toEqual([]);
  });

  it('names the file, field, value and what is allowed for a broken ordering or matching question', () => {
    const ordering = question({ type: 'ordering', steps: [steps[0]!, { ...steps[1]!, id: 'a' }] });
    expect(checkQuestions([{ file, data: ordering }], outline, pageIds).map(formatProblem)).toEqual([
      `${file} › options: found "4 options"; allowed: no options on an ordering question`,
      `${file} › steps: found "2 steps"; allowed: 3 to 5 steps, in the right order, for an ordering question`,
      `${file} › steps[1].id: found "a"; allowed: a step id used once in the question`,
    ]);
    const matching = question({ type: 'matching', options: [], prompts: [...prompts.slice(0, 2), { ...prompts[2]!, answer: 'z' }], responses });
    expect(checkQuestions([{ file, data: matching }], outline, pageIds).map(formatProblem)).toEqual([
      `${file} › prompts[2].answer: found "z"; allowed: the id of one of the responses (a, b, c)`,
    ]);
  });

  it('needs the case a question names to exist', () => {
    const data = question({ case: 'no-such-case' });
    expect(checkQuestions([{ file, data }], outline, pageIds, new Set(['a-case'])).map(formatProblem)).toEqual([
      `${file} › case: found "no-such-case"; allowed: the id of a case study in content/case-studies/`,
    ]);
  });
});

describe('checkCaseStudies', () => {
  const caseFile = 'content/case-studies/a-case.yaml';
  const data = { id: 'a-case', title: 'A case', scenario: 'x'.repeat(100) };
  it('needs 2 to 4 questions that name the case', () => {
    const members = (n: number) => Array.from({ length: n }, (_, i) => ({ file, data: question({ id: `q${i}`, case: 'a-case' }) }));
    expect(checkCaseStudies([{ file: caseFile, data }], members(2))).toEqual([]);
    expect(checkCaseStudies([{ file: caseFile, data }], members(1)).map(formatProblem)).toEqual([
      `${caseFile} › (questions with this case): found ["q0"]; allowed: 2 to 4 questions whose \`case\` is "a-case"`,
    ]);
    expect(checkCaseStudies([{ file: 'content/case-studies/other.yaml', data }], members(3)).map((p) => p.field)).toEqual(['id']);
  });
});

describe('checkQuestions', () => {
  it('accepts an MLA-C01-only question (no domain, no tasks) and names what is missing otherwise', () => {
    const { domain: _, ...mlaOnly } = question({ tasks: [], mla: ['mla:3.3.k1'] });
    expect(checkQuestions([{ file, data: mlaOnly }], outline, pageIds)).toEqual([]);
    const bare = { ...mlaOnly, mla: [] };
    expect(checkQuestions([{ file, data: bare }], outline, pageIds).map(formatProblem)).toEqual([
      `${file} › mla: found []; allowed: at least one MLA-C01 id on a question without MLS-C01 domain and tasks`,
    ]);
    expect(checkQuestions([{ file, data: question({ tasks: [] }) }], outline, pageIds).map((p) => p.field)).toEqual(['tasks']);
    expect(checkQuestions([{ file, data: { ...mlaOnly, tasks: ['1.1'] } }], outline, pageIds).map((p) => p.field)).toEqual(['domain']);
  });

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

describe('checkMlaOutline', () => {
  const url = 'https://docs.aws.amazon.com/aws-certification/latest/examguides/machine-learning-engineer-associate-01.html';
  const items = (task: string, letter: 'k' | 's', n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `${task}.${letter}${i + 1}`, text: `Item ${i + 1}`, source: 'aws-page' as const }));
  // 12 task statements; 63 knowledge and 70 skill items spread over them as in AWS's guide.
  const perTask = [[4, 6], [6, 3], [5, 4], [4, 5], [8, 9], [5, 6], [7, 6], [5, 6], [6, 6], [3, 4], [6, 10], [4, 5]];
  const mla = (): MlaOutline => ({
    exam: 'MLA-C01',
    name: 'AWS Certified Machine Learning Engineer - Associate',
    guide: url,
    facts: [{ id: 'duration', label: 'Duration', value: null, status: 'not-stated', source: url, note: 'The guide gives none.' }],
    questionTypes: [],
    questionTypesStatus: 'guide-text',
    questionTypesSource: url,
    domains: (['1', '2', '3', '4'] as const).map((d, di) => ({
      id: d,
      title: `Domain ${d}`,
      weight: [28, 26, 22, 24][di]!,
      source: url,
      weightStated: true,
      tasks: [1, 2, 3].map((t) => {
        const id = `mla:${d}.${t}`;
        const [k, s] = perTask[di * 3 + t - 1]!;
        return { id, title: `Task ${id}`, knowledge: items(id, 'k', k!), skills: items(id, 's', s!) };
      }),
    })),
  });

  it("accepts an outline with AWS's counts and ids that match their positions", () => {
    expect(MLA_COUNTS).toEqual({ tasks: 12, knowledge: 63, skills: 70 });
    expect(checkMlaOutline(mla(), 'm.yaml')).toEqual([]);
  });

  it('names a misnumbered item, a missing item, a bad weight and an unexplained weight', () => {
    const broken = mla();
    broken.domains[0]!.weight = 30;
    broken.domains[0]!.weightStated = false;
    broken.domains[1]!.tasks[2]!.knowledge[1]!.id = 'mla:2.3.k4';
    broken.domains[3]!.tasks[0]!.skills.pop();
    expect(checkMlaOutline(broken, 'm.yaml').map(formatProblem)).toEqual([
      'm.yaml › domains[].weight: found "a sum of 102"; allowed: weights that add up to 100',
      'm.yaml › domains[0].weightNote: found nothing; allowed: where the weight comes from, when weightStated is false',
      'm.yaml › domains[1].tasks[2].knowledge[1].id: found "mla:2.3.k4"; allowed: "mla:2.3.k2", the item\'s position in AWS\'s list',
      'm.yaml › domains[].tasks[].skills: found "69 skills items"; allowed: 70, as in AWS\'s exam guide',
    ]);
  });

  it('checks MLA-C01 tags on pages, questions and tree outcomes against the outline', () => {
    const tree: TreeData = {
      id: 't',
      title: 'Tree',
      page: 'data-engineering/sources',
      tasks: ['1.1'],
      mla: ['mla:3.1'],
      start: 'q',
      nodes: { q: { question: 'Which?', options: [{ label: 'A', next: 'o' }, { label: 'B', next: 'o' }] } },
      outcomes: { o: { recommendation: 'R', reason: 'Because.', trap: 'Not that.', links: [], tasks: ['1.1'], mla: ['mla:3.1.k5', 'mla:3.4'] } },
    };
    const tagged = mlaTagsOf(
      [{ id: 'data-engineering/sources', file: 'p.mdx', data: page({ mla: ['mla:1.1', 'mla:1.1.s7'] }) }],
      [{ file, data: question({ mla: ['mla:2.2.s9', 'mla:2.2.s9'] }) }],
      [{ file: 't.yaml', data: tree }],
    );
    expect(checkMlaTags(tagged, mla()).map(formatProblem)).toEqual([
      'p.mdx › mla[1]: found "mla:1.1.s7"; allowed: an MLA-C01 task statement or item id from content/mla-outline.yaml',
      `${file} › mla[1]: found "mla:2.2.s9"; allowed: an id listed once`,
      't.yaml › outcomes.o.mla[1]: found "mla:3.4"; allowed: an MLA-C01 task statement or item id from content/mla-outline.yaml',
    ]);
  });
});
