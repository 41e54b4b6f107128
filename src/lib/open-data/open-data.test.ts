import { describe, expect, it } from 'vitest';
import type { MlaOutline } from '../../schemas/mla-outline.ts';
import type { Outline } from '../../schemas/outline.ts';
import { buildMlaOutlineData, buildOutlineData, buildQuestionsData } from './open-data.ts';

const outline: Outline = {
  domains: [
    {
      id: '1',
      slug: 'de',
      title: 'Data Engineering',
      weight: 100,
      tasks: [
        {
          id: '1.2',
          title: 'Ingestion',
          bullets: [
            { id: '1.2.a', title: 'Job styles' },
            { id: '1.2.b', title: 'Pipelines' },
          ],
        },
      ],
    },
  ],
} as Outline;

describe('buildOutlineData', () => {
  const data = buildOutlineData(
    outline,
    [
      { id: 'de/streaming', tasks: ['1.2.b'] },
      { id: 'de/overview', tasks: ['1.2'] },
    ],
    [
      { id: 'q-a', tasks: ['1.2', '1.2.a'] },
      { id: 'q-b', tasks: ['1.2.b'] },
    ],
  );
  const task = data.domains[0]!.tasks[0]!;

  it('counts a bullet’s pages and questions towards its task statement', () => {
    expect(task.pages).toEqual(['/de/streaming/', '/de/overview/']);
    expect(task.questions).toEqual(['q-a', 'q-b']);
  });

  it('gives a bullet only what is tagged with it, so gaps show', () => {
    expect(task.bullets.map((b) => [b.id, b.pages, b.questions])).toEqual([
      ['1.2.a', [], ['q-a']],
      ['1.2.b', ['/de/streaming/'], ['q-b']],
    ]);
  });
});

describe('buildMlaOutlineData', () => {
  const url = 'https://docs.aws.amazon.com/aws-certification/latest/examguides/machine-learning-engineer-associate-01.html';
  const mla = {
    exam: 'MLA-C01',
    name: 'AWS Certified Machine Learning Engineer - Associate',
    guide: url,
    facts: [{ id: 'duration', label: 'Duration', value: null, status: 'not-stated', source: url, note: 'The guide states none.' }],
    questionTypes: [{ id: 'ordering', label: 'Ordering', scoring: 'All in the right order to score.' }],
    questionTypesStatus: 'guide-text',
    questionTypesSource: url,
    domains: [
      {
        id: '1',
        title: 'Data Preparation',
        weight: 100,
        source: url,
        weightStated: true,
        tasks: [
          {
            id: 'mla:1.1',
            title: 'Ingest and store data',
            knowledge: [{ id: 'mla:1.1.k1', text: 'Formats', source: 'aws-page' }],
            skills: [
              { id: 'mla:1.1.s1', text: 'Extracting', source: 'aws-page' },
              { id: 'mla:1.1.s2', text: 'Choosing formats', source: 'third-party-copy' },
            ],
          },
        ],
      },
    ],
  } as MlaOutline;
  const data = buildMlaOutlineData(
    mla,
    [
      { id: 'de/formats', tasks: ['1.1.b'], mla: ['mla:1.1.k1', 'mla:1.1.s2'] },
      { id: 'de/streaming', tasks: ['1.2', '1.2.a'], mla: ['mla:1.1'] },
      { id: 'exam/overview', tasks: [], mla: [] },
    ],
    [
      { id: 'q-a', tasks: ['2.1.a', '1.1.b'], mla: ['mla:1.1.s2'] },
      { id: 'q-b', tasks: ['1.3'], mla: [] },
    ],
    ['1.1', '1.2', '1.3', '2.1'],
  );
  const task = data.domains[0]!.tasks[0]!;

  it('names the exam and carries its facts and question types', () => {
    expect([data.version, data.exam, data.facts[0]!.status, data.questionTypes[0]!.id]).toEqual([1, 'MLA-C01', 'not-stated', 'ordering']);
  });

  it('gives each item only what is tagged with it, and a task statement what any of its items has', () => {
    expect(task.pages).toEqual(['/de/formats/', '/de/streaming/']);
    expect(task.questions).toEqual(['q-a']);
    expect([...task.knowledge, ...task.skills].map((i) => [i.id, i.pages, i.questions, i.source])).toEqual([
      ['mla:1.1.k1', ['/de/formats/'], [], 'aws-page'],
      ['mla:1.1.s1', [], [], 'aws-page'],
      ['mla:1.1.s2', ['/de/formats/'], ['q-a'], 'third-party-copy'],
    ]);
  });

  it('derives the MLS-C01 counterpart of each item from the same pages and questions, in outline order', () => {
    expect(task.mls).toEqual(['1.1', '1.2', '2.1']);
    expect(task.skills.map((s) => s.mls)).toEqual([[], ['1.1', '2.1']]);
  });
});

