/**
 * The frame of the practice pages written as .astro files (the hub, the exam, the drill index): the
 * title, description and path PracticeLayout takes, and the sections the table of contents lists.
 * A page renders each section's `<h2>` from the same entry (`id` the key, text the value), so the
 * contents and the headings cannot drift apart. Pure.
 */
import { EXAM_LENGTH, EXAM_MINUTES } from '../exam/exam-assembly.ts';
import type { ExamDefinition } from '../exam/exam-definition.ts';
import { PRACTICE } from '../urls.ts';

export interface PracticePage {
  title: string;
  /** One sentence for search engines and the hub; 40–200 characters, as for guide pages. */
  description: string;
  path: string;
  /** Heading id → heading text, in page order. */
  sections: Readonly<Record<string, string>>;
}

/** A heading as the table of contents takes it (Astro's `MarkdownHeading`). */
export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

export const PRACTICE_PAGES = {
  home: {
    title: 'Practice',
    description:
      'Rehearse the MLS-C01 exam: a full-length timed mock, short drills, spaced review of your mistakes, your progress by domain and task statement, and the question bank for Anki.',
    path: PRACTICE.home,
    sections: { practise: 'Practise', downloads: 'Downloads' },
  },
  exam: {
    title: 'Practice exam',
    description:
      `A full-length MLS-C01 mock exam in your browser: ${EXAM_LENGTH} questions in the exam's domain weights, ${EXAM_MINUTES} minutes, ` +
      'resumable, with results by domain and task statement and a review of every answer.',
    path: PRACTICE.exam,
    sections: { 'exam-rules': 'How the practice exam works', 'exam-method': 'How the scaled score is estimated' },
  },
  drills: {
    title: 'Drills',
    description:
      'Short sets of exam-style questions with instant feedback, by MLS-C01 domain or task statement, MLA-C01 task statement or guide page, starting with the questions you have not answered yet.',
    path: PRACTICE.drills,
    sections: {
      'by-domain': 'By domain',
      'by-task': 'By task statement',
      'by-mla-task': 'MLA-C01: by task statement',
      'by-page': 'By page',
    },
  },
} as const satisfies Record<string, PracticePage>;

/** The MLA-C01 practice exam's page, its figures from the exam definition (content/mla-outline.yaml). */
export function mlaExamPage(def: ExamDefinition): PracticePage {
  return {
    title: 'MLA-C01 practice exam',
    description:
      `A full-length MLA-C01 mock exam in your browser: ${def.length} questions in its domain weights, ${def.minutes} minutes, ` +
      'resumable, with results by MLA-C01 domain and task statement.',
    path: def.href,
    sections: { 'exam-rules': 'How the practice exam works', 'exam-method': 'How the scaled score is estimated' },
  };
}

/** PracticeLayout's props for `page`: its title, description, path, and its sections as contents. */
export function layoutProps(page: PracticePage): { title: string; description: string; path: string; headings: TocHeading[] } {
  const { title, description, path, sections } = page;
  return { title, description, path, headings: Object.entries(sections).map(([slug, text]) => ({ depth: 2, slug, text })) };
}
