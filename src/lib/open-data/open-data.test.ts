import { describe, expect, it } from 'vitest';
import type { Outline } from '../../schemas/outline.ts';
import { buildOutlineData, buildQuestionsData } from './open-data.ts';

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

describe('buildQuestionsData', () => {
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
        references: ['https://docs.aws.amazon.com/x'],
      },
    ]).questions;
    expect(q).toEqual({
      id: 'q-a',
      domain: 1,
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
});