describe('buildQuestionsData', () => {
  it('publishes an ordering question with its steps in the right order, a matching one with prompts and responses, and the case studies (version 3)', () => {
    const base = {
      tasks: [],
      mla: ['mla:3.3.k1'],
      page: 'ops/ci-cd',
      stem: 'Stem text here',
      options: [],
      references: ['https://docs.aws.amazon.com/x'],
    };
    const steps = [1, 2, 3].map((n) => ({ id: String.fromCharCode(96 + n), text: `Step ${n}`, explanation: `Why step ${n} is here.` }));
    const prompts = [{ id: 'a', text: 'P', answer: 'b', explanation: 'Why P matches B.' }];
    const data = buildQuestionsData(
      [
        { ...base, id: 'q-o', type: 'ordering', steps, prompts: [], responses: [], case: 'c-1' },
        { ...base, id: 'q-x', type: 'matching', steps: [], prompts, responses: [{ id: 'b', text: 'B' }] },
      ],
      [{ id: 'c-1', title: 'A case', scenario: 'The scenario.' }],
    );
    expect(data.version).toBe(3);
    expect(data.caseStudies).toEqual([{ id: 'c-1', title: 'A case', scenario: 'The scenario.' }]);
    expect(data.questions[0]).toMatchObject({ type: 'ordering', options: [], steps, case: 'c-1' });
    expect(data.questions[0]).not.toHaveProperty('prompts');
    expect(data.questions[1]).toMatchObject({ type: 'matching', prompts, responses: [{ id: 'b', text: 'B' }] });
    expect(data.questions[1]).not.toHaveProperty('steps');
    expect(data.questions[1]).not.toHaveProperty('case');
  });

  it('publishes every field with select defaulted and the page as a URL path', () => {
    const [q] = buildQuestionsData([
      {
        id: 'q-a',
        domain: 1,
        tasks: ['1.2'],
        mla: ['mla:1.1.k2'],
        type: 'single',
        page: 'de/streaming',
        stem: 'Stem text here',
        options: [{ id: 'a', text: 'A', correct: true, explanation: 'Because.' }],
        steps: [],
        prompts: [],
        responses: [],
        references: ['https://docs.aws.amazon.com/x'],
      },
    ]).questions;
    expect(q).toEqual({
      id: 'q-a',
      domain: 1,
      exams: ['MLS-C01', 'MLA-C01'],
      tasks: ['1.2'],
      mla: ['mla:1.1.k2'],
      type: 'single',
      select: 1,
      stem: 'Stem text here',
      options: [{ id: 'a', text: 'A', correct: true, explanation: 'Because.' }],
      references: ['https://docs.aws.amazon.com/x'],
      page: '/de/streaming/',
    });
  });

  it('publishes an MLA-C01-only question with a null domain and only that exam', () => {
    const [q] = buildQuestionsData([
      {
        id: 'q-m',
        tasks: [],
        mla: ['mla:3.3.k1'],
        type: 'single',
        page: 'ops/ci-cd',
        stem: 'Stem text here',
        options: [{ id: 'a', text: 'A', correct: true, explanation: 'Because.' }],
        steps: [],
        prompts: [],
        responses: [],
        references: ['https://docs.aws.amazon.com/x'],
      },
    ]).questions;
    expect(q).toMatchObject({ id: 'q-m', domain: null, exams: ['MLA-C01'], tasks: [] });
  });
});
