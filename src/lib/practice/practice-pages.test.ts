import { describe, expect, it } from 'vitest';
import { EXAM_LENGTH, EXAM_MINUTES } from '../exam/exam-assembly.ts';
import { PRACTICE } from '../urls.ts';
import { layoutProps, mlaExamPage, PRACTICE_PAGES } from './practice-pages.ts';
import { mlaExamDefinition } from '../exam/exam-definition.ts';
import { readContent } from '../content/read-content.ts';

const mlaPage = mlaExamPage(mlaExamDefinition(readContent(process.cwd()).mlaOutline!));

describe('the practice pages’ frame', () => {
  it('lists each section as a level-2 contents entry, in page order', () => {
    expect(layoutProps(PRACTICE_PAGES.drills)).toEqual({
      title: 'Drills',
      description: PRACTICE_PAGES.drills.description,
      path: PRACTICE.drills,
      headings: [
        { depth: 2, slug: 'by-domain', text: 'By domain' },
        { depth: 2, slug: 'by-task', text: 'By task statement' },
        { depth: 2, slug: 'by-mla-task', text: 'MLA-C01: by task statement' },
        { depth: 2, slug: 'by-page', text: 'By page' },
      ],
    });
  });

  it('gives every page a practice path and a description of 40–200 characters', () => {
    for (const page of [...Object.values(PRACTICE_PAGES), mlaPage]) {
      expect(Object.values(PRACTICE)).toContain(page.path);
      expect(page.description.length, page.path).toBeGreaterThanOrEqual(40);
      expect(page.description.length, page.path).toBeLessThanOrEqual(200);
      expect(page.description, page.path).toMatch(/\.$/);
    }
  });

  it('states the exam’s real length and time', () => {
    expect(PRACTICE_PAGES.exam.description).toContain(`${EXAM_LENGTH} questions`);
    expect(PRACTICE_PAGES.exam.description).toContain(`${EXAM_MINUTES} minutes`);
    const def = mlaExamDefinition(readContent(process.cwd()).mlaOutline!);
    expect(mlaPage.description).toContain(`${def.length} questions`);
    expect(mlaPage.description).toContain(`${def.minutes} minutes`);
    expect(mlaPage.path).toBe(PRACTICE.mlaExam);
  });
});
