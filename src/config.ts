/** Site-wide constants. */
import { PRACTICE } from './lib/urls.ts';

export const SITE_TITLE = 'MLS-C01 Study Guide';

/** Where the reader's light/dark choice is kept (localStorage). */
export const THEME_KEY = 'sg-theme';

/** Where the reader's exam choice (`mls` or `mla`) is kept (localStorage; src/lib/exam/exam-choice.ts). */
export const EXAM_KEY = 'sg-exam';
export const SITE_DESCRIPTION =
  'A free, open study guide for the AWS Certified Machine Learning – Specialty (MLS-C01) exam: every task statement of the exam guide, explained, with exam-style questions.';

/** Last day the MLS-C01 exam could be taken. */
export const LAST_TEST_DAY = '31 March 2026';

/**
 * Top-level folders of content/pages that are not exam domains, in sidebar order. Domain folders
 * come from content/outline.yaml and sit between `before` and `after`.
 */
export const GENERAL_SECTIONS = {
  before: [{ slug: 'exam', title: 'Start here' }],
  after: [{ slug: 'reference', title: 'Reference' }],
} as const;

/** How each kind of page is named in search filters. */
export const KIND_LABELS = {
  concept: 'Concept',
  service: 'Service',
  algorithm: 'Algorithm',
  metric: 'Metric',
  comparison: 'Comparison',
  'decision-guide': 'Decision guide',
  reference: 'Reference',
  exam: 'The exam',
} as const;

/** The practice tools, listed in the sidebar after the guide's sections. */
export const PRACTICE_LINKS: readonly { href: string; title: string; short?: string }[] = [
  { href: PRACTICE.home, title: 'Overview' },
  { href: PRACTICE.exam, title: 'Practice exam' },
  { href: PRACTICE.drills, title: 'Drills' },
  { href: PRACTICE.review, title: 'Spaced review', short: 'Review' },
  { href: PRACTICE.progress, title: 'Progress and your data' },
];
