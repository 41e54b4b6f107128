import { describe, expect, it } from 'vitest';
import { readContent } from '../content/read-content.ts';
import { studyPagesFor, type StudyPage } from './study-pages.ts';

// Read once for the file, outside any test's time limit (reading checks every page).
const { outline, pages } = readContent(process.cwd());
const page = (id: string, domain: number | undefined, tasks: string[], order = 1): StudyPage => ({ id, domain, tasks, order });

describe('studyPagesFor', () => {
  it('never suggests exam or reference pages, and puts the page teaching most bullets first', () => {
    const pages = [
      page('exam/status-and-successors', undefined, ['3.2']),
      page('reference/glossary', undefined, ['3.2.a', '3.2.b']),
      page('modeling/one-bullet', 3, ['3.2.a'], 1),
      page('modeling/two-bullets', 3, ['3.2.a', '3.2.b'], 2),
    ];
    expect(studyPagesFor('3.2', ['3.2.a', '3.2.b', '3.2.c'], pages)).toEqual(['modeling/two-bullets', 'modeling/one-bullet']);
  });

  it('prefers the task’s own domain and reading order on a tie, and returns at most max', () => {
    const pages = [page('ml-operations/b', 4, ['3.2.a'], 1), page('modeling/c', 3, ['3.2.a'], 3), page('modeling/a', 3, ['3.2.a'], 2)];
    expect(studyPagesFor('3.2', ['3.2.a'], pages, 2)).toEqual(['modeling/a', 'modeling/c']);
  });

  it('suggests, for every task statement of the real outline, only pages of a domain', () => {
    const study = pages.map((p) => ({ id: p.id, domain: p.data.domain, tasks: p.data.tasks, order: p.data.order }));
    for (const task of outline!.domains.flatMap((d) => d.tasks)) {
      const ids = studyPagesFor(
        task.id,
        task.bullets.map((b) => b.id),
        study,
      );
      expect(ids.length, task.id).toBeGreaterThan(0);
      for (const id of ids) expect(id, task.id).not.toMatch(/^(exam|reference)\//);
    }
  });
});
